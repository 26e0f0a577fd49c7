using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// "near an eight-year low of 4.9%", "son plus bas niveau depuis 8 ans", "the highest in 25 years": a span of time that
/// measures how far back a record reaches. It compares the figure the clause gives with history, which is known, so no
/// forecast hedges it (the eighth set's "It was forecast to remain unchanged near an eight-year low of 4.9%": the 4.9%
/// hedged, the eight years asserted); a speaker who says it still reports it.
/// </summary>
internal sealed class RecordReach(ClaimTokens article)
{
    /// <summary>How many words may stand between a superlative and the span that reaches back ("le plus grand nombre de
    /// cas de rougeole depuis 25 ans").</summary>
    private const int SuperlativeReach = 8;

    public bool Measures(Figure figure)
    {
        if (figure.Category != FigureCategory.Duration)
        {
            return false;
        }

        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var first = article.LowerBound(figure.Start);
        var next = article.LowerBound(figure.End);
        // "an eight-year low": the span written as the record noun's modifier.
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && lexicon.RecordNouns.Match(tokens, next, out _, out _))
        {
            return true;
        }

        // "the highest in 25 years", "au plus bas depuis 8 ans": a superlative before a span long enough to be history (not
        // the window a record is counted in: "the most rain in 24 hours").
        if (first == 0 || figure.Unit is not ("year" or "decade" or "century" or "month" or "quarter")
            || !lexicon.RecordSpans.MatchBefore(tokens, first, out _, out var since))
        {
            return false;
        }

        for (var k = since - 1; k >= 0 && since - k <= SuperlativeReach; k--)
        {
            if (article.IsBreak(tokens[k]))
            {
                return false;
            }

            if (tokens[k].Kind == TokenKind.Word && lexicon.Superlatives.Match(tokens, k, out _, out var superlativeEnd) && superlativeEnd <= since)
            {
                return true;
            }
        }

        return false;
    }
}
