using System.Globalization;
using Pipeline.Analysis;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Languages;

namespace Pipeline.Evaluation.News;

/// <summary>One part of the real-news set (a language and a split) with its score.</summary>
public sealed record NewsPart(string Language, string Split, NewsScore Score);

/// <summary>What a run over the set gives: the score of each part and one line per failure.</summary>
public sealed record NewsReport(IReadOnlyList<NewsPart> Parts, IReadOnlyList<string> Failures);

/// <summary>
/// Scores the article reader on the real-news set as <c>pipeline analyze</c> runs it: the language identified from the
/// text, then <see cref="ArticleAnalyzer"/> on the text and date the file reader gives. Parts are grouped by the gold
/// language; an article identified as another language is analysed as that language, as the pipeline would, and listed.
/// </summary>
public sealed class NewsEvaluation(ArticleAnalyzer analyzer, ILanguageIdentifier languages)
{
    public NewsReport Run(IReadOnlyList<NewsArticle> articles)
    {
        var scores = new Dictionary<(string Language, string Split), NewsScore>();
        var failures = new List<string>();
        foreach (var article in articles)
        {
            var language = languages.Identify(article.Text).Code;
            var analysis = analyzer.Analyze(article.Text, language, article.Date);
            var key = (article.Gold.Language, article.Split);
            if (!scores.TryGetValue(key, out var score))
            {
                scores[key] = score = new NewsScore();
            }

            Score(article, language, analysis, score, failures);
        }

        // French first, as in the issue's tables; dev before test.
        var parts = scores
            .OrderByDescending(s => s.Key.Language, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Split, StringComparer.Ordinal)
            .Select(s => new NewsPart(s.Key.Language, s.Key.Split, s.Value))
            .ToList();
        return new NewsReport(parts, failures);
    }

    /// <summary>Adds one analysed article to <paramref name="score"/>, and a line to <paramref name="failures"/> for each thing it got wrong.</summary>
    public static void Score(NewsArticle article, string detectedLanguage, ArticleAnalysis analysis, NewsScore score, ICollection<string> failures)
    {
        var gold = article.Gold;
        var where = $"{article.Split}/{gold.Id}";
        score.Articles++;
        if (detectedLanguage != gold.Language)
        {
            score.LanguageMismatches++;
            failures.Add($"{where} LANGUAGE identified as {detectedLanguage}, gold {gold.Language}");
        }

        var alignment = FigureAlignment.Of(gold.Figures, analysis.Figures);
        score.GoldFigures += gold.Figures.Count;
        score.ProgramFigures += analysis.Figures.Count;
        score.Matched += alignment.Pairs.Count;
        score.GoldClaims += gold.Figures.Count(f => f.Claim);
        foreach (var missed in alignment.Missed)
        {
            failures.Add($"{where} MISSED {Describe(missed)}");
        }

        foreach (var (g, p) in alignment.Pairs)
        {
            var at = $"{where} \"{g.Text}\"@{g.Start}";
            if (GoldComparison.ValueRight(g, p))
            {
                score.ValueRight++;
            }
            else
            {
                failures.Add($"{at} VALUE expected {Bounds(g.Value, g.Low, g.High)}, got {Bounds(p.Value, p.Low, p.High)} from \"{p.Text}\"");
            }

            if (g.Lemma is not null)
            {
                score.CountedJudged++;
                var lemma = p.Counted?.Lemma;
                if (GoldComparison.CountedRight(g, lemma, p.Unit))
                {
                    score.CountedRight++;
                }
                else
                {
                    failures.Add($"{at} COUNTED expected {g.Lemma} ({g.Unit}, {g.Category}), got lemma {lemma ?? "-"}, unit {p.Unit ?? "-"}");
                }
            }

            if (!g.Claim)
            {
                continue;
            }

            var claim = analysis.Claims.FirstOrDefault(c => c.Figure.Start == p.Start && c.Figure.End == p.End);
            if (claim is null)
            {
                failures.Add($"{at} NO CLAIM (counted {g.Lemma}, program unit {p.Unit ?? "-"})");
                continue;
            }

            score.ClaimsFound++;
            Judge(GoldComparison.SourceRight(g, claim.Source), () => score.SourceRight++, $"{at} SOURCE expected {g.Source ?? "none"}, got {claim.Source ?? "none"}");
            Judge(GoldComparison.ModalityRight(g, claim.Modality), () => score.ModalityRight++, $"{at} MODALITY expected {g.Modality}, got {claim.Modality.ToString().ToLowerInvariant()}");
            Judge(GoldComparison.SubjectRight(g.Subject, claim.Subject), () => score.SubjectRight++, $"{at} SUBJECT expected {g.Subject ?? "none"}, got {claim.Subject ?? "none"}");
        }

        score.NonFigures += gold.NonFigures.Count;
        foreach (var extra in alignment.Extra)
        {
            var negative = gold.NonFigures.FirstOrDefault(n => n.Start < extra.End && extra.Start < n.End);
            failures.Add(negative is null
                ? $"{where} EXTRA \"{extra.Text}\"@{extra.Start} {Bounds(extra.Value, extra.Low, extra.High)} {extra.Unit}"
                : $"{where} FALSE FIGURE \"{extra.Text}\"@{extra.Start} on the {negative.Kind} \"{negative.Text}\"");
        }

        score.FalseOnNonFigures += gold.NonFigures.Count(n => alignment.Extra.Any(e => n.Start < e.End && e.Start < n.End));

        void Judge(bool right, Action count, string failure)
        {
            if (right)
            {
                count();
            }
            else
            {
                failures.Add(failure);
            }
        }
    }

    private static string Describe(GoldFigure g) =>
        $"\"{g.Text}\"@{g.Start} {Bounds(g.Value, g.Low, g.High)} {g.Lemma} ({g.Category})";

    private static string Bounds(double? value, double? low, double? high) =>
        value is not null && (low is null || low == value) && (high is null || high == value)
            ? Number(value)
            : $"{Number(value)} [{Number(low)}, {Number(high)}]";

    private static string Number(double? n) => n?.ToString("G", CultureInfo.InvariantCulture) ?? "";
}
