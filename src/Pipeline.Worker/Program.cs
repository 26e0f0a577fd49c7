using System.CommandLine;
using Pipeline.Worker.Commands;

var root = new RootCommand("pipeline: news ingestion, figures and claims");
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(LangidCommand.Create());
return await root.Parse(args).InvokeAsync();
