using System.Globalization;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// "devrait s'établir à 5,4 % en 2025, contre 5,8 % en 2024", "could soar to $205 billion, from last year's $175
/// billion", "attendue à 2,6 % cette année, après 2,5 % en 2023", "au-delà de la progression de 3,1 % observée en 2023": a
/// value a forecast is set beside, marked as past or as observed, is history, which no forecast hedges; a speaker who says
/// it still reports it. A previous forecast set beside the new one ("contre 1,9 % en juin dernier", "contre 0,8 %
/// précédemment") bears no such mark and stays hedged.
/// </summary>
internal sealed class PastValue(ClaimTokens article)
{
    /// <summary>How many words may stand between the comparison and the figure ("from last year's").</summary>
    private const int ComparisonReach = 4;

    /// <summary>How many words may stand between the figure and its past mark ("contre 55 millions de quintaux une année
    /// auparavant").</summary>
    private const int MarkReach = 5;

    public bool Marks(SentenceSpan clause, Figure figure)
    {
        var lexicon = article.Lexicon;
        if (lexicon.PastComparisons.Count == 0)
        {
            return false;
        }

        var tokens = article.Tokens;
        var (first, end) = article.TokenRange(clause);
        var figureToken = article.LowerBound(figure.Start);
        var next = article.LowerBound(figure.End);
        if ((Observed(next, end) && !OpensOnVerb(figureToken, next)) || AfterAnteriorEvent(first, end, figureToken) || BracketedAfterPast(first, figureToken))
        {
            return true;
        }

        for (var k = figureToken - 1; k >= first && figureToken - k <= ComparisonReach; k--)
        {
            if (article.IsBreak(tokens[k]) || tokens[k].Kind == TokenKind.Number)
            {
                return false;
            }

            if (tokens[k].Kind == TokenKind.Word && lexicon.PastComparisons.Match(tokens, k, out var bare, out var comparisonEnd) && comparisonEnd <= figureToken)
            {
                // "to about $600 billion after five years": a span after "after" may as well run ahead as back.
                return (bare && comparisonEnd == figureToken && figure.Category != FigureCategory.Duration) || Holds(lexicon.PastMarks, comparisonEnd, figureToken) || MarkAfter(next, first, end);
            }
        }

        return false;
    }

    /// <summary>
    /// "après une forte baisse l'année précédente (-5,6 %)", "after a sharp fall last year (-3.1%)": a value in brackets
    /// right after a past year gives what happened then.
    /// </summary>
    private bool BracketedAfterPast(int first, int figureToken)
    {
        var tokens = article.Tokens;
        var bracket = figureToken - 1;
        return bracket > first && tokens[bracket].Kind == TokenKind.Symbol && article.Text[tokens[bracket].Start] == '('
            && article.Lexicon.PastMarks.MatchBefore(tokens, bracket, out _, out var markStart) && markStart >= first;
    }

    /// <summary>How many words may stand between an anterior opener and the figure ("après s'être élevée à").</summary>
    private const int AnteriorReach = 4;

    /// <summary>
    /// "devrait atteindre 3 % en mars, après avoir déjà atteint 2,9 % en janvier", "after peaking at 6 percent": in a
    /// clause that speaks of a forecast, what a past infinitive or a gerund sets before it has happened. Outside one, what
    /// is done after a hedge may be planned ("could find survivors after searching 300 homes"); an earlier forecast
    /// ("après avoir anticipé 0,6 %") is a forecast still.
    /// </summary>
    private bool AfterAnteriorEvent(int first, int end, int figureToken)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var words = 0;
        for (var k = figureToken - 1; k >= first && words <= AnteriorReach; k--)
        {
            if (article.IsBreak(tokens[k]) || tokens[k].Kind == TokenKind.Number)
            {
                return false;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (lexicon.AnteriorOpeners.Match(tokens, k, out var gerund, out var openerEnd) && openerEnd <= figureToken
                && (!gerund || (openerEnd < figureToken && IsGerund(tokens[openerEnd]))))
            {
                return !Foresees(openerEnd, figureToken) && ForecastFrame.SpeaksOfForecast(article, first, end);
            }
        }

        return false;
    }

    private bool IsGerund(Token token) =>
        token.Kind == TokenKind.Word && article.EndsWithOneOf(token, article.Lexicon.ClauseParticipleSuffixes, StringComparison.Ordinal);

    /// <summary>Whether a word between <paramref name="start"/> and <paramref name="end"/> foresees ("forecasting", "anticipé").</summary>
    private bool Foresees(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (article.Tokens[k].Kind == TokenKind.Word && article.Foresees(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3,1 % observée en 2023", "the 13 feet recorded in 2018": the figure, maybe with its one noun, then a
    /// participle of what was measured.</summary>
    private bool Observed(int next, int end)
    {
        var tokens = article.Tokens;
        var observed = article.Lexicon.ObservedValues;
        if (next < end && tokens[next] is { Kind: TokenKind.Word, Upper: false } && observed.Match(tokens, next, out _, out _))
        {
            return true;
        }

        return next + 1 < end && tokens[next] is { Kind: TokenKind.Word, Upper: false } && tokens[next + 1] is { Kind: TokenKind.Word, Upper: false }
            && observed.Match(tokens, next + 1, out _, out _);
    }

    /// <summary>"pourrait dépasser les 300 cas enregistrés": a figure read with the verb that bounds it is what the
    /// forecast says, whatever its number recalls.</summary>
    private bool OpensOnVerb(int figureToken, int next) =>
        figureToken + 1 < next && article.Tokens[figureToken] is { Kind: TokenKind.Word, Upper: false }
        && article.Lexicon.Determiners.Match(article.Tokens, figureToken + 1, out _, out _);

    /// <summary>A past mark after the figure ("une année auparavant", "a year earlier"), or a year before a later one the
    /// clause names ("pour 2024 à 2,4 %, contre 5,7 % en 2023").</summary>
    private bool MarkAfter(int next, int first, int end)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        for (var k = next; k < end && k - next < MarkReach && !article.IsBreak(tokens[k]); k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (lexicon.PastMarks.Match(tokens, k, out _, out _))
            {
                return true;
            }

            if (lexicon.YearLinks.Match(tokens, k, out _, out var linkEnd) && linkEnd < end && Year(linkEnd) is { } year)
            {
                return LaterYear(first, end, year);
            }
        }

        return false;
    }

    private bool LaterYear(int first, int end, int year)
    {
        for (var k = first; k < end; k++)
        {
            if (Year(k) is { } other && other > year)
            {
                return true;
            }
        }

        return false;
    }

    private int? Year(int k)
    {
        var token = article.Tokens[k];
        if (token.Kind != TokenKind.Number || token.Length != 4)
        {
            return null;
        }

        return int.TryParse(article.Text.AsSpan(token.Start, token.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2100 ? year : null;
    }

    private bool Holds(PhraseTable<bool> table, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (article.Tokens[k].Kind == TokenKind.Word && table.Match(article.Tokens, k, out _, out var matchEnd) && matchEnd <= end)
            {
                return true;
            }
        }

        return false;
    }
}
