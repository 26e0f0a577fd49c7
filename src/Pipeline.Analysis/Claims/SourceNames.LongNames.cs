using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A long name holds words that would end a shorter one: a known name, an institution's link, its bracketed acronym, a listed field, a number.</summary>
internal sealed partial class SourceNames
{
    /// <summary>Whether a known organisation's or person's name covers the token ("l'Agence des États-Unis pour le
    /// développement international"): a word a name usually stops before is then inside it.</summary>
    private bool InsideKnownName(int token)
    {
        var offset = Tokens[token].Start;
        foreach (var entity in article.EntityIndex.Around(offset))
        {
            if (entity.Start < offset && offset < entity.End && entity.Type is Entities.EntityType.Organisation or Entities.EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "l'Organisation internationale pour les migrations", "the Center for Strategic Studies": after an institution's
    /// capitalised head word, "pour"/"for" goes on with the institution's name rather than stopping it.
    /// </summary>
    private bool InstitutionGoesOn(int start, int link, int limit)
    {
        var tokens = Tokens;
        if (link + 1 >= limit || article.IsBreakAt(link + 1) || tokens[link + 1].Kind != TokenKind.Word
            || !Lexicon.InstitutionLinks.Match(tokens, link, out _, out _))
        {
            return false;
        }

        for (var k = start; k < link; k++)
        {
            if (tokens[k].Upper && Lexicon.InstitutionHeads.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "le Système européen d'information sur les feux de forêt (EFFIS)", "the Office for the Coordination of
    /// Humanitarian Affairs (OCHA)": a capitalised name whose acronym follows it in brackets runs on to the bracket,
    /// through the words that would otherwise end it.
    /// </summary>
    private bool AcronymCloses(int start, int stop, int limit)
    {
        var tokens = Tokens;
        if (!tokens[start].Upper && !(start + 1 < stop && tokens[start + 1].Upper))
        {
            return false;
        }

        for (var k = stop; k < limit && k - start < MaxNameTokens; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !article.IsRelative(k))
            {
                continue;
            }

            return k + 2 < limit && article.Text[tokens[k].Start] == '(' && article.IsAcronym(k + 1) && article.Text[tokens[k + 2].Start] == ')';
        }

        return false;
    }

    /// <summary>"a spokesman for the army": after a role noun, "for" goes on with whom the role speaks for.</summary>
    private bool RoleGoesOn(int link, int limit)
    {
        var tokens = Tokens;
        return link > 0 && link + 1 < limit && tokens[link - 1].Kind == TokenKind.Word && Lexicon.RoleNouns.Match(tokens, link - 1, out _, out var roleEnd)
            && roleEnd == link && Lexicon.InstitutionLinks.Match(tokens, link, out _, out _) && !article.IsBreakAt(link + 1)
            && tokens[link + 1].Kind == TokenKind.Word;
    }

    /// <summary>How many digits a number may have and still be part of a name ("France 24", "Channel 4"): a year is not.</summary>
    private const int NameNumberDigits = 3;

    /// <summary>
    /// Whether the number at <paramref name="k"/> belongs to the name before it ("le correspondant de France 24 au
    /// Burkina Faso", "a reporter for Channel 4,"): a few digits right after a capitalised word that is no month or
    /// weekday, and followed by a break, a function word or another capitalised word, not by what it would count.
    /// </summary>
    private bool NumberInName(int k)
    {
        var tokens = Tokens;
        if (k == 0 || tokens[k].Kind != TokenKind.Number || tokens[k].Length > NameNumberDigits || tokens[k - 1] is not { Kind: TokenKind.Word, Upper: true }
            || Lexicon.NotNames.Match(tokens, k - 1, out _, out _) || OpensSentence(k - 1))
        {
            return false;
        }

        foreach (var c in article.Text.AsSpan(tokens[k].Start, tokens[k].Length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return k + 1 >= tokens.Count || article.IsBreakAt(k + 1) || (tokens[k + 1].Kind == TokenKind.Word && (tokens[k + 1].Upper || IsFunction(k + 1) || IsLink(k + 1)));
    }

    /// <summary>How many fields a listed name may give before its last two ("Meteorology, Climatology and Geophysics").</summary>
    private const int MaxListedFields = 3;

    /// <summary>
    /// "the country's Meteorology, | Climatology and Geophysics Agency said": an institution named by a list of capitalised
    /// fields, the last two joined by "and", holds commas; its name starts where the stretch of the list's first field does.
    /// </summary>
    private int ListedNameStart(int first, int start, int end)
    {
        var tokens = Tokens;
        if (end - start < 3 || start - 2 < first || !article.IsComma(start - 1) || tokens[start - 2] is not { Kind: TokenKind.Word, Upper: true }
            || !Lexicon.InstitutionHeads.Match(tokens, end - 1, out _, out var headEnd) || headEnd != end || !tokens[end - 1].Upper)
        {
            return start;
        }

        var joined = false;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || (!tokens[k].Upper && (joined || !Lexicon.ClauseCoordinators.Match(tokens, k, out _, out _))))
            {
                return start;
            }

            joined |= !tokens[k].Upper;
        }

        var field = start;
        while (field - 2 >= first && start - field < 2 * MaxListedFields && article.IsComma(field - 1) && tokens[field - 2] is { Kind: TokenKind.Word, Upper: true })
        {
            field -= 2;
        }

        return field == start ? start : AfterClauseVerb(StretchStart(first, field + 1), field + 1);
    }

    /// <summary>
    /// Where a listed name ends that goes on past the comma at <paramref name="comma"/> ("the Meteorology, | Climatology and
    /// Geophysics Agency"): capitalised fields set off by commas, the last two joined by "and", then the institution's head
    /// word. Else -1.
    /// </summary>
    private int ListedNameEnd(int start, int comma, int limit)
    {
        var tokens = Tokens;
        if (comma <= start || !article.IsComma(comma) || tokens[comma - 1] is not { Kind: TokenKind.Word, Upper: true })
        {
            return -1;
        }

        var k = comma;
        for (var fields = 0; k + 2 < limit && fields < MaxListedFields && article.IsComma(k) && tokens[k + 1] is { Kind: TokenKind.Word, Upper: true }; fields++)
        {
            k += 2;
        }

        if (k >= limit || tokens[k].Kind != TokenKind.Word || tokens[k].Upper || !Lexicon.ClauseCoordinators.Match(tokens, k, out _, out _))
        {
            return -1;
        }

        for (k++; k < limit && tokens[k] is { Kind: TokenKind.Word, Upper: true }; k++)
        {
            if (Lexicon.InstitutionHeads.Match(tokens, k, out _, out var headEnd) && (headEnd >= limit || tokens[headEnd] is not { Kind: TokenKind.Word, Upper: true }))
            {
                return headEnd;
            }
        }

        return -1;
    }
}
