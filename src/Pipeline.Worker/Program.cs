using System.CommandLine;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Commands;

// Usage telemetry stays off whatever the bus configuration says.
Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");

var root = new RootCommand("pipeline: news ingestion, figures and claims");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(ArticlesCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(LangidCommand.Create());
root.Subcommands.Add(EvalCommand.Create());

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine($"pipeline: configuration error: {string.Join("; ", e.Failures)}");
    return 2;
}
catch (FileNotFoundException e)
{
    Console.Error.WriteLine($"pipeline: {e.Message}");
    return 2;
}
