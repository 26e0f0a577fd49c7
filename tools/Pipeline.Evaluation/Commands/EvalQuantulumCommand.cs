using System.CommandLine;
using System.Globalization;
using System.Text;
using Pipeline.Evaluation.Quantulum;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval quantulum &lt;folder&gt;</c>: quantulum3's English quantity sentences, scored on value and unit.</summary>
internal static class EvalQuantulumCommand
{
    public const string Heading = "### quantulum3 (English quantities)";

    public static Command Create() => FigureSuiteCommand.Create(
        "quantulum",
        "Run quantulum3's English quantities (value + unit)",
        "The quantulum3 test folder (peer-specs/quantulum3)",
        "Print every missed quantity",
        Heading,
        Run);

    private static FigureSuiteResult Run(DirectoryInfo dir)
    {
        var evaluation = new QuantulumEvaluation();
        var scores = new[] { "quantities.json", "quantities.ambiguity.json" }
            .Select(name => new FileInfo(Path.Combine(dir.FullName, name)))
            .Where(f => f.Exists)
            .Select(evaluation.Run)
            .ToList();
        var table = Table(scores);
        var section = new StringBuilder()
            .AppendLine("Command: `dotnet run --project tools/Pipeline.Evaluation -- quantulum /work/shared/peer-specs/quantulum3 --write docs/evaluation.md` (add `--failures` to list misses).")
            .AppendLine("What is read: the article reader's figures, as `pipeline analyze` prints them. A quantity counts as found when a figure")
            .AppendLine("has the same value (ranges at their midpoint, as quantulum3 does; a bound at its value) and the same unit (our canonical")
            .AppendLine("unit mapped to quantulum3's name; a bare number or a share such as \"two thirds\" is \"dimensionless\"). Surfaces are not")
            .AppendLine("compared. The article reader reports no bare year, designation or article (\"in 1979\", \"Voyager 2\", \"a penny\"), which")
            .AppendLine("quantulum3 counts as quantities; there is no exclusion list for this suite.")
            .AppendLine()
            .Append(table)
            .ToString();
        return new FigureSuiteResult(scores.SelectMany(s => s.Misses.Select(m => $"MISS {s.File}: {m}")), table, section);
    }

    private static string P(double v) => (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Table(IReadOnlyList<QuantulumScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| file | sentences | expected quantities | found (value + unit) | recall | we reported | precision | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            sb.AppendLine($"| {s.File} | {s.Sentences} | {s.Expected} | {s.Matched} | {P(s.Recall)} | {s.Reported} | {P(s.Precision)} | {P(s.F1)} |");
        }

        return sb.ToString();
    }
}
