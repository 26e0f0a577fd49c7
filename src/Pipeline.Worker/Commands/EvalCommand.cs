using System.CommandLine;

namespace Pipeline.Worker.Commands;

/// <summary><c>pipeline eval ...</c>: measures the analysis against other projects' public test suites.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure the analysis against public test suites and write docs/evaluation.md");
        // Each evaluation adds its subcommand here: eval.Subcommands.Add(EvalXCommand.Create());
        eval.Subcommands.Add(EvalLangidCommand.Create());
        eval.Subcommands.Add(EvalRecognizersCommand.Create());
        eval.Subcommands.Add(EvalNerCommand.Create());
        eval.Subcommands.Add(EvalDuplicatesCommand.Create());
        eval.Subcommands.Add(EvalQuantulumCommand.Create());
        return eval;
    }
}
