using System.Globalization;
using System.Text;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Evaluation.Duplicates;

/// <summary>Writes the "## Duplicates" section of docs/evaluation.md.</summary>
internal static class DuplicateReport
{
    public const string Heading = "## Duplicates";

    private static readonly double[] Thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8];

    public static string Write(
        string command,
        IReadOnlyList<CorpusArticle> corpus,
        DuplicateEvaluationSet set,
        NearDuplicateOptions options,
        IReadOnlyList<QueryOutcome> outcomes,
        double chancePerMillion,
        IReadOnlyList<(NearDuplicateOptions Options, IReadOnlyList<QueryOutcome> Outcomes, double ChancePerMillion)> sweep)
    {
        var s = new StringBuilder();
        var score = DuplicateEvaluation.Score(outcomes, options.Threshold);
        s.AppendLine("Reproduce (about a minute on 2 cores; `--sweep` adds the configuration table):").AppendLine();
        s.AppendLine("```").AppendLine(command).AppendLine("```").AppendLine();
        s.AppendLine(F($"**Corpus** ({corpus.Count} articles of at least 80 words): ")
            + string.Join(", ", corpus.GroupBy(Source).Select(g => F($"{g.Count()} {g.Key}"))) + ". "
            + "`seeds` are our five French war reports; `lingua` are pseudo-articles of 8 to 20 consecutive lingua-testdata sentences "
            + "(de, en, es, fr, ru, uk), 2 to 4 per paragraph; `europeana` are the Europeana French newspaper tokens (OCR, 1870s-1940s) "
            + "joined into documents of 150 to 500 words cut at full stops, whose PER/LOC/ORG tokens serve as topic words.").AppendLine();
        var positives = outcomes.Count(o => o.Query.OriginalOrdinal is not null);
        s.AppendLine(F($"**Labelled set** (seeded): {set.Originals.Count} originals (60 % of the corpus) are indexed. ")
            + F($"{positives} near-duplicate queries, each an original with at least one change: a paragraph moved (p 0.5), a byline and/or footer ")
            + "such as \"For Latest Updates Follow us on Google News\" (p 0.6), 5-20 % of words replaced, deleted, inserted or misspelt (p 0.7), "
            + "the end cut off keeping 60-95 % of words (p 0.4), whitespace, quotes, dashes, French spacing and line endings changed (p 0.5). "
            + F($"{outcomes.Count - positives} queries that must match nothing: each of the other 40 % as it is, and once more rewritten onto a random same-language original's topic ")
            + "(one of its sentences quoted, a republication footer, one word in ten replaced by its names and topic words).").AppendLine();
        s.AppendLine("A query counts as found when the duplicate stage's decision (exact fingerprint first, else the LSH candidate with the highest "
            + "sketch similarity at or above the threshold) is its original; any other decision is a false positive.").AppendLine();
        s.AppendLine(F($"**Options**: {Describe(options)}.")).AppendLine();

        s.AppendLine("| | precision | recall | F1 |").AppendLine("|---|---|---|---|");
        s.AppendLine(F($"| ours, default threshold {options.Threshold:0.00} | **{score.Precision:0.000}** | **{score.Recall:0.000}** | {score.F1:0.000} |"));
        s.AppendLine("| text-dedup MinHash on CORE (published anchor, other data) | 0.959 | 0.942 | 0.950 |");
        s.AppendLine("| goal | 0.970 | 0.970 | |").AppendLine();

        s.AppendLine("**Why these defaults.** The parameters were chosen on seeds 20241111 and 7 and are reported here on seed 42, which was not looked at "
            + "while choosing (the configuration table below is on seed 42 too). Editing 5-20 % of the words breaks every shingle through an edited word, "
            + "so 3- to 5-word shingles lose recall on heavy edits. Single words keep recall, but every lookup would meet a large share of the index as "
            + "chance candidates. Two-word shingles keep recall; leaving out words under 4 letters (numbers are kept) removes \"de la\", \"il a\", \"of the\", "
            + "which otherwise put about 1,800 chance candidates in front of each lookup at a million same-language articles (last column; the benchmark's "
            + "million Markov-chain French articles measured 3,218 without the filter). A low threshold needs 2 rows per band on the LSH S-curve; 20 bands "
            + "find the original for about 99 % of variants, fewer bands lose recall and more cost index space (8 bytes per band per article in memory). "
            + "A 4-bit sketch of 128 permutations (64 bytes) scores like an 8-bit one (128 bytes); 64 permutations are noisier. The threshold 0.25 kept "
            + "precision at 0.999 on both tuning seeds with recall within a point of its best; different articles sharing a quote reached 0.27-0.33.").AppendLine();
        s.AppendLine("**Caveat.** The anchor is text-dedup on CORE, real scientific papers with human-judged duplicates; ours is a generator on other text, so "
            + "the comparison shows the order of magnitude, not a contest. Our non-duplicates are easier than real rewrites of one wire story: expect "
            + "precision below 1.000 on real news, and watch `pipeline articles` for near links between different reports.").AppendLine();
        s.AppendLine("By threshold (same run):").AppendLine();
        s.AppendLine("| threshold | precision | recall | F1 | false positives |").AppendLine("|---|---|---|---|---|");
        foreach (var t in Thresholds.Append(options.Threshold).Distinct().Order())
        {
            var x = DuplicateEvaluation.Score(outcomes, t);
            s.AppendLine(F($"| {t:0.00} | {x.Precision:0.000} | {x.Recall:0.000} | {x.F1:0.000} | {x.FalsePositives} |"));
        }

        s.AppendLine().AppendLine("Recall by change (a variant with several changes counts under each):").AppendLine();
        s.AppendLine("| change | variants | recall | median similarity to original |").AppendLine("|---|---|---|---|");
        foreach (var change in Enum.GetValues<VariantChange>().Where(c => c != VariantChange.None))
        {
            var group = outcomes.Where(o => o.Query.OriginalOrdinal is not null && o.Query.Changes.HasFlag(change)).ToList();
            s.AppendLine(F($"| {change} | {group.Count} | {Recall(group, options.Threshold):0.000} | {Median(group):0.00} |"));
        }

        foreach (var (name, filter) in new (string, Func<DuplicateQuery, bool>)[]
        {
            ("edits ≥ 15 %", q => q.EditRate >= 0.15),
            ("kept ≤ 70 % of words", q => q.KeptShare <= 0.7),
            ("edits ≥ 15 % and kept ≤ 80 %", q => q.EditRate >= 0.15 && q.KeptShare <= 0.8),
            ("typography only", q => q.Changes == VariantChange.Typography),
        })
        {
            var group = outcomes.Where(o => o.Query.OriginalOrdinal is not null && filter(o.Query)).ToList();
            s.AppendLine(F($"| {name} | {group.Count} | {Recall(group, options.Threshold):0.000} | {Median(group):0.00} |"));
        }

        var typographyOnly = outcomes.Where(o => o.Query.Changes == VariantChange.Typography).ToList();
        s.AppendLine().AppendLine(F($"Typography-only variants recognised as exact copies by fingerprint: {typographyOnly.Count(o => o.ExactOrdinal == o.Query.OriginalOrdinal)} of {typographyOnly.Count}."));
        var lshFound = outcomes.Where(o => o.Query.OriginalOrdinal is not null).Count(o => o.ExactOrdinal is not null || o.SimilarityToOriginal is not null);
        s.AppendLine(F($"Originals among the LSH candidates (banding recall, before the threshold): {lshFound} of {positives}; mean candidates per lookup {outcomes.Average(o => o.Candidates.Count):0.00}. ")
            + F($"Chance candidates (a shared band key, similarity below the threshold) per lookup in an index of a million same-language articles, extrapolated from every same-language pair of originals: {chancePerMillion:0}.")).AppendLine();

        s.AppendLine("False positives by kind of non-duplicate:").AppendLine();
        s.AppendLine("| kind | queries | matched to something | highest similarity |").AppendLine("|---|---|---|---|");
        foreach (var kind in outcomes.Where(o => o.Query.OriginalOrdinal is null).GroupBy(o => o.Query.Kind))
        {
            var highest = kind.SelectMany(o => o.Candidates).Select(c => c.Similarity).DefaultIfEmpty(0).Max();
            s.AppendLine(F($"| {kind.Key} | {kind.Count()} | {kind.Count(o => o.Decision(options.Threshold) is not null)} | {highest:0.00} |"));
        }

        if (sweep.Count > 0)
        {
            s.AppendLine().AppendLine("Configurations tried (same set; each at its own best-F1 threshold and at the default threshold):").AppendLine();
            s.AppendLine("| shingle | shortest word | permutations | sketch bits | bands × rows | best threshold | P | R | at default: P | R | banding recall | highest non-duplicate | chance candidates at 1M |");
            s.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var (o, result, chance) in sweep)
            {
                var best = Thresholds.Select(t => DuplicateEvaluation.Score(result, t)).MaxBy(x => x.F1)!;
                var atDefault = DuplicateEvaluation.Score(result, options.Threshold);
                var found = result.Where(r => r.Query.OriginalOrdinal is not null).Count(r => r.ExactOrdinal is not null || r.SimilarityToOriginal is not null);
                s.AppendLine(F($"| {o.ShingleSize} | {o.MinimumWordLength} | {o.Permutations} | {o.SketchBits} | {o.Bands} × {o.Rows} | {best.Threshold:0.00} | {best.Precision:0.000} | {best.Recall:0.000} | {atDefault.Precision:0.000} | {atDefault.Recall:0.000} | {(double)found / positives:0.000} | {result.Where(r => r.Query.OriginalOrdinal is null).SelectMany(r => r.Candidates).Select(c => c.Similarity).DefaultIfEmpty(0).Max():0.00} | {chance:0} |"));
            }
        }

        return s.ToString();
    }

    public static string Describe(NearDuplicateOptions o) =>
        F($"threshold {o.Threshold:0.00}, {o.ShingleSize}-word shingles of words of at least {o.MinimumWordLength} letters (numbers always), {o.Permutations} permutations ({o.SketchBits}-bit sketch of {o.SketchBytes} bytes), {o.Bands} bands × {o.Rows} rows, seed 0x{o.Seed:X16}");

    private static string Source(CorpusArticle a) => a.Name[..a.Name.IndexOf('/')];

    private static double Recall(List<QueryOutcome> group, double threshold) =>
        group.Count == 0 ? 1 : (double)group.Count(o => o.Decision(threshold) == o.Query.OriginalOrdinal) / group.Count;

    private static double Median(List<QueryOutcome> group)
    {
        var values = group.Select(o => o.ExactOrdinal is not null ? 1 : o.SimilarityToOriginal ?? 0).Order().ToList();
        return values.Count == 0 ? 0 : values[values.Count / 2];
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
