using Pipeline.Analysis;

namespace Pipeline.Evaluation.NewsQuant;

/// <summary>The scores of each half and of the whole set, and one line per gold quantity not found or quantity of ours matching none.</summary>
public sealed record NewsQuantReport(CqeScore Development, CqeScore Test, CqeScore Whole, IReadOnlyList<string> Failures);

/// <summary>
/// Runs NewsQuant's sentences through the article reader as <c>pipeline analyze</c> runs it (<see cref="ArticleAnalyzer"/>,
/// each sentence an English article of its own, as the set gives no context) and scores our figures with CQE's metric.
/// </summary>
public sealed class NewsQuantEvaluation(ArticleAnalyzer analyzer)
{
    public NewsQuantReport Run(IReadOnlyList<NewsQuantSentence> sentences)
    {
        var halves = new Dictionary<string, CqeScore> { ["dev"] = new(), ["test"] = new() };
        var failures = new List<string>();
        foreach (var sentence in sentences)
        {
            var ours = analyzer.Analyze(sentence.Text, "en", null).Figures.Select(FigureAsCqeQuantity.Of).ToList();
            var outcomes = CqeScoring.Score(sentence.Gold, ours, halves[sentence.Split]);
            failures.AddRange(Failures(sentence, ours, outcomes));
        }

        var whole = new CqeScore();
        whole.Add(halves["dev"]);
        whole.Add(halves["test"]);
        return new NewsQuantReport(halves["dev"], halves["test"], whole, failures);
    }

    private static IEnumerable<string> Failures(NewsQuantSentence sentence, IReadOnlyList<CqeQuantity> ours, IReadOnlyList<CqeOutcome> outcomes)
    {
        var where = $"{sentence.Split} #{sentence.Number}";
        var got = string.Join("; ", ours.Select(o => $"\"{o.Written}\" = {o.Value} {o.NormalizedUnit}"));
        for (var i = 0; i < sentence.Gold.Count; i++)
        {
            var g = sentence.Gold[i];
            if (outcomes[i] == CqeOutcome.Found)
            {
                continue;
            }

            var kind = outcomes[i] == CqeOutcome.Missed ? "MISSED" : "UNIT";
            yield return $"{where} {kind} {g.Value} {g.NormalizedUnit} (\"{g.Written}\"); ours: [{got}] in: {sentence.Text}";
        }

        foreach (var o in ours.Where(o => !sentence.Gold.Any(g => g.Value.Matches(o.Value))))
        {
            yield return $"{where} EXTRA \"{o.Written}\" = {o.Value} {o.NormalizedUnit} in: {sentence.Text}";
        }
    }
}
