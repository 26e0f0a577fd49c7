using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>How firmly a clause states what it says: a hedge word ("reportedly", "pourrait") or a conditional verb ("aurait").</summary>
internal sealed class ModalityReader(ClaimTokens article)
{
    private SentenceSpan cachedClause = new(-1, -1);
    private bool cachedQuotes;
    private bool cachedHedged;

    /// <summary>
    /// Whether the clause hedges the figure. A hedge inside a quotation belongs to the quoted words: it hedges a figure
    /// quoted with it, not one outside ("Quatre personnes sont mortes, dont « sans doute trois terroristes »"). A hedge
    /// word inside the source's own words ("according to unconfirmed reports") qualifies who speaks, not what is said.
    /// </summary>
    public bool IsHedged(SentenceSpan clause, Figure figure, Mention? source = null)
    {
        if (ForecastFollows(clause, figure))
        {
            return true;
        }

        // An enumeration ("1 800 chars, 3 950 véhicules…") reads its clause once: without quotes, every figure of it agrees.
        if (clause == cachedClause && !cachedQuotes && source is null)
        {
            return cachedHedged;
        }

        cachedClause = clause;
        // Figures on either side of a semicolon are read apart, like those around a quotation.
        cachedQuotes = source is not null || HasSemicolon(clause);
        cachedHedged = Hedged(clause, figure, source);
        return cachedHedged;
    }

    private bool Hedged(SentenceSpan clause, Figure figure, Mention? source)
    {
        var tokens = article.Tokens;
        var lexicon = article.Lexicon;
        var (first, end) = article.TokenRange(clause);
        var figureToken = article.LowerBound(figure.Start);
        (first, end) = Stretch(first, end, figureToken);
        var conditionals = lexicon.ConditionalSuffixes.Length > 0;
        var quotedApart = false;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (article.IsQuote(i))
            {
                cachedQuotes = true;
                quotedApart = article.OpensQuote(i) && !QuotesFigure(i, figureToken, end);
                continue;
            }

            if (quotedApart || ClaimTokens.Inside(token.Start, token.End, source))
            {
                continue;
            }

            // "in May 2022", "MONDAY, May 4 (HealthDay News)": a capitalised hedge word inside a sentence, even after a
            // comma, is a name, not a modal; only a clause's or a quotation's first word is capitalised for its own sake.
            if (lexicon.IsHedgeWord(token.Id) && lexicon.Hedges.Match(tokens, i, out _, out _) && !(token.Upper && i > first && !article.IsQuote(i - 1)))
            {
                return true;
            }

            if (conditionals && token.Kind == TokenKind.Word && token.Length is > 5 and <= 64 && !token.Upper && IsConditional(token))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasSemicolon(SentenceSpan clause) => article.Text.AsSpan(clause.Start, clause.End - clause.Start).Contains(';');

    /// <summary>
    /// The part of the clause up to the semicolon after the figure: a hedge does not reach back over it ("huit Français
    /// avaient été identifiés …; un autre Français serait porté disparu" hedges the missing one, not the eight).
    /// </summary>
    private (int First, int End) Stretch(int first, int end, int figureToken)
    {
        var stop = end;
        for (var k = figureToken; k < end; k++)
        {
            // Forward, a hedge reaches over a semicolon: a list of forecasts shares its verb ("expects 2 percent this year;
            // 3 percent next year").
            if (article.Tokens[k].Kind == TokenKind.Symbol && article.Text[article.Tokens[k].Start] == ';')
            {
                stop = k;
                break;
            }
        }

        return (first, stop);
    }

    /// <summary>
    /// "compared to a 1.2 percent forecast", "the 0.9 percent predicted": the figure is what was forecast, while the figure
    /// it is compared with ("prices rose 1.1 percent") stays as firm as its clause says.
    /// </summary>
    private bool ForecastFollows(SentenceSpan clause, Figure figure)
    {
        var (_, end) = article.TokenRange(clause);
        var next = article.LowerBound(figure.End);
        return next < end && article.Lexicon.FigureHedges.Match(article.Tokens, next, out _, out _);
    }

    /// <summary>Whether the quotation opened at <paramref name="open"/> holds the figure.</summary>
    private bool QuotesFigure(int open, int figureToken, int end)
    {
        if (figureToken < open)
        {
            return false;
        }

        for (var k = open + 1; k < figureToken && k < end; k++)
        {
            if (article.IsQuote(k) && !article.OpensQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"aurait", "pourraient", "enverrait": a conditional ending, unless the word is an imperfect or a noun so spelt.</summary>
    private bool IsConditional(Token token)
    {
        var lexicon = article.Lexicon;
        var word = article.Text.AsSpan(token.Start, token.Length);
        // Every ending shares its last three letters with few words ("-ait", "-ent"): most words stop here.
        Span<char> tail = stackalloc char[3];
        TextFolding.Fold(word[^3..], tail);
        if (!lexicon.ConditionalTails.Contains(tail))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        var folded = buffer[..TextFolding.Fold(word, buffer)];
        var conditional = false;
        foreach (var suffix in lexicon.ConditionalSuffixes)
        {
            conditional |= folded.EndsWith(suffix, StringComparison.Ordinal);
        }

        return conditional && !lexicon.ConditionalExceptions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);
    }
}
