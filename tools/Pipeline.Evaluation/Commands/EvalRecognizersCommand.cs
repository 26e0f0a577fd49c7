using System.CommandLine;
using System.Globalization;
using System.Text;
using Pipeline.Evaluation.Recognizers;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval recognizers &lt;folder&gt;</c>: Microsoft Recognizers-Text's French and English specs.</summary>
internal static class EvalRecognizersCommand
{
    public const string Heading = "### Microsoft Recognizers-Text (French and English)";

    public static Command Create() => FigureSuiteCommand.Create(
        "recognizers",
        "Run Recognizers-Text Number, NumberRange, Percent, Currency and Dimension specs (fr, en)",
        "The Recognizers-Text Specs folder (peer-specs/recognizers-text)",
        "Print every failing case",
        Heading,
        Run);

    private static FigureSuiteResult Run(DirectoryInfo dir)
    {
        var evaluation = new RecognizersEvaluation();
        var scores = RecognizersEvaluation.Files.Select(f => evaluation.Run(dir, f)).ToList();
        var table = Table(scores);
        return new FigureSuiteResult(scores.SelectMany(s => s.Failures.Select(f => $"FAIL {s.File.Path}: {f}")), table, Document(table));
    }

    private static string Pct(int a, int b) => b == 0 ? "–" : (100.0 * a / b).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    internal static string Table(IReadOnlyList<FileScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| spec file | cases | excluded | passed / judged | passed / all cases | reference (.NET) supports | we pass of those | we pass in all vs reference |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in scores)
        {
            var verdict = s.Passed > s.Supported ? "more" : s.Passed == s.Supported ? "equal" : "fewer";
            sb.AppendLine($"| {s.File.Path} | {s.Cases} | {s.Excluded} | {s.Passed} / {s.Judged} ({Pct(s.Passed, s.Judged)}) | {Pct(s.Passed, s.Cases)} | {s.Supported} | {s.PassedSupported} ({Pct(s.PassedSupported, s.Supported)}) | {s.Passed} vs {s.Supported}: {verdict} |");
        }

        return sb.ToString();
    }

    private static string Document(string table)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Command: `dotnet run --project tools/Pipeline.Evaluation -- recognizers /work/shared/peer-specs/recognizers-text --write docs/evaluation.md`");
        sb.AppendLine("(add `--failures` to list each failing case). Comparison as in the spec: same number of results, and for");
        sb.AppendLine("each the text (case-insensitive), the start offset and the value where given, the unit for Currency and");
        sb.AppendLine("Dimension (our canonical unit mapped to the spec's name, `Recognizers/UnitNames.cs`).");
        sb.AppendLine("\"Reference supports\" counts the cases whose `NotSupported` does not name `dotnet`: Microsoft's .NET code");
        sb.AppendLine("is assumed to pass exactly those, so \"we pass in all vs reference\" compares our passes with that count,");
        sb.AppendLine("both on the judged cases (an excluded case the reference supports leaves its count too).");
        sb.AppendLine("What is read: the article reader, as `pipeline analyze` runs it (`ArticleAnalyzer`); each model sees its");
        sb.AppendLine("figures through `Recognizers/SpecReading.cs`: Number = every number a figure is read from (a range gives");
        sb.AppendLine("both ends; a number glued to letters, \"180ml\", is left to the Dimension model as the spec does);");
        sb.AppendLine("NumberRange = the figures stating a bound or a range, from their bound words to the number, a hedge left");
        sb.AppendLine("out; Percent, Currency, Dimension = the figures of that category from the number or sign to the unit. The");
        sb.AppendLine("spec writes every range between two numbers half-open (\"entre 20 et 30\" = [20,30)) where news means");
        sb.AppendLine("both ends, so a \")\" closing such a range accepts either reading; a \"]\" must be matched. The spec reads");
        sb.AppendLine("no rates in its Currency model and only speeds in its Dimension model, so any other rate we read (\"$ 98 a");
        sb.AppendLine("share\" as USD per share) is compared by its amount.");
        sb.AppendLine();
        sb.Append(table);
        sb.AppendLine();
        sb.AppendLine("Cases excluded as wrong for news, with the reason for each (`Recognizers/RecognizersExclusions.cs`):");
        sb.AppendLine();
        if (RecognizersExclusions.Cases.Count == 0)
        {
            sb.AppendLine("- none");
        }

        foreach (var (file, input, reason) in RecognizersExclusions.Cases)
        {
            sb.AppendLine($"- `{file}` — \"{input.Replace("\n", " ", StringComparison.Ordinal)}\": {reason}");
        }

        return sb.ToString();
    }
}
