using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>The name read back from its verb: a title, a quoted name or a stretch cut at an occasion, an adverb or an opener.</summary>
internal sealed partial class SourceNames
{
    /// <summary>
    /// The name before a reporting verb ("the ministry said", "Loukachenko a déclaré"), read back to the break before it,
    /// past an occasion or an adverb between them ("Vladimir Putin on Friday acknowledged"). An aside between commas
    /// ("X, in February, revealed") or a title set after the name ("Andriy Parubiy, chairman of the council, said") is
    /// passed for the name before it.
    /// </summary>
    public SpeakerKind Before(int first, int verb, out int nameStart, out int nameEnd)
    {
        nameStart = nameEnd = verb;
        // "The agency, which has 40 staff in the area, said": a relative clause between commas, numbers and all, stands
        // between the name and its verb.
        if (RelativeAside(first, verb) is var opening and >= 0)
        {
            return Before(first, opening, out nameStart, out nameEnd);
        }

        var end = StripTrailing(first, verb);
        if (QuotedName(first, end) is var open and >= 0)
        {
            // "La « Commission nationale pour la réduction des catastrophes » a estimé": the marks delimit the name.
            nameStart = open + 1;
            nameEnd = end - 1;
            return SpeakerKind.Named;
        }

        var start = AfterSpeechVerb(AfterClauseVerb(StretchStart(first, end), end), end);
        // "Deux mois avant Zelenskyy a déclaré", "Two months later Zelensky said": the span of time dates the saying; its
        // anchor would otherwise cut the name after it.
        start = article.SpanOfTimeAt(start, end, out var spanEnd) ? spanEnd : start;
        end = CutAtOccasion(start, end);
        end = StripTrailing(start, end);
        start = ListedNameStart(first, start, end);
        // "It was the ministry that reported": a cleft's relative, "that" too, follows the name whole.
        if (start > first && article.IsRelative(start - 1) && CleftName(first, start - 1, out var cleft, out nameStart, out nameEnd))
        {
            return cleft;
        }

        // "Zelensky, who visited the front, said", "the officer who spoke said": the name stands before the relative clause.
        // "… contre lequel le procureur a requis": a relative after a preposition is followed by its own subject (a
        // determiner or a name), which is the speaker.
        if (start > first && article.IsRelative(start - 1) && !Lexicon.Subordinators.Match(Tokens, start - 1, out _, out _)
            && !(start < end && Lexicon.ObjectRelatives.Match(Tokens, start - 1, out _, out _) && OpensLikeName(start)))
        {
            var relative = start - 1;
            var before = relative > first && article.IsComma(relative - 1) ? relative - 1 : relative;
            var named = Before(first, before, out nameStart, out nameEnd);
            // "…, surprising analysts who had anticipated 150,000", "surprenant les analystes qui en attendaient 150 000": the
            // participle that takes the name as its object is no part of it; an article after it marks where the name starts.
            if (named != SpeakerKind.None && nameEnd - nameStart >= 2 && Tokens[nameStart] is { Kind: TokenKind.Word, Upper: false }
                && (article.EndsWithOneOf(Tokens[nameStart], Lexicon.ClauseParticipleSuffixes, StringComparison.Ordinal)
                    || (Lexicon.Determiners.Contains(Tokens[nameStart + 1].Id) && !Lexicon.Determiners.Contains(Tokens[nameStart].Id)
                        && !article.IsOf(nameStart + 1) && !Lexicon.Prepositions.Contains(Tokens[nameStart + 1].Id))))
            {
                nameStart++;
            }
            // "Après la diaspora forestière qui a évoqué 300 morts": the name stands after the preposition that opens its stretch.
            var stretch = StretchStart(first, before);
            if (named == SpeakerKind.None && stretch + 1 < before && Lexicon.PhraseStops.Match(Tokens, stretch, out _, out var stopEnd)
                && Lexicon.Determiners.Match(Tokens, stopEnd, out _, out _))
            {
                return Speaker(stopEnd, before, before, out nameStart, out nameEnd);
            }

            return named;
        }

        start = SkipOccasions(SkipOpeners(start, end), end);
        start = SkipInvertedVerb(start, end);
        start = SelfReferenceAfterVerb(start, end);
        if (start >= end || IsAside(start, end))
        {
            // ", in February, revealed", "L'ambassade à Bamako, au Mali, annonce": the stretch is an aside, the name stands before it.
            var comma = StretchStart(first, end) - 1;
            // "North Sumatra, the disaster agency said, recorded 166 deaths": an aside that is an attribution speaks for the
            // clause; the verb after it takes no speaker of its own.
            if (comma > first && article.IsComma(comma) && Lexicon.SourceVerbs.MatchBefore(Tokens, comma, out _, out var saidStart)
                && saidStart > first && !Tokens[saidStart].Upper && !article.IsBreakAt(saidStart - 1))
            {
                return SpeakerKind.None;
            }

            if (comma > first && article.IsComma(comma)
                && Before(first, comma, out nameStart, out nameEnd) is var named and not SpeakerKind.None && OpensLikeName(nameStart))
            {
                return named;
            }

            return SpeakerKind.None;
        }

        // "Andriy Parubiy, chairman of the council, said", "Vadym Skibitsky, un porte-parole de l'agence, a déclaré",
        // "Dmytro Kuleba, Ukraine's foreign minister, said". A title is set off by a comma on both sides: in "The Gaza Strip,
        // the health ministry said, has lost 12 hospitals" the words between the commas are the speaker, an aside.
        if (start - 1 > first && article.IsComma(start - 1) && Tokens[start].Kind == TokenKind.Word
            && (!Tokens[start].Upper || PossessiveDescription(start, end)) && (article.HasComma(end, verb + 1) || !AsideCloses(verb)))
        {
            var titleComma = start - 1;
            var nameFirst = StretchStart(first, titleComma);
            var opensClause = nameFirst == first || article.IsBreak(Tokens[nameFirst - 1]);
            // "les Comores, pays insulaire d'Afrique de l'Est, ont signalé": a determiner may open the name.
            var capitalFirst = Lexicon.Determiners.Match(Tokens, nameFirst, out _, out var afterDeterminer) && afterDeterminer < titleComma
                ? afterDeterminer
                : nameFirst;
            if (nameFirst < titleComma && IsCapitalisedName(capitalFirst, titleComma) && IsSpeakerPhrase(nameFirst, titleComma)
                && (!IsFunction(start) || (opensClause && (titleComma - nameFirst >= 2 || ClosedApposition(nameFirst, verb)))))
            {
                return Speaker(nameFirst, titleComma, titleComma, out nameStart, out nameEnd);
            }

            // "L'entourage de Marisol Touraine, la ministre de la Santé, a indiqué": a person's name closing the stretch
            // before the title is whom the title describes, and the source; what stands before it ("l'entourage de") a role.
            // The title must be set off by a comma before the verb too: "Twelve people died in the Gaza Strip, the health
            // ministry said" names no one before its speaker.
            var person = titleComma;
            while (person > nameFirst && Tokens[person - 1].Kind == TokenKind.Word && Tokens[person - 1].Upper && !article.IsAcronym(person - 1))
            {
                person--;
            }

            if (opensClause && titleComma - person >= 2 && person > nameFirst && IsFunction(person - 1) && article.IsComma(verb))
            {
                return Speaker(person, titleComma, titleComma, out nameStart, out nameEnd);
            }
        }

        return Speaker(start, end, end, out nameStart, out nameEnd);
    }

    /// <summary>"Ukraine's foreign minister": a name's possessive before a common noun opens a description, not a name.</summary>
    private bool PossessiveDescription(int start, int end) =>
        start + 2 < end && article.IsPossessive(start + 1) && Tokens[start + 2] is { Kind: TokenKind.Word, Upper: false };

    /// <summary>"Globex, the biggest chip maker, said": a one-word name whose description is closed by a comma before the
    /// verb is set off as a whole, so the name before it is the speaker.</summary>
    private bool ClosedApposition(int nameFirst, int verb) => article.IsComma(verb) && Tokens[nameFirst].Upper;

    /// <summary>
    /// The opening mark of a name set in quotation marks right before <paramref name="end"/>, after its determiner ("la «
    /// Commission nationale … »"); else -1. A quotation of words said ends with a verb or a full stop, not a determiner before it.
    /// </summary>
    public int QuotedName(int first, int end)
    {
        var tokens = Tokens;
        var close = end - 1;
        if (close <= first || !article.IsQuote(close) || article.OpensQuote(close))
        {
            return -1;
        }

        for (var k = close - 1; k > first && close - k <= MaxNameTokens; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && article.IsBreak(tokens[k]))
            {
                return article.IsQuote(k) && article.OpensQuote(k) && k + 1 < close && tokens[k + 1].Upper
                    && Lexicon.Determiners.Match(tokens, k - 1, out _, out var after) && after == k
                    ? k
                    : -1;
            }
        }

        return -1;
    }

    /// <summary>Back from <paramref name="end"/> to the break, relative pronoun, subordinate opener or number before it.</summary>
    private int StretchStart(int first, int end)
    {
        var start = end;
        // "LONDON - The Office for National Statistics said": the dateline says where the dispatch was filed from.
        while (start > first && end - start < MaxNameTokens && !article.IsBreakAt(start - 1) && !article.IsRelative(start - 1)
            && (Tokens[start - 1].Kind != TokenKind.Number || NumberInName(start - 1)) && !(Lexicon.Subordinators.Match(Tokens, start - 1, out _, out _) && !Lexicon.DatingPrepositions.Match(Tokens, start - 1, out _, out _))
            && !article.InDateline(start - 1))
        {
            start--;
        }

        return start;
    }

    /// <summary>"Vladimir Putin on Friday", "le ministère dans un communiqué": the name ends at the occasion.</summary>
    private int CutAtOccasion(int start, int end)
    {
        var tokens = Tokens;
        for (var p = start + 1; p < end; p++)
        {
            // "Information Center for Human Rights": a stop word between capitalised words is inside the name; "un bilan
            // publié dimanche par le ministère": an occasion dating a document's participle leads on to its author.
            if (tokens[p].Kind == TokenKind.Word && !tokens[p].Upper && StopsPhrase(p)
                && !Lexicon.AsideParticiples.Match(tokens, p - 1, out _, out _)
                && !(tokens[p - 1].Upper && p + 1 < end && tokens[p + 1].Upper && !Lexicon.NotNames.Match(tokens, p + 1, out _, out _))
                && !InsideKnownName(p) && !InstitutionGoesOn(start, p, end) && !RoleGoesOn(p, end))
            {
                return p;
            }

            // "Economists polled by Reuters had expected": the speakers, not who polled them; a document's participle
            // ("data released by the Labor Department") leads to its author instead.
            if (tokens[p].Kind == TokenKind.Word && !tokens[p].Upper && Lexicon.AsideParticiples.Match(tokens, p, out _, out var participleEnd)
                && participleEnd < end && Lexicon.Agents.Match(tokens, participleEnd, out _, out _) && !NamesDocument(start, p))
            {
                return p;
            }

            if (Dates(p))
            {
                return p;
            }
        }

        return end;
    }

    /// <summary>
    /// Adverbs, auxiliaries and a bracketed acronym between a name and its verb: "the office officially", "X has also",
    /// "Poutine lui", "l'Agence des États-Unis pour le développement international (USAID)".
    /// </summary>
    private int StripTrailing(int first, int end)
    {
        var tokens = Tokens;
        for (var guard = 0; guard < MaxAdverbs + 1 && end > first; guard++)
        {
            var last = end - 1;
            if (Lexicon.Auxiliaries.MatchBefore(tokens, end, out _, out var auxiliaryStart) && auxiliaryStart > first)
            {
                end = auxiliaryStart;
            }
            else if (tokens[last].Kind == TokenKind.Symbol && article.Text[tokens[last].Start] == ')' && Bracket(first, last) is var open and > 0)
            {
                end = open;
            }
            else if ((Lexicon.Adverbs.MatchBefore(tokens, end, out _, out var adverbStart) || Lexicon.VerbSideAdverbs.MatchBefore(tokens, end, out _, out adverbStart))
                && adverbStart > first)
            {
                end = adverbStart;
            }
            else if (verbs.IsAdverbBySuffix(last, afterAuxiliary: false) && last > first && !IsFunction(last - 1))
            {
                end = last;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private int SkipOpeners(int start, int end)
    {
        var tokens = Tokens;
        // A number opening the name counts its speakers ("42 professional forecasters"): it stays.
        while (start < end && ((tokens[start].Kind != TokenKind.Word && !(tokens[start].Kind == TokenKind.Number && start + 1 < end && tokens[start + 1].Kind == TokenKind.Word))
            || Lexicon.LeadingStrip.Match(tokens, start, out _, out _)
            || Lexicon.Subordinators.Match(tokens, start, out _, out _)))
        {
            start = Lexicon.Subordinators.Match(tokens, start, out _, out var openerEnd) ? openerEnd : start + 1;
        }

        return start;
    }

    private int SkipOccasions(int start, int end)
    {
        while (start < end && article.OccasionAt(start, end, out var occasionEnd) && occasionEnd < end)
        {
            // "Yesterday's ADP report showed": the occasion's possessive mark goes with it.
            start = occasionEnd + 1 < end && article.IsPossessive(occasionEnd) ? occasionEnd + 1 : occasionEnd;
        }

        return start;
    }

    /// <summary>A phrase that opens like a name: on a determiner ("le ministère") or a capitalised word ("Volodymyr Zelensky").</summary>
    private bool OpensLikeName(int start) =>
        Tokens[start].Kind == TokenKind.Word && ((Tokens[start].Upper && !Lexicon.NotNames.Match(Tokens, start, out _, out _))
            || Lexicon.Determiners.Match(Tokens, start, out _, out _));

    /// <summary>The "(" a few words before the ")" at <paramref name="close"/>, when the brackets hold a short name ("(USAID)").</summary>
    private int Bracket(int first, int close)
    {
        for (var k = close - 1; k > first && k >= close - 6; k--)
        {
            if (Tokens[k].Kind == TokenKind.Symbol && article.Text[Tokens[k].Start] == '(')
            {
                return k;
            }
        }

        return -1;
    }
}
