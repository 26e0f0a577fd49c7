using System.CommandLine;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval ...</c>: measures the analysis against other projects' public test suites.</summary>
internal static class EvaluationCommandLine
{
    /// <summary>The report section the figure suites (Recognizers-Text, quantulum3) write their tables under.</summary>
    public const string FiguresHeading = "## Figures and claims";

    public static RootCommand Create()
    {
        var root = new RootCommand("pipeline-eval: measures the analysis against public test suites; --write FILE puts the tables in a Markdown report");
        root.Subcommands.Add(EvalLangidCommand.Create());
        root.Subcommands.Add(EvalRecognizersCommand.Create());
        root.Subcommands.Add(EvalNerCommand.Create());
        root.Subcommands.Add(EvalDuplicatesCommand.Create());
        root.Subcommands.Add(EvalQuantulumCommand.Create());
        root.Subcommands.Add(EvalNewsCommand.Create());
        root.Subcommands.Add(EvalNewsSetsCommand.Create());
        root.Subcommands.Add(EvalNewsQuantCommand.Create());
        return root;
    }
}
