using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A quotation or a dash after a speaker's verb ends what it says; the aside beyond it is the article's own.</summary>
internal sealed partial class SourceReader
{
    /// <summary>
    /// Whether the figure stands in a phrase fronted before a quotation that the speaker at <paramref name="speaker"/> is
    /// set in after: the clause opens outside quotation marks, a comma closes the phrase right before the quotation
    /// opens, and the quotation closes right before the speaker (past a comma).
    /// </summary>
    private bool FrontedBeforeQuotation(int first, int figureStart, int figureEnd, int speaker)
    {
        for (var k = first; k < figureStart; k++)
        {
            if (article.IsQuote(k))
            {
                return false;
            }
        }

        var open = -1;
        for (var k = figureEnd; k < speaker; k++)
        {
            if (article.IsQuote(k))
            {
                open = k;
                break;
            }
        }

        if (open <= figureEnd || !article.OpensQuote(open) || !article.IsComma(open - 1))
        {
            return false;
        }

        var close = speaker - 1;
        while (close > open && article.IsComma(close))
        {
            close--;
        }

        if (close <= open || !article.IsQuote(close) || article.OpensQuote(close))
        {
            return false;
        }

        for (var k = open + 1; k < close; k++)
        {
            if (article.IsQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a dash follows a speaker's verb (past the occasion it spoke on), before the figure.</summary>
    private bool DashAfter(Attribution attribution, int figureStart)
    {
        if (attribution.Introduced || attribution.Start != attribution.NameStart)
        {
            return false;
        }

        var k = attribution.End;
        while (k < figureStart && article.Lexicon.Occasions.Match(article.Tokens, k, out _, out var occasionEnd) && occasionEnd <= figureStart)
        {
            k = occasionEnd;
        }

        return k < figureStart && article.Tokens[k].Kind == TokenKind.Symbol && article.Text[article.Tokens[k].Start] is '—' or '–';
    }

    /// <summary>Whether a dash set apart closes the attribution and another opens the aside before it, in the clause.</summary>
    private bool InDashedAside(int first, Attribution attribution)
    {
        return attribution.End < article.Tokens.Count && article.IsSpacedDash(attribution.End)
            && article.HasSpacedDash(first, Math.Min(attribution.Start, attribution.NameStart));
    }

    /// <summary>Whether a quotation opens right after the speaker (past a colon or comma) and closes before <paramref name="to"/>.</summary>
    private bool QuotationBetween(int from, int to)
    {
        var k = from;
        while (k < to && article.Tokens[k].Kind == TokenKind.Symbol && !article.IsQuote(k) && article.Text[article.Tokens[k].Start] is ':' or ',')
        {
            k++;
        }

        if (k >= to || !article.IsQuote(k) || !article.OpensQuote(k))
        {
            return false;
        }

        for (k++; k < to; k++)
        {
            if (article.IsQuote(k))
            {
                return !article.OpensQuote(k);
            }
        }

        return false;
    }
}
