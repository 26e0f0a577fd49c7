using System.CommandLine;
using Microsoft.Extensions.Options;

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

    public static Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken = default)
        => InvokeAsync(args, Console.Out, Console.Error, cancellationToken);

    /// <summary>Runs a command writing its data to <paramref name="output"/> and its complaints to <paramref name="error"/> (the commands that honour them: status, errors).</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        // Usage telemetry stays off whatever the bus configuration says.
        Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
        try
        {
            return await Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error }, cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"pipeline: configuration error: {string.Join("; ", e.Failures)}");
            return 2;
        }
        catch (FileNotFoundException e)
        {
            await error.WriteLineAsync($"pipeline: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A broker that never answered, a store that cannot be opened: one line for the operator; the logs above
            // hold the details.
            await error.WriteLineAsync($"pipeline: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
