using System.Text;
using Pipeline.Analysis;
using Pipeline.Analysis.Languages;
using Pipeline.Evaluation.News;

namespace Pipeline.Evaluation.Commands;

/// <summary><c>pipeline-eval news &lt;folder&gt;</c>: the article reader on hand-annotated real news (tools/news-set).</summary>
internal static class EvalNewsCommand
{
    public const string Heading = "### Real news, hand-annotated (French and English)";

    public static System.CommandLine.Command Create() => FigureSuiteCommand.Create(
        "news",
        "Score the article reader, as `pipeline analyze` runs it, on hand-annotated real news per language (tools/news-set)",
        "tools/news-set (both halves), or its dev/ or test/ folder",
        "Print every missed, extra or wrongly read figure and claim",
        Heading,
        Run);

    private static FigureSuiteResult Run(DirectoryInfo dir)
    {
        var contents = NewsSet.Load(dir);
        if (contents.Skipped.Count > 0)
        {
            // Said on the error stream, so the table on standard output stays a table.
            Console.Error.WriteLine(Skipped(contents.Skipped));
        }

        var report = new NewsEvaluation(new ArticleAnalyzer(), LanguageIdentifiers.CreateVerified()).Run(contents.Articles);
        var table = Table(report);
        return new FigureSuiteResult(report.Failures, table, Section(table, report));
    }

    internal static string Skipped(IReadOnlyList<string> skipped) =>
        $"Skipped {skipped.Count} gold file(s) whose article text is absent (not committed for its licence; SOURCES.md says how to rebuild it): " +
        string.Join(", ", skipped);

    internal static string Table(NewsReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| language, half | articles | gold figures | program figures | recall | precision | value and bounds | counted thing | claims | source | modality | subject | false figures on non-figures |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (language, split, s) in report.Parts)
        {
            sb.AppendLine(
                $"| {language} {split} | {s.Articles} | {s.GoldFigures} | {s.ProgramFigures} | {NewsScore.Ratio(s.Matched, s.GoldFigures)} | " +
                $"{NewsScore.Ratio(s.Matched, s.ProgramFigures)} | {NewsScore.Ratio(s.ValueRight, s.Matched)} | {NewsScore.Ratio(s.CountedRight, s.CountedJudged)} | " +
                $"{NewsScore.Ratio(s.ClaimsFound, s.GoldClaims)} | {NewsScore.Ratio(s.SourceRight, s.ClaimsFound)} | {NewsScore.Ratio(s.ModalityRight, s.ClaimsFound)} | " +
                $"{NewsScore.Ratio(s.SubjectRight, s.ClaimsFound)} | {NewsScore.Ratio(s.FalseOnNonFigures, s.NonFigures)} |");
        }

        return sb.ToString();
    }

    private static string Section(string table, NewsReport report)
    {
        var mismatches = report.Parts.Sum(p => p.Score.LanguageMismatches);
        return new StringBuilder()
            .AppendLine("Command: `dotnet run --project tools/Pipeline.Evaluation -- news tools/news-set --write docs/evaluation.md` (add `--failures` to list")
            .AppendLine("every miss; give `tools/news-set/dev` or `tools/news-set/test` for one half). The set, its sources, licences and annotation")
            .AppendLine("guidelines: tools/news-set/README.md. The test half is scored, never tuned on.")
            .AppendLine()
            .AppendLine("What runs is what `pipeline analyze` runs: each `.txt` read by `ArticleFileReader`, its language identified from the text")
            .AppendLine("(`LanguageIdentifiers.CreateVerified`), then `ArticleAnalyzer`. Rows group articles by the gold language;")
            .AppendLine(mismatches == 0
                ? "every article was identified as its gold language."
                : $"{mismatches} article(s) were identified as another language and analysed as such (listed by `--failures`).")
            .AppendLine()
            .AppendLine("- recall, precision: a program figure matches a gold figure when their spans overlap (one to one, longest overlap first);")
            .AppendLine("- value and bounds (of matched figures): the same value, low and high; a bound equal to the program's own value counts as none;")
            .AppendLine("  a percentage may be given as written or as a fraction; the approximate flag is not judged;")
            .AppendLine("- counted thing (of matched figures): the program's `Figure.Counted.Lemma` equals the gold lemma or its English unit, or")
            .AppendLine("  the program's `Figure.Unit` equals the gold lemma, the gold unit or the gold category's canonical name (lower case);")
            .AppendLine("- claims: of the gold figures that should become a claim, those whose matched program figure became one;")
            .AppendLine("- source, modality, subject (of those claims): source right when both are absent, or when the program's source holds the")
            .AppendLine("  gold name's head word and no word beyond the gold name and its written title or role; modality equal; subject right")
            .AppendLine("  when both are absent or one's head word is among the other's words;")
            .AppendLine("- false figures on non-figures: of the annotated non-figures (dates, years, ordinals, designations, identifiers, idioms),")
            .AppendLine("  those overlapped by a program figure that matches no gold figure (lower is better).")
            .AppendLine()
            .AppendLine("Read with care: each row holds 40 to 60 figures, so a percentage moves by 2 points per figure; the texts are official")
            .AppendLine("releases (US federal agencies, the European Commission, a French ministry, Global Voices), so money and counts dominate")
            .AppendLine("and casualty or equipment figures are few. Where the guidelines fix a convention the reader may not share (\"nearly X\" is an")
            .AppendLine("upper bound, \"millions\" has the lower edge 1,000,000 and no upper one, ages and calibers are not figures), `--failures` shows it.")
            .AppendLine()
            .Append(table)
            .ToString();
    }
}
