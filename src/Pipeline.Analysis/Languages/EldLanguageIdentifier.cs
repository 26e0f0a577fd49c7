namespace Pipeline.Analysis.Languages;

/// <summary>
/// Identifies the language with Nito-ELD's n-grams (ported from the npm package eld 2.1.0, Apache-2.0; 60
/// languages). Pure managed code; reads at most the first 350 bytes or so of a text, as eld does.
/// </summary>
public sealed class EldLanguageIdentifier : ILanguageIdentifier
{
    private readonly EldModel model = EldModel.Default;

    public LanguageGuess Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> scores = stackalloc int[EldModel.MaxLanguages];
        var ranking = Rank(text, scores);
        if (ranking.Count == 0)
        {
            return LanguageGuess.Unknown;
        }

        var code = CyrillicAlphabet.Covers(ranking.Top) ? ranking.FirstFitting(text) ?? ranking.Top : ranking.Top;
        return new LanguageGuess(code, ranking.Reliable ? 0.9 : 0.3, []);
    }

    /// <summary>Languages by descending score, and whether eld would call the first one reliable.</summary>
    /// <param name="scores">Room for the raw scores (<see cref="EldModel.MaxLanguages"/>), which the ranking reads.</param>
    internal EldRanking Rank(ReadOnlySpan<char> text, Span<int> scores)
    {
        var ngramCount = model.Score(text, scores);
        return new EldRanking(model, scores[..model.Codes.Length], ngramCount);
    }
}
