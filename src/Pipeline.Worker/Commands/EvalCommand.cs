using System.CommandLine;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline eval ...</c>: measures the analysis against other projects' public test suites.</summary>
internal static class EvalCommand
{
    /// <summary>The report section the figure suites (Recognizers-Text, quantulum3) write their tables under.</summary>
    public const string FiguresHeading = "## Figures and claims";

    public static Command Create()
    {
        var eval = new Command("eval", "Measure the analysis against public test suites; --write FILE puts the tables in a Markdown report");
        eval.Subcommands.Add(EvalLangidCommand.Create());
        eval.Subcommands.Add(EvalRecognizersCommand.Create());
        eval.Subcommands.Add(EvalNerCommand.Create());
        eval.Subcommands.Add(EvalDuplicatesCommand.Create());
        eval.Subcommands.Add(EvalQuantulumCommand.Create());
        return eval;
    }
}
