namespace Pipeline.Worker.Operations;

/// <summary>
/// Where the operator commands reach the broker: the AMQP URI the stages use, its virtual host, and the management
/// HTTP API (given, or derived from the AMQP URI's host and credentials on the management plugin's port).
/// </summary>
public sealed record BrokerAddress(Uri AmqpUri, string VirtualHost, Uri ManagementUri, string UserName, string Password)
{
    public static BrokerAddress Resolve(string rabbitMqUri, string? managementUri)
    {
        var amqp = new Uri(rabbitMqUri);

        // MassTransit also accepts rabbitmq://; the client library and the management API speak amqp.
        if (amqp.Scheme == "rabbitmq")
        {
            amqp = new UriBuilder(amqp) { Scheme = "amqp", Port = amqp.IsDefaultPort || amqp.Port < 0 ? 5672 : amqp.Port }.Uri;
        }

        var path = amqp.AbsolutePath.TrimStart('/');
        var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        var (amqpUser, amqpPassword) = Credentials(amqp);

        // PipelineOptionsValidation has checked a given address.
        var management = !string.IsNullOrWhiteSpace(managementUri)
            ? new Uri(managementUri)
            : new UriBuilder(amqp.Scheme == "amqps" ? "https" : "http", amqp.Host, amqp.Scheme == "amqps" ? 15671 : 15672).Uri;

        var (user, password) = management.UserInfo.Length > 0 ? Credentials(management) : (amqpUser, amqpPassword);
        var bare = new UriBuilder(management) { UserName = "", Password = "" }.Uri;
        return new BrokerAddress(amqp, virtualHost, bare, user, password);
    }

    /// <summary>The broker as an operator reads it, without the password.</summary>
    public string Describe() => $"{ManagementUri.GetLeftPart(UriPartial.Authority)} vhost {VirtualHost}";

    private static (string User, string Password) Credentials(Uri uri)
    {
        if (uri.UserInfo.Length == 0)
        {
            return ("guest", "guest");
        }

        var parts = uri.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
    }
}
