namespace Pipeline.Analysis.Languages;

/// <summary>
/// Identifies the language with Nito-ELD's n-grams (ported from the npm package eld 2.1.0, Apache-2.0; 60
/// languages). Pure managed code; reads at most the first 350 bytes or so of a text, as eld does.
/// </summary>
public sealed class EldLanguageIdentifier : ILanguageIdentifier
{
    private readonly EldModel model = EldModel.Default;

    internal readonly record struct Ranking(IReadOnlyList<(string Code, double Score)> Ranked, bool Reliable)
    {
        public string Top => Ranked.Count == 0 ? LanguageGuess.Undetermined : Ranked[0].Code;
    }

    public LanguageGuess Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranking = Rank(text);
        if (ranking.Ranked.Count == 0)
        {
            return LanguageGuess.Unknown;
        }

        var code = CyrillicAlphabet.Covers(ranking.Top) ? CyrillicAlphabet.Settle(text, ranking.Ranked.Select(r => r.Code)) : ranking.Top;
        return new LanguageGuess(code, ranking.Reliable ? 0.9 : 0.3, []);
    }

    /// <summary>Languages by descending score, and whether eld would call the first one reliable.</summary>
    internal Ranking Rank(string text)
    {
        var (scores, ngramCount) = model.Score(text);
        var ranked = new List<(string, double)>();
        var indices = new List<int>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > 0)
            {
                indices.Add(i);
            }
        }

        indices.Sort((a, b) => scores[b].CompareTo(scores[a]));
        foreach (var i in indices)
        {
            ranked.Add((model.Codes[i], EldModel.Scaled(scores[i], ngramCount)));
        }

        // eld's test: enough n-grams, a top score near the language's usual one, and a lead over the runner-up.
        // (eld 2.1.0 compares the lead with the runner-up's index rather than its score; the intended test is used.)
        var reliable = indices.Count > 0
                       && ngramCount >= 3
                       && ranked[0].Item2 >= model.AverageScores[indices[0]] * 0.75
                       && ranked[0].Item2 - (ranked.Count > 1 ? ranked[1].Item2 : 0) >= 0.01;
        return new Ranking(ranked, reliable);
    }
}
