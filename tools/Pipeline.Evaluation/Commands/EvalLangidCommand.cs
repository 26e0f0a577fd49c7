using System.CommandLine;
using Pipeline.Analysis.Languages;
using Pipeline.Evaluation;
using Pipeline.Evaluation.Langid;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval langid FOLDER</c>: language identification on lingua-py's test lines.</summary>
internal static class EvalLangidCommand
{
    public const string Heading = "## Language identification";

    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "lingua-py's language-testdata folder (sentences/, word-pairs/, single-words/, *-accuracy-values.csv)" };
        var write = new Option<FileInfo?>("--write") { Description = $"Markdown file whose '{Heading}' section receives the tables (e.g. docs/evaluation.md)" };
        var errors = new Option<FileInfo?>("--errors") { Description = "Also write every misidentified line to this file (category, expected, found, line; tab-separated)" };
        var command = new Command("langid", "Score language identification against lingua-py's test data and the published figures");
        command.Arguments.Add(folder);
        command.Options.Add(write);
        command.Options.Add(errors);
        command.SetAction(async (parseResult, ct) =>
        {
            var dir = parseResult.GetValue(folder)!;
            if (!dir.Exists)
            {
                await Console.Error.WriteLineAsync($"No such folder: {dir.FullName}");
                return 2;
            }

            await using var errorFile = parseResult.GetValue(errors) is { } errorsTo ? new StreamWriter(errorsTo.FullName) : null;
            var (scores, elapsed) = LinguaEvaluation.Measure(LanguageIdentifiers.CreateVerified(), dir, errorFile);
            var report = LinguaEvaluation.Report(scores, dir, LanguageIdentifiers.Description, elapsed);
            Console.WriteLine(report);
            if (parseResult.GetValue(write) is { } file)
            {
                await EvaluationDocument.ReplaceSectionAsync(file, Heading, report, ct);
            }

            return 0;
        });
        return command;
    }
}
