using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// "66 % anticipent une amélioration, contre 61 % au niveau international", "65 % estiment qu'il augmentera, 19 % pensent
/// qu'il va rester stable, 10 % seulement qu'il baissera", "54% of executives expect a slowdown, compared with 38% last
/// year": a figure that counts those who hold a view (the subject of a verb of opinion or expectation) is a share of
/// respondents, stated as the survey found it, however the view looks ahead; so is a figure set beside such a share, by
/// a comparison ("contre 61 %") or in a list that repeats the view with its verb left out ("10 % seulement qu'il").
/// </summary>
internal sealed class ViewShare(ClaimTokens article)
{
    /// <summary>How many words may stand between a share and its verb ("66 % des dirigeants français anticipent").</summary>
    private const int HolderWords = 3;

    public bool Counts(SentenceSpan clause, Figure figure)
    {
        if (article.Lexicon.ViewVerbs.Count == 0)
        {
            return false;
        }

        var (first, end) = article.TokenRange(clause);
        return Holds(first, end, article.LowerBound(figure.Start), article.LowerBound(figure.End));
    }

    /// <summary>Whether the figure from <paramref name="figureToken"/> to <paramref name="next"/> counts holders of a view.</summary>
    private bool Holds(int first, int end, int figureToken, int next)
    {
        if (VerbAfter(next, end))
        {
            return true;
        }

        // Only a share is set beside a share: "contre 61 %", not "contre 300 millions d'euros".
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var last = next - 1;
        while (last > figureToken && tokens[last].Kind != TokenKind.Number)
        {
            last--;
        }

        if (tokens[last].Kind != TokenKind.Number || !IsShare(last))
        {
            return false;
        }

        bool comparison;
        int linkStart;
        if (figureToken - 1 >= first && article.IsComma(figureToken - 1))
        {
            (comparison, linkStart) = (false, figureToken - 1);
        }
        else if (!(figureToken > first && lexicon.ViewLinks.MatchBefore(tokens, figureToken, out comparison, out linkStart) && linkStart >= first))
        {
            return false;
        }

        // A list item repeats the view with its verb left out ("10 % seulement qu'il baissera"); a comparison needs nothing.
        if (!comparison && !(SkipHolderWords(next, end, out var opener) && opener < end && lexicon.ViewClauses.Match(tokens, opener, out _, out _)))
        {
            return false;
        }

        // The share set beside it is the nearest share before (a year or a day between is no share), itself a holder.
        var previous = linkStart - 1;
        while (previous >= first && !(tokens[previous].Kind == TokenKind.Number && IsShare(previous)))
        {
            previous--;
        }

        if (previous < first)
        {
            return false;
        }

        var previousFirst = previous;
        while (previousFirst - 2 >= first && tokens[previousFirst - 2].Kind == TokenKind.Number && tokens[previousFirst - 1].Kind == TokenKind.Symbol && !tokens[previousFirst].SpaceBefore)
        {
            previousFirst -= 2;
        }

        return Holds(first, end, previousFirst, previous + 1);
    }

    /// <summary>A number followed by its share's unit: "61 %", "61 percent", "61 pour cent".</summary>
    private bool IsShare(int number)
    {
        var tokens = article.Tokens;
        var next = number + 1;
        return next < tokens.Count && ((tokens[next].Kind == TokenKind.Symbol && !article.IsBreak(tokens[next]))
            || (tokens[next].Kind == TokenKind.Word && article.Lexicon.ViewShareSkips.Match(tokens, next, out var unit, out _) && unit));
    }

    /// <summary>"% des dirigeants anticipent", "percent of voters think": a verb of opinion after the share and its noun.</summary>
    private bool VerbAfter(int next, int end)
    {
        if (!SkipHolderWords(next, end, out var k))
        {
            return false;
        }

        var lexicon = article.Lexicon;
        var tokens = article.Tokens;
        for (var words = 0; k < end && words <= HolderWords && tokens[k] is { Kind: TokenKind.Word, Upper: false }; k++, words++)
        {
            if (lexicon.ViewVerbs.Match(tokens, k, out _, out _))
            {
                return true;
            }

            // Only the share's own noun ("des dirigeants", "of executives") may come before the verb.
            if (words == 0 && !article.IsOf(k) && !lexicon.Determiners.Match(tokens, k, out _, out _))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Skips the share's unit and a word that limits it ("%", "pour cent", "seulement") after the number.</summary>
    private bool SkipHolderWords(int next, int end, out int k)
    {
        var tokens = article.Tokens;
        k = next;
        while (k < end)
        {
            if (tokens[k].Kind == TokenKind.Symbol && !article.IsBreak(tokens[k]))
            {
                k++;
            }
            else if (tokens[k].Kind == TokenKind.Word && article.Lexicon.ViewShareSkips.Match(tokens, k, out _, out var skipEnd))
            {
                k = skipEnd;
            }
            else
            {
                break;
            }
        }

        return k < end;
    }
}
