using System.CommandLine;
using System.Text;
using Pipeline.Analysis;
using Pipeline.Analysis.Languages;
using Pipeline.Evaluation.News;

namespace Pipeline.Evaluation.Commands;

/// <summary>
/// <c>pipeline-eval news-sets [folder]</c>: every hand-annotated news set under a folder (tools/news-set, tools/news-set-press…)
/// scored on one half, each language of each set on a row, the score pooled over them all, and how many rows reach each of
/// issue 14's goals: the figures the evaluation report quotes, in one command.
/// </summary>
internal static class EvalNewsSetsCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "The folder holding the sets, each a folder with dev/ and test/ halves (tools)",
            DefaultValueFactory = _ => new DirectoryInfo("tools"),
        };
        var half = new Option<string>("--half")
        {
            Description = "The half to score: test (the unseen halves, never tuned on) or dev",
            DefaultValueFactory = _ => "test",
        };
        half.AcceptOnlyFromAmong("test", "dev");
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "A set's folder name to leave out (repeat for several), e.g. to pool the same sets as an earlier report",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("news-sets", "Score the article reader on one half of every hand-annotated news set: a row per set and language, the pooled score, and the goals met");
        command.Arguments.Add(folder);
        command.Options.Add(half);
        command.Options.Add(exclude);
        command.SetAction(async parseResult =>
        {
            var root = parseResult.GetValue(folder)!;
            if (!root.Exists)
            {
                await Console.Error.WriteLineAsync($"No such folder: {root.FullName}");
                return 2;
            }

            var summary = Run(root, parseResult.GetValue(half)!, parseResult.GetValue(exclude) ?? []);
            if (summary.Parts.Count == 0)
            {
                await Console.Error.WriteLineAsync($"No set under {root.FullName} has a {parseResult.GetValue(half)}/ folder with gold files.");
                return 2;
            }

            Console.WriteLine(Table(summary));
            return 0;
        });
        return command;
    }

    private static NewsSetsSummary Run(DirectoryInfo root, string half, IReadOnlyCollection<string> excluded)
    {
        var evaluation = new NewsEvaluation(new ArticleAnalyzer(), LanguageIdentifiers.CreateVerified());
        var parts = new List<NewsSetPart>();
        var skipped = new List<string>();
        foreach (var set in root.EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var folder = new DirectoryInfo(Path.Combine(set.FullName, half));
            if (excluded.Contains(set.Name) || !folder.Exists || !folder.EnumerateFiles("*.gold.json").Any())
            {
                continue;
            }

            var contents = NewsSet.Load(folder);
            skipped.AddRange(contents.Skipped.Select(s => $"{set.Name}/{s}"));
            parts.AddRange(evaluation.Run(contents.Articles).Parts.Select(p => new NewsSetPart(set.Name, p)));
        }

        if (skipped.Count > 0)
        {
            // Said on the error stream, so the table on standard output stays a table.
            Console.Error.WriteLine(EvalNewsCommand.Skipped(skipped));
        }

        return new NewsSetsSummary(parts);
    }

    internal static string Table(NewsSetsSummary summary)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| set | language, half | articles | gold figures | recall | precision | value and bounds | counted thing | claims | source | modality | subject | false figures on non-figures |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (set, part) in summary.Parts)
        {
            Row(set, $"{part.Language} {part.Split}", part.Score, withGoals: true);
        }

        Row("**pooled**", $"{summary.Parts.Count} rows", summary.Pooled, withGoals: false);
        sb.AppendLine();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"Goals met (bold), of {summary.Parts.Count} rows: ");
        sb.AppendJoin(", ", NewsGoal.All.Select(g => $"{g.Measure} ≥ {g.Percent} %: {summary.GoalsMet[g.Measure]}"));
        sb.AppendLine(".");
        return sb.ToString();

        void Row(string set, string part, NewsScore s, bool withGoals)
        {
            sb.Append($"| {set} | {part} | {s.Articles} | {s.GoldFigures} |");
            foreach (var goal in NewsGoal.All)
            {
                var (met, whole) = goal.Counts(s);
                var cell = NewsScore.Ratio(met, whole);
                sb.Append(withGoals && goal.IsMet(s) ? $" **{cell}** |" : $" {cell} |");
            }

            sb.AppendLine($" {NewsScore.Ratio(s.SubjectRight, s.ClaimsFound)} | {NewsScore.Ratio(s.FalseOnNonFigures, s.NonFigures)} |");
        }
    }
}
