using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// "above economists' expectations of 2.7%", "below the poll's prediction of 2.85%", "the IMF's projection of 1.4%": a
/// forecast ([owned-forecast-noun]) held by a possessor and linked to the figure right after it ([owned-forecast-link]) is
/// the possessor's, who is then the figure's speaker, as "economists had expected 2.7%" names them.
/// </summary>
internal static class ForecastOwner
{
    /// <summary>How many lower-case words may stand between the possessive mark and the forecast ("consensus estimate").</summary>
    private const int ModifierWords = 2;

    /// <summary>How many words the possessor may take ("the central bank", "Goldman Sachs").</summary>
    private const int PossessorWords = 4;

    /// <summary>The forecast's possessor, from its first token to the end of its last word, or (-1, -1).</summary>
    public static (int Start, int End) Possessor(ClaimTokens article, SentenceSpan span, Figure figure)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, _) = article.TokenRange(span);
        var figureToken = article.LowerBound(figure.Start);
        if (lexicon.OwnedForecastNouns.Count == 0 || figureToken <= first
            || !lexicon.OwnedForecastLinks.MatchBefore(tokens, figureToken, out _, out var link) || link <= first
            || !lexicon.OwnedForecastNouns.MatchBefore(tokens, link, out _, out var noun) || noun <= first)
        {
            return (-1, -1);
        }

        for (var k = noun - 1; k > first && noun - 1 - k <= ModifierWords; k--)
        {
            if (article.EndsPossessor(k))
            {
                return Before(article, first, k);
            }

            if (tokens[k] is not { Kind: TokenKind.Word, Upper: false } || article.IsBreakAt(k))
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }

    /// <summary>The noun phrase that ends at the possessive mark <paramref name="mark"/>: back to a determiner within a few
    /// words ("the central bank's"), else its capitalised words or its last word alone ("above | economists'", "beat |
    /// Goldman Sachs'").</summary>
    private static (int Start, int End) Before(ClaimTokens article, int first, int mark)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var end = mark;
        while (end > first && tokens[end - 1].Kind != TokenKind.Word)
        {
            end--;
        }

        if (end <= first && tokens[first].Kind != TokenKind.Word)
        {
            return (-1, -1);
        }

        for (var k = end - 1; k >= first && end - k <= PossessorWords && tokens[k].Kind == TokenKind.Word && (k == end - 1 || !article.IsBreakAt(k)); k--)
        {
            if (lexicon.Determiners.Match(tokens, k, out _, out _))
            {
                return k < end - 1 ? (k, end) : (-1, -1);
            }
        }

        var start = end - 1;
        while (start > first && end - start < PossessorWords && tokens[start - 1] is { Kind: TokenKind.Word, Upper: true } && !article.IsBreakAt(start - 1))
        {
            start--;
        }

        return (start, end);
    }
}
