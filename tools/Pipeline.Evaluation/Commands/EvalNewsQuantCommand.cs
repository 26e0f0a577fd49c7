using System.Globalization;
using System.Text;
using Pipeline.Analysis;
using Pipeline.Evaluation.NewsQuant;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval newsquant &lt;folder&gt;</c>: CQE's NewsQuant English news sentences, scored with CQE's own metric.</summary>
internal static class EvalNewsQuantCommand
{
    public const string Heading = "### CQE's NewsQuant (English news quantities)";

    public static System.CommandLine.Command Create() => FigureSuiteCommand.Create(
        "newsquant",
        "Score the article reader on CQE's NewsQuant sentences with CQE's metric (value, value + unit), beside CQE's published scores",
        "The folder holding NewsQuant.json (tools/cqe-newsquant after its fetch script, or a CQE_Evaluation checkout)",
        "Print every gold quantity not found (MISSED: no value; UNIT: value without its unit) and every figure of ours matching no gold value (EXTRA)",
        Heading,
        Run);

    private static FigureSuiteResult Run(DirectoryInfo dir)
    {
        var file = NewsQuantSet.Find(dir)
            ?? throw new InvalidDataException(
                $"No {NewsQuantSet.FileName} in {dir.FullName} or its data/formatted_test_set: it is not in git for its licence; " +
                "tools/cqe-newsquant/README.md says how to fetch it (tools/cqe-newsquant/fetch.sh).");
        var contents = NewsQuantSet.Load(file);
        if (!contents.IsKnownVersion)
        {
            // On the error stream, so the table on standard output stays a table.
            Console.Error.WriteLine(
                $"{file.FullName} has SHA-256 {contents.Sha256}, not the version these scores are published for " +
                $"({NewsQuantSet.KnownSha256}, CQE_Evaluation commit 190c0ce); scoring it anyway.");
        }

        var report = new NewsQuantEvaluation(new ArticleAnalyzer()).Run(contents.Sentences);
        var table = Table(report);
        return new FigureSuiteResult(report.Failures, table, Section(table));
    }

    internal static string Table(NewsQuantReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| system, part | sentences | gold quantities | reported | value P / R / F1 | value + unit P / R / F1 | value F1, one to one |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        Row("ours, development half (odd sentences)", report.Development);
        Row("ours, test half (even sentences)", report.Test);
        Row("ours, whole set", report.Whole);
        sb.AppendLine("| CQE, whole set (published) | 590 | 904 | | 92.0 / 91.9 / 92.0 | 85.6 / 85.5 / 85.6 | |");
        sb.AppendLine("| quantulum3, whole set (published) | 590 | 904 | | 65.0 / 83.3 / 73.0 | 42.1 / 53.9 / 47.2 | |");
        sb.AppendLine("| Recognizers-Text, whole set (published) | 590 | 904 | | 59.7 / 82.2 / 69.1 | 29.6 / 40.7 / 34.2 | |");
        return sb.ToString();

        void Row(string name, CqeScore s) =>
            sb.AppendLine($"| {name} | {s.Sentences} | {s.Gold} | {s.Reported} | {Prf(s.Value)} | {Prf(s.ValueUnit)} | {P(s.ValueOneToOne.F1)} |");
    }

    private static string Prf(CqeMeasure m) => $"{P(m.Precision)} / {P(m.Recall)} / **{P(m.F1)}**";

    private static string P(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Section(string table) => new StringBuilder()
        .AppendLine("Command: `tools/cqe-newsquant/fetch.sh && dotnet run --project tools/Pipeline.Evaluation -- newsquant tools/cqe-newsquant`")
        .AppendLine("(add `--failures` to list every miss). NewsQuant (590 English news sentences, 904 quantities) is CQE's test set")
        .AppendLine("(satya77/CQE_Evaluation); it carries no licence, so it is fetched at a fixed commit and checked, never committed.")
        .AppendLine("tools/cqe-newsquant/README.md gives the licence findings, CQE's metric and our mapping in full.")
        .AppendLine()
        .AppendLine("What runs is the article reader, `ArticleAnalyzer`, on each sentence as an English article of its own; every figure it")
        .AppendLine("reports is one quantity. Scoring is CQE's `calculate_metrics` ported step for step (checked once against their Python")
        .AppendLine("on our output: the same counts): a value matches within numpy's `isclose`, a range only a range, end by end; a bound")
        .AppendLine("is its number (CQE keeps \"more than\" in a separate change field); units are compared as CQE's normalized names. Our")
        .AppendLine("unit is the counted thing's lemma (\"home\", \"job cut\"), else our unit under CQE's name (USD → dollar, percent →")
        .AppendLine("percentage, mph → mile per hour), else \"-\" for a bare number; only names are mapped, nothing the reader did not say.")
        .AppendLine("Precision divides by all our figures. The last column counts values one to one, without a quirk of CQE's count that")
        .AppendLine("lets one gold quantity take two value matches. Halves: odd-numbered sentences are the development half, even ones the")
        .AppendLine("test half. CQE's, quantulum3's and Recognizers-Text's scores are the published ones, on the whole set")
        .AppendLine("(CQE_Evaluation, data/evaluation_output/NewsQuant.csv).")
        .AppendLine()
        .AppendLine("Read with care: CQE's gold follows conventions the reader does not share, and they cost us under this metric: an age")
        .AppendLine("is its own unit (\"a 50 year-old\" is \"year of age\"); a change \"from 4.8 to 4.7 percent\" is one range in the order")
        .AppendLine("written, where the reader gives two figures; \"dozens\" is 12-120 and \"millions\" 1-10 million (ours 24-120, 2-10")
        .AppendLine("million); \"one\" before a noun (\"one of the best speakers\") is a quantity; a share (\"a third of Germans\") has the unit")
        .AppendLine("\"% Germans\"; a few gold values are wrong (\"$3 billion to $5 billion\" as 3-5 million).")
        .AppendLine()
        .Append(table)
        .ToString();
}
