using System.CommandLine;

namespace Pipeline.Worker.Commands;

/// <summary>The options commands share, so that scripts can rely on the same names everywhere.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Transport = new("--transport")
    {
        Description = "Message transport: inmemory (default, everything in this process) or rabbitmq",
    };

    public static readonly Option<string?> RabbitMqUri = new("--rabbitmq-uri")
    {
        Description = "Broker for --transport rabbitmq: amqp://user:pass@host:port/vhost (or Pipeline__RabbitMqUri)",
    };

    public static readonly Option<string?> Inbox = new("--inbox")
    {
        Description = "Watched folder (default ./inbox)",
    };

    public static readonly Option<string?> Store = new("--store")
    {
        Description = "Store: a SQLite file (default ./data/pipeline.db) or postgres://user:pass@host:port/database (or Pipeline__Store)",
    };

    public static readonly Option<string?> Roles = new("--roles")
    {
        Description = "Stages this process hosts: all, or a list of watcher, language, duplicates, extraction, sink",
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "One JSON object per line instead of a table",
    };

    public static readonly Option<int?> HttpPort = new("--http-port")
    {
        Description = "Serve /health/live, /health/ready and /metrics on this port (Pipeline:Http:Port; 0 or absent = off; address Pipeline:Http:Address, default 127.0.0.1)",
    };

    public static readonly Option<bool> LogJson = new("--log-json")
    {
        Description = "Write logs as JSON lines for log shippers (Logging:Json)",
    };

    public static readonly Option<bool> QuorumQueues = new("--quorum-queues")
    {
        Description = "Declare the stage queues as RabbitMQ quorum queues (Pipeline:QuorumQueues; see deploy/rabbitmq/README.md)",
    };

    /// <summary>The configuration key <c>status</c>'s <c>--management-uri</c> sets.</summary>
    public const string ManagementUriKey = "Pipeline:ManagementUri";

    /// <summary>Each configuration key a command-line option sets, so an error about a key can name its option too.</summary>
    private static readonly Dictionary<string, string> OptionsByKey = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Pipeline:Transport"] = Transport.Name,
        ["Pipeline:RabbitMqUri"] = RabbitMqUri.Name,
        ["Pipeline:Store"] = Store.Name,
        ["Pipeline:Roles"] = Roles.Name,
        ["Inbox:Path"] = Inbox.Name,
        ["Pipeline:Http:Port"] = HttpPort.Name,
        ["Pipeline:QuorumQueues"] = QuorumQueues.Name,
        ["Logging:Json"] = LogJson.Name,
        [ManagementUriKey] = "--management-uri",
    };

    /// <summary><c>Pipeline:Http:Port (--http-port)</c>, or the key alone when no option sets it.</summary>
    public static string Describe(string key) => OptionsByKey.TryGetValue(key, out var option) ? $"{key} ({option})" : key;

    /// <summary>The command-line values as configuration keys, overriding appsettings.json and the environment.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> AsConfiguration(ParseResult parse)
    {
        (Option<string?> Option, string Key)[] mapping =
        [
            (Transport, "Pipeline:Transport"),
            (RabbitMqUri, "Pipeline:RabbitMqUri"),
            (Store, "Pipeline:Store"),
            (Roles, "Pipeline:Roles"),
            (Inbox, "Inbox:Path"),
        ];
        foreach (var (option, key) in mapping)
        {
            if (parse.GetResult(option) is not null && parse.GetValue(option) is { } value)
            {
                yield return new(key, value);
            }
        }

        if (parse.GetResult(HttpPort) is not null && parse.GetValue(HttpPort) is { } port)
        {
            yield return new("Pipeline:Http:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (parse.GetResult(QuorumQueues) is not null && parse.GetValue(QuorumQueues))
        {
            yield return new("Pipeline:QuorumQueues", "true");
        }

        if (parse.GetResult(LogJson) is not null && parse.GetValue(LogJson))
        {
            yield return new("Logging:Json", "true");
        }
    }
}
