using System.CommandLine;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Commands;

/// <summary>
/// <c>pipeline status</c>: each stage's queue depth, consumers, rates and failed messages, plus the store's counts.
/// Exit codes (so it can drive an alert): 0 healthy, 1 an error queue holds messages or a stage has no consumer,
/// 2 a wrong setting, 3 the broker's management API or the store could not be read.
/// </summary>
internal static class StatusCommand
{
    public static readonly Option<string?> ManagementUri = new("--management-uri")
    {
        Description = "RabbitMQ management API, http://user:pass@host:15672/ (default: the AMQP URI's host and credentials on port 15672)",
    };

    public static Command Create()
    {
        var command = new Command(
            "status",
            "Show each stage's queue, consumers, rates and failed messages, and the store's counts. "
            + "Exit code 0 healthy, 1 an error queue holds messages or a stage has no consumer, 2 wrong setting, 3 broker or store unreadable");
        command.Options.Add(CommonOptions.Transport);
        command.Options.Add(CommonOptions.RabbitMqUri);
        command.Options.Add(ManagementUri);
        command.Options.Add(CommonOptions.Store);
        command.Options.Add(CommonOptions.Json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var broker = ResolveBroker(parse);
            var status = await PipelineStatusProbe.ReadAsync(
                broker,
                async ct => await (await StoreAccess.OpenAsync(parse, ct)).CountAsync(ct),
                cancellationToken);
            StatusReportWriter.Write(status, parse.GetValue(CommonOptions.Json), parse.InvocationConfiguration.Output);
            return status.ExitCode;
        });
        return command;
    }

    /// <summary>The broker the stages use, or null with the in-memory transport (which has none).</summary>
    public static BrokerAddress? ResolveBroker(ParseResult parse)
    {
        var configuration = PipelineConfiguration.Build(Configuration(parse));
        var options = PipelineSettings.Read<PipelineOptions>(configuration);
        return options.UsesRabbitMq ? BrokerAddress.Resolve(options.RabbitMqUri, options.ManagementUri) : null;
    }

    private static IEnumerable<KeyValuePair<string, string?>> Configuration(ParseResult parse)
    {
        foreach (var setting in CommonOptions.AsConfiguration(parse))
        {
            yield return setting;
        }

        if (parse.GetResult(ManagementUri) is not null && parse.GetValue(ManagementUri) is { } uri)
        {
            yield return new(CommonOptions.ManagementUriKey, uri);
        }
    }
}
