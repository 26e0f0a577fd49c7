using System.CommandLine;
using Pipeline.Storage;
using Pipeline.Worker.Consumers;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Ingest;
using Serilog.Events;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline ingest PATH...</c>: processes the given files and folders once, waits until all are stored, and summarises.</summary>
internal static class IngestCommand
{
    private static readonly Option<TimeSpan> Timeout = new("--timeout")
    {
        Description = "Give up waiting for the stages after this long (default 00:05:00)",
        DefaultValueFactory = _ => TimeSpan.FromMinutes(5),
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Process the given files or folders once, wait until all are stored, and print a summary");
        command.Arguments.Add(paths);
        command.Options.Add(CommonOptions.Transport);
        command.Options.Add(CommonOptions.RabbitMqUri);
        command.Options.Add(CommonOptions.Store);
        command.Options.Add(CommonOptions.Roles);
        command.Options.Add(CommonOptions.Json);
        command.Options.Add(CommonOptions.LogJson);
        command.Options.Add(Timeout);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = PipelineConfiguration.Build(CommonOptions.AsConfiguration(parse));
            var json = parse.GetValue(CommonOptions.Json);
            var output = parse.InvocationConfiguration.Output;
            var console = CommandConsole.For(output);

            // A live display only for someone watching a terminal; a pipe, a file or --json gets the summary alone.
            var live = !json && CommandConsole.IsTerminal(console);

            // The files are given, not watched: the watcher never runs here, whatever the roles say.
            using var host = PipelineHost.Build(
                configuration,
                (services, _, _) =>
                {
                    services.AddSingleton<StageFaults>();
                    if (live)
                    {
                        services.AddSingleton(new ConsoleLogLevel(LogEventLevel.Warning));
                    }
                },
                bus => bus.AddConsumer<StageFaultConsumer>().Endpoint(e => e.Temporary = true),
                withoutRoles: PipelineRole.Watcher);
            await host.StartAsync(cancellationToken);
            try
            {
                var plan = IngestPathEnumerator.Enumerate(parse.GetValue(paths)!);
                var run = new IngestRun(
                    host.Services.GetRequiredService<ArticleFileIngestor>(),
                    host.Services.GetRequiredService<IArticleReader>(),
                    host.Services.GetRequiredService<StageFaults>());
                var timeout = parse.GetValue(Timeout);
                var report = live
                    ? await IngestProgressDisplay.RunAsync(console, plan.Files.Count, progress => run.RunAsync(plan, timeout, cancellationToken, progress))
                    : await run.RunAsync(plan, timeout, cancellationToken);
                IngestReportWriter.Write(report, json, output);
                return report.Succeeded ? 0 : 1;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        });
        return command;
    }
}
