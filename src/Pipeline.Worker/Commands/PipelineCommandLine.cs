using System.CommandLine;
using Pipeline.Worker.Hosting;
using Serilog;

namespace Pipeline.Worker.Commands;

/// <summary>The <c>pipeline</c> command line: every command, and the one-line errors for a wrong setting.</summary>
public static class PipelineCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("pipeline: news ingestion, figures and claims");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(ErrorsCommand.Create());
        root.Subcommands.Add(LangidCommand.Create());
        return root;
    }

    /// <summary>
    /// The executable's entry: the process logs through a bootstrap logger (<see cref="PipelineLogging"/>) from its first
    /// line, which the command's host then reconfigures, so a failure at start-up is logged like everything after it.
    /// </summary>
    public static async Task<int> RunProcessAsync(string[] args)
    {
        Log.Logger = PipelineLogging.CreateBootstrapLogger(PipelineConfiguration.Build(CommonOptions.AsConfiguration(Create().Parse(args))));
        try
        {
            return await InvokeAsync(args);
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    public static Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken = default)
        => InvokeAsync(args, Console.Out, Console.Error, cancellationToken);

    /// <summary>
    /// Runs a command writing its data to <paramref name="output"/> and its complaints to <paramref name="error"/>. A
    /// failure ends in one line there (exit code 2 for a wrong setting, 1 otherwise), after it was logged.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        // Usage telemetry stays off whatever the bus configuration says.
        Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
        var parse = Create().Parse(args);
        var log = Log.ForContext("SourceContext", "pipeline " + parse.CommandResult.Command.Name);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error }, cancellationToken);
        }
        catch (Exception e) when (ConfigurationError.Describe(e) is { } problems)
        {
            log.Fatal("Configuration error: {Problems}", problems);
            await error.WriteLineAsync($"pipeline: configuration error: {problems}");
            return 2;
        }
        catch (FileNotFoundException e)
        {
            await error.WriteLineAsync($"pipeline: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A broker that never answered, a store that cannot be opened: logged with its details, then one line.
            log.Fatal(e, "Stopped: {Reason}", e.Message);
            await error.WriteLineAsync($"pipeline: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
