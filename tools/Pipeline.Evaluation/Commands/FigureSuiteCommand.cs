using System.CommandLine;
using Pipeline.Evaluation;

namespace Pipeline.Evaluation.Commands;

/// <summary>What one run of a figure suite gives: the failures <c>--failures</c> prints, the table, and the report section.</summary>
internal sealed record FigureSuiteResult(IEnumerable<string> Failures, string Table, string Section);

/// <summary>
/// The command shape the figure suites share (<c>eval recognizers</c>, <c>eval quantulum</c>): a spec folder,
/// <c>--failures</c>, and <c>--write FILE</c> putting the section under the report's figures heading.
/// </summary>
internal static class FigureSuiteCommand
{
    public static Command Create(
        string name, string description, string folderDescription, string failuresDescription, string heading, Func<DirectoryInfo, FigureSuiteResult> run)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = folderDescription };
        var failures = new Option<bool>("--failures") { Description = failuresDescription };
        var write = new Option<FileInfo?>("--write") { Description = $"Markdown file whose '{heading}' section (under '{EvaluationCommandLine.FiguresHeading}') receives the table, e.g. docs/evaluation.md" };
        var command = new Command(name, description);
        command.Arguments.Add(folder);
        command.Options.Add(failures);
        command.Options.Add(write);
        command.SetAction(async (parseResult, ct) =>
        {
            var dir = parseResult.GetValue(folder)!;
            if (!dir.Exists)
            {
                await Console.Error.WriteLineAsync($"No such folder: {dir.FullName}");
                return 2;
            }

            FigureSuiteResult result;
            try
            {
                result = run(dir);
            }
            catch (InvalidDataException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            if (parseResult.GetValue(failures))
            {
                foreach (var failure in result.Failures)
                {
                    Console.WriteLine(failure);
                }
            }

            Console.WriteLine(result.Table);
            if (parseResult.GetValue(write) is { } file)
            {
                await EvaluationDocument.ReplaceSectionAsync(file, heading, result.Section, ct, EvaluationCommandLine.FiguresHeading);
            }

            return 0;
        });
        return command;
    }
}
