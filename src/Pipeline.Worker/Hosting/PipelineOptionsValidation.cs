using Pipeline.Storage;
using Pipeline.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Hosting;

/// <summary>Refuses a wrong setting at start-up with one line that names it.</summary>
public sealed class PipelineOptionsValidation : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        var errors = new List<string>();
        if (options.Transport is not ("inmemory" or "rabbitmq"))
        {
            errors.Add($"Pipeline:Transport (--transport) must be 'inmemory' or 'rabbitmq', not '{options.Transport}'");
        }

        if (options.UsesRabbitMq
            && (!Uri.TryCreate(options.RabbitMqUri, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps" or "rabbitmq")))
        {
            errors.Add($"Pipeline:RabbitMqUri (--rabbitmq-uri) must look like amqp://user:pass@host:port/vhost, not '{options.RabbitMqUri}'");
        }

        if (!string.IsNullOrWhiteSpace(options.ManagementUri)
            && (!Uri.TryCreate(options.ManagementUri, UriKind.Absolute, out var management) || management.Scheme is not ("http" or "https")))
        {
            errors.Add($"Pipeline:ManagementUri (--management-uri) must look like http://user:pass@host:15672/, not '{options.ManagementUri}'");
        }

        if (string.IsNullOrWhiteSpace(options.Store))
        {
            errors.Add("Pipeline:Store (--store) must be a SQLite file path or a postgres:// URI");
        }
        else if (StoreLocation.Parse(options.Store) is { Kind: StoreKind.Postgres } postgres && !IsPostgresUri(postgres.Value, out var uriError))
        {
            errors.Add($"Pipeline:Store (--store) must look like postgres://user:pass@host:port/database: {uriError}");
        }

        if (!PipelineRoles.TryParse(options.Roles, out _, out var roleError))
        {
            errors.Add($"Pipeline:Roles (--roles) {roleError}");
        }

        if (options.NearDuplicateThreshold is <= 0 or > 1)
        {
            errors.Add($"Pipeline:NearDuplicateThreshold must be in (0, 1], not {options.NearDuplicateThreshold}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsPostgresUri(string uri, out string error)
    {
        try
        {
            PostgresUri.ToConnectionString(uri);
            error = "";
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }
}
