using System.CommandLine;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Ingest;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline run</c>: hosts the chosen stages until stopped; with the watcher role, watches the inbox.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the pipeline: watch the inbox and process every article dropped there (Ctrl+C to stop)");
        command.Options.Add(CommonOptions.Transport);
        command.Options.Add(CommonOptions.RabbitMqUri);
        command.Options.Add(CommonOptions.Inbox);
        command.Options.Add(CommonOptions.Store);
        command.Options.Add(CommonOptions.Roles);
        command.Options.Add(CommonOptions.HttpPort);
        command.Options.Add(CommonOptions.QuorumQueues);
        command.Options.Add(CommonOptions.LogJson);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = PipelineConfiguration.Build(CommonOptions.AsConfiguration(parse));
            using var host = PipelineHost.Build(configuration, (services, _, roles) =>
            {
                services.AddOperatorHttpListener();
                if (roles.HasFlag(PipelineRole.Watcher))
                {
                    services.AddInboxWatcher();
                }
            });
            // Taken before running: RunAsync disposes the host's services when it fails.
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Ctrl+C, or SIGTERM from a service manager, while the bus or the stage queues were still being set up: a
                // stop like any other. MassTransit reports it as a cancelled start or as a receive transport that faulted
                // on its disposed connection.
            }

            return 0;
        });
        return command;
    }
}
