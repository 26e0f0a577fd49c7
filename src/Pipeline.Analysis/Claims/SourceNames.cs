using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Where the name of who speaks starts and ends. A source is a name or a noun phrase ("le ministère", "Russian President
/// Vladimir Putin"): never a conjunction or a subordinate opener before it ("when", "lorsque"), an occasion after it
/// ("on Friday", "mardi"), an adverb ("officially"), a document standing for its author ("un bilan fourni par la
/// préfecture" is la préfecture), nor a name cut in the middle ("the Office of the"): the whole name or nothing.
/// </summary>
internal sealed class SourceNames(ClaimTokens article, ReportingVerbs verbs)
{
    /// <summary>How far a name is read before it is judged cut; a name still open there may run on to <see cref="MaxNameTokens"/>.
    /// A department and its institution take twelve ("la direction de la communication de l'Etat-major des armées").</summary>
    private const int MaxPhraseTokens = 12;
    private const int MaxNameTokens = 16;
    private const int MaxAdverbs = 3;

    private List<Token> Tokens => article.Tokens;

    private ClaimLexicon Lexicon => article.Lexicon;

    /// <summary>The name after an introducer ("selon le ministère"), or after an inverted verb once its asides are passed.</summary>
    public SpeakerKind After(int start, int limit, bool inverted, out int nameStart, out int nameEnd)
    {
        nameStart = nameEnd = start;
        if (inverted)
        {
            start = SkipAsides(start, limit);
        }

        if (start < 0 || start >= limit || StopsPhrase(start))
        {
            return SpeakerKind.None;
        }

        if (!inverted && DocumentShareEnd(start, limit) is var share and >= 0)
        {
            start = share;
        }

        var counted = !inverted && OpensOnCount(start, limit);
        var end = PhraseEnd(start, limit, counted);
        // "les résultats rendus publics ce | jeudi": a determiner left before a stop belongs to the next phrase.
        while (end > start + 1 && Lexicon.Determiners.Match(Tokens, end - 1, out _, out var determinerEnd) && determinerEnd == end)
        {
            end--;
        }

        // ", said the attack was repelled": after an inverted verb, words that go on with a verb of their own are what was
        // said, not who says it. A stop that ends the name is no such verb, though it may read as one ("à propos" as "a").
        if (inverted && HasVerb(start, end < limit && !StopsPhrase(end) ? end + 1 : end))
        {
            return SpeakerKind.None;
        }

        return Speaker(start, CutAtPollster(start, end), limit, out nameStart, out nameEnd);
    }

    /// <summary>
    /// Where the document starts after a share of it that opens the phrase ("the 30% of | the results compiled …", "80 %
    /// des | résultats"): the document, not its share, names who says so. Else -1.
    /// </summary>
    public int DocumentShareEnd(int start, int limit)
    {
        var tokens = Tokens;
        var k = Lexicon.Determiners.Match(tokens, start, out _, out var afterDeterminer) ? afterDeterminer : start;
        if (k + 1 >= limit || tokens[k].Kind != TokenKind.Number || !Lexicon.DocumentShares.Match(tokens, k + 1, out _, out var document)
            || document >= limit)
        {
            return -1;
        }

        var head = Lexicon.Determiners.Match(tokens, document, out _, out var afterArticle) ? afterArticle : document;
        return head < limit && Lexicon.Documents.Match(tokens, head, out _, out _) ? document : -1;
    }

    /// <summary>
    /// Whether a determiner or a capitalised word follows: no participle does, so the word before is no auxiliary but a
    /// preposition it folds to (", a confié un habitant à l'AFP", "a indiqué Jean Martin à Paris").
    /// </summary>
    private bool OpensNounPhrase(int k) =>
        k < Tokens.Count && Tokens[k].Kind == TokenKind.Word && (Tokens[k].Upper || Lexicon.Determiners.Match(Tokens, k, out _, out _));

    private bool HasVerb(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsOwnVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word is an auxiliary that goes on with a verb ("sont", "a été", "were"), no preposition it folds
    /// to before a noun phrase ("a Paris").</summary>
    private bool IsOwnVerb(int k) =>
        Tokens[k] is { Kind: TokenKind.Word, Upper: false }
        && (Lexicon.PassiveAuxiliaries.Match(Tokens, k, out _, out _)
            || (Lexicon.Auxiliaries.Match(Tokens, k, out _, out var auxiliaryEnd) && !OpensNounPhrase(auxiliaryEnd)));

    /// <summary>How many words may stand between a participle and its agent ("établi dimanche en fin de soirée | par").</summary>
    private const int ParticipleAgentReach = 6;

    /// <summary>Whether a participle of a reported count ("établi", "published") stands with no agent after it in its clause:
    /// it says when or how the count was made, not who made it.</summary>
    private bool UnattributedParticiple(int j, int limit)
    {
        if (Tokens[j].Upper || !Lexicon.AsideParticiples.Match(Tokens, j, out _, out var k))
        {
            return false;
        }

        for (var reach = 0; k < limit && reach <= ParticipleAgentReach && !article.IsBreakAt(k); k++, reach++)
        {
            if (Lexicon.Agents.Match(Tokens, k, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "according to 42 professional forecasters surveyed by the Federal Reserve Bank": the speakers, not who surveyed them;
    /// a document's participle ("les résultats publiés par la CENI") leads to its author instead, so it is kept.
    /// </summary>
    private int CutAtPollster(int start, int end)
    {
        var tokens = Tokens;
        for (var p = start + 1; p < end; p++)
        {
            if (tokens[p].Kind == TokenKind.Word && !tokens[p].Upper && Lexicon.AsideParticiples.Match(tokens, p, out _, out var participleEnd)
                && participleEnd < end && Lexicon.Agents.Match(tokens, participleEnd, out _, out _) && !NamesDocument(start, p))
            {
                return p;
            }
        }

        return end;
    }

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
        end = CutAtOccasion(start, end);
        end = StripTrailing(start, end);
        start = ListedNameStart(first, start, end);
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

    /// <summary>How many tokens after an aside's verb its closing comma may stand ("said on Monday,").</summary>
    private const int AsideVerbReach = 6;

    /// <summary>Whether a comma closes the clause of the verb at <paramref name="verb"/> before its sentence ends: "the
    /// health ministry said, has lost" is an aside; "Devendra Pincha, a local police officer said." lacks only a comma.</summary>
    private bool AsideCloses(int verb)
    {
        for (var k = verb + 1; k < Tokens.Count && k - verb <= AsideVerbReach && !Tokens[k].LineStart; k++)
        {
            if (article.IsComma(k))
            {
                return true;
            }

            if (Tokens[k].Kind == TokenKind.Symbol && article.Text[Tokens[k].Start] is '.' or '!' or '?')
            {
                return false;
            }
        }

        return false;
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

    /// <summary>
    /// "», insiste le ministère de la Santé, qui estime que …": a stretch that opens on an inverted reporting verb names its
    /// speaker after the verb.
    /// </summary>
    private int SkipInvertedVerb(int start, int end)
    {
        var tokens = Tokens;
        if (start >= end || tokens[start].Upper || tokens[start].Kind != TokenKind.Word)
        {
            return start;
        }

        if ((Lexicon.SourceVerbs.Match(tokens, start, out _, out var verbEnd)
                || (Lexicon.SourceBefore.Match(tokens, start, out var cue, out verbEnd) && cue == SourceCue.InvertedVerb)) && verbEnd < end)
        {
            return verbEnd;
        }

        return Lexicon.Auxiliaries.Match(tokens, start, out _, out var auxiliaryEnd) && auxiliaryEnd < end
            && Lexicon.Participles.Match(tokens, verbs.SkipAdverbs(auxiliaryEnd, end), out _, out var participleEnd) && participleEnd < end
            ? participleEnd
            : start;
    }

    /// <summary>
    /// "The central bank said it | expects": a speaker that speaks of itself after its own reporting verb; the name
    /// before the second verb is the pronoun, which stands for that speaker.
    /// </summary>
    private int SelfReferenceAfterVerb(int start, int end)
    {
        var tokens = Tokens;
        // "The agency said | Congo has reported": a reporting verb inside the stretch ends the outer speaker's words.
        for (var k = end - 2; k > start; k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Upper: false } && Lexicon.SourceVerbs.Match(tokens, k, out _, out var innerStart)
                && innerStart < end && tokens[innerStart].Kind == TokenKind.Word)
            {
                return Lexicon.ReportedClauses.Match(tokens, innerStart, out _, out var clauseEnd) && clauseEnd < end ? clauseEnd : innerStart;
            }
        }

        var pronoun = end - 1;
        if (pronoun <= start || !Lexicon.SpeakerPronouns.Match(tokens, pronoun, out _, out var pronounEnd) || pronounEnd != end)
        {
            return start;
        }

        var verb = pronoun - 1;
        if (Lexicon.ReportedClauses.MatchBefore(tokens, pronoun, out _, out var clauseStart) && clauseStart > start)
        {
            verb = clauseStart - 1;
        }

        return tokens[verb].Kind == TokenKind.Word && !tokens[verb].Upper && Lexicon.SourceVerbs.MatchBefore(tokens, verb + 1, out _, out var verbStart)
            && verbStart > start
            ? pronoun
            : start;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> follows a relative clause between commas on the noun phrase that opens
    /// the sentence ("Le ministre, qui dirige 35 services, a annoncé"): its subject's verb. After a clause with a verb of
    /// its own ("Le feu a détruit la forêt, qui couvrait 300 hectares, a précisé le préfet") the verb is set in before its
    /// speaker instead.
    /// </summary>
    public bool FollowsSubjectAside(int first, int verb) =>
        RelativeAside(first, verb) is var aside and >= 0 && StretchStart(first, aside) == first && ClauseVerb(first, aside) < 0;

    /// <summary>The comma opening a relative clause that ends with a comma right before <paramref name="verb"/>; else -1.</summary>
    private int RelativeAside(int first, int verb)
    {
        var close = verb - 1;
        if (close <= first || !article.IsComma(close))
        {
            return -1;
        }

        for (var j = close - 1; j > first; j--)
        {
            if (!article.IsBreakAt(j))
            {
                continue;
            }

            return article.IsComma(j) && j + 1 < close && article.IsRelative(j + 1) && !Lexicon.Subordinators.Match(Tokens, j + 1, out _, out _)
                ? j
                : -1;
        }

        return -1;
    }

    /// <summary>
    /// A stretch between commas that is no speaker: one opening on a preposition ("au Mali", "in February") or on a
    /// participle describing the name before ("The study, published Tuesday by …, said"), or a name
    /// that goes on with the place before it ("L'ambassade à Cotonou, Bénin, annonce").
    /// </summary>
    private bool IsAside(int start, int end)
    {
        var tokens = Tokens;
        // ", fin juillet,", ", last week,": a time between commas is an aside too.
        if (StopsPhrase(start) || Lexicon.Prepositions.Match(tokens, start, out _, out _)
            || (Lexicon.Occasions.Match(tokens, start, out _, out var occasionEnd) && OnlyOccasions(occasionEnd, end))
            || Lexicon.LocationIntros.Match(tokens, start, out _, out _) || Lexicon.AsideParticiples.Match(tokens, start, out _, out _))
        {
            return true;
        }

        // "à Cotonou, Bénin": a lone place after a place introduced by "à", "in".
        var comma = start - 1;
        if (comma < 2 || !article.IsComma(comma) || !IsPlace(start, end))
        {
            return false;
        }

        var placeStart = comma - 1;
        while (placeStart > 0 && Tokens[placeStart - 1].Kind == TokenKind.Word && Tokens[placeStart - 1].Upper)
        {
            placeStart--;
        }

        return placeStart > 0 && Tokens[placeStart].Upper && Lexicon.LocationIntros.Match(tokens, placeStart - 1, out _, out _);
    }

    /// <summary>Whether nothing but more occasion words stands from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private bool OnlyOccasions(int start, int end)
    {
        while (start < end && Lexicon.Occasions.Match(Tokens, start, out _, out var next))
        {
            start = next;
        }

        return start >= end;
    }

    /// <summary>Whether the words are a place the lexicon or the entities know.</summary>
    private bool IsPlace(int start, int end)
    {
        if (Lexicon.Places.Match(Tokens, start, out _, out var placeEnd) && placeEnd == end)
        {
            return true;
        }

        var (from, to) = (Tokens[start].Start, Tokens[end - 1].End);
        foreach (var entity in article.EntityIndex.Around(from))
        {
            if (entity.Type == Entities.EntityType.Place && entity.Start <= from && to <= entity.End)
            {
                return true;
            }
        }

        return false;
    }

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

    private int SkipOccasions(int start, int end)
    {
        while (start < end && article.OccasionAt(start, end, out var occasionEnd) && occasionEnd < end)
        {
            // "Yesterday's ADP report showed": the occasion's possessive mark goes with it.
            start = occasionEnd + 1 < end && article.IsPossessive(occasionEnd) ? occasionEnd + 1 : occasionEnd;
        }

        return start;
    }

    /// <summary>What a phrase names: the speaker before ("il", "la même source"), nobody ("on", "nous"), or a name.</summary>
    private SpeakerKind Speaker(int start, int end, int limit, out int nameStart, out int nameEnd)
    {
        start = SkipOpeners(start, end);
        nameStart = start;
        nameEnd = end;
        if (start >= end)
        {
            return SpeakerKind.None;
        }

        if (IsExactly(Lexicon.SameSource, start, end))
        {
            return SpeakerKind.SameSource;
        }

        if (IsExactly(Lexicon.SpeakerPronouns, start, end))
        {
            return SpeakerKind.Pronoun;
        }

        // "a indiqué ce haut responsable administratif local", "this official said": a demonstrative and common nouns
        // point back to the speaker named before, like "la même source".
        // A document so pointed at ("selon ces chiffres") is named as written.
        if (Lexicon.Anaphoric.Match(Tokens, start, out _, out var nounStart) && nounStart < end && AllLowerCase(nounStart, end)
            && !Lexicon.Documents.Match(Tokens, nounStart, out _, out _))
        {
            return SpeakerKind.SameSource;
        }

        // "On estime", "nous affirmons", "it said": a pronoun that names nobody; "this official" is a name.
        if (Lexicon.Pronouns.Match(Tokens, start, out _, out _) && !article.IsAcronym(start)
            && !(end - start > 1 && Lexicon.Determiners.Match(Tokens, start, out _, out _)))
        {
            return SpeakerKind.None;
        }

        return Refine(start, end, limit, out nameStart, out nameEnd) ? SpeakerKind.Named : SpeakerKind.None;
    }

    private bool AllLowerCase(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Tokens[k].Upper)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "détaille le ministère", "selon la Commission": a determiner and one noun standing alone name again whom the text
    /// named in full a little before ("le ministère congolais de la Santé", "la « Commission nationale pour la réduction
    /// des catastrophes »"); the source is that fuller name. An earlier phrase that adds no capitalised word ("le
    /// gouvernement américain") names no one more precisely, so it is not taken.
    /// </summary>
    public (int Start, int End) Fuller(int nameStart, int nameEnd, int lowest)
    {
        var tokens = Tokens;
        if (nameEnd - nameStart != 2 || !Lexicon.Determiners.Match(tokens, nameStart, out _, out var noun) || noun != nameEnd - 1
            || tokens[noun].Kind != TokenKind.Word)
        {
            return (nameStart, nameEnd);
        }

        var head = article.Text.AsSpan(tokens[noun].Start, tokens[noun].Length);
        for (var k = nameStart - 1; k > lowest; k--)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Length != head.Length
                || !article.Text.AsSpan(tokens[k].Start, tokens[k].Length).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "la « Commission … »": the name may stand in quotation marks after its determiner.
            var opening = k - 1;
            var quoted = opening >= 0 && article.IsQuote(opening) && article.OpensQuote(opening);
            if (quoted)
            {
                opening--;
            }

            if (opening < 0 || opening < lowest || !Lexicon.Determiners.Match(tokens, opening, out _, out var after) || after != (quoted ? k - 1 : k))
            {
                continue;
            }

            // Quoted, the name runs to its closing mark; else to its last capitalised word ("le ministère congolais de la
            // Santé | a publié").
            var end = PhraseEnd(k, Math.Min(tokens.Count, k + MaxNameTokens));
            if (!quoted)
            {
                while (end > k + 1 && !(tokens[end - 1].Kind == TokenKind.Word && tokens[end - 1].Upper))
                {
                    end--;
                }
            }
            else if (end >= tokens.Count || !article.IsQuote(end))
            {
                continue;
            }

            if (end > k + 1 && !IsFunction(end - 1) && !HoldsVerb(k + 1, end))
            {
                return (quoted ? k : opening, end);
            }
        }

        return (nameStart, nameEnd);
    }

    /// <summary>
    /// "The official" after "a senior Health Ministry official", "the ministry" after "the Transport Ministry", "le journal
    /// économique" after "le journal les Echos": a definite description (a definite determiner and common words, no name)
    /// names again the last name the text wrote with the description's head noun, as the name's own head ("Transport
    /// Ministry"), as the title or type set before it ("Health Minister JP Nadda", "le journal les Echos"), or as the noun
    /// a name qualifies ("Health Ministry official"). Else the description is returned as it stands.
    /// </summary>
    public (int Start, int End) NamedBefore(int start, int end)
    {
        var tokens = Tokens;
        if (!Lexicon.DescriptionDeterminers.Match(tokens, start, out _, out var first) || first >= end)
        {
            return (start, end);
        }

        for (var k = first; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Upper || IsFunction(k) || IsLink(k))
            {
                return (start, end);
            }
        }

        // "the latest survey": a document is one of many, each new one its own; "the forecasters", a plural, are a group
        // of people, not the one body a name names.
        var head = Lexicon.HeadFirst ? first : end - 1;
        var word = article.Text.AsSpan(tokens[head].Start, tokens[head].Length);
        if (Lexicon.Documents.Match(tokens, head, out _, out _) || (Lexicon.Words is { } forms && forms.TryRead(word, out var form) && form.Inflected))
        {
            return (start, end);
        }

        for (var k = start - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length == word.Length
                && article.Text.AsSpan(tokens[k].Start, tokens[k].Length).Equals(word, StringComparison.OrdinalIgnoreCase)
                && NameWith(k) is { } name)
            {
                return name;
            }
        }

        return (start, end);
    }

    /// <summary>The name written with the noun at <paramref name="k"/>: capitalised words before it ("the Transport
    /// Ministry", "Health Ministry official") and, when it is capitalised itself, after it ("Ministry of Health", "Minister
    /// JP Nadda"); in a language whose head comes first, the name set right after the noun ("journal les Echos",
    /// "l'agence Reuters"). Null when no capitalised word but the noun names anything.</summary>
    private (int Start, int End)? NameWith(int k)
    {
        var tokens = Tokens;
        // A capital that opens a sentence, or a headline's Title Case, says nothing of a name.
        if ((tokens[k].Upper && OpensSentence(k)) || Lexicon.TitleLines.Holds(article.Text, tokens, k))
        {
            return null;
        }

        var from = k;
        while (from > 0 && tokens[from - 1] is { Kind: TokenKind.Word, Upper: true } && !Lexicon.Determiners.Match(tokens, from - 1, out _, out _)
            && !article.IsBreakAt(from - 1) && !tokens[from].LineStart)
        {
            from--;
        }

        var to = k + 1;
        if (tokens[k].Upper || from < k)
        {
            while (to < tokens.Count && !article.IsBreakAt(to) && !OpensLine(k, to)
                && (tokens[to] is { Kind: TokenKind.Word, Upper: true } || (tokens[k].Upper && IsFunction(to) && CapitalAhead(to) && to + 1 < tokens.Count && !article.IsBreakAt(to + 1))))
            {
                to++;
            }
        }
        else if (Lexicon.HeadFirst || ClassifiesName(k))
        {
            from = k + 1;
            if (from + 1 < tokens.Count && !tokens[from].LineStart && Lexicon.NameArticles.Match(tokens, from, out _, out var afterArticle) && afterArticle == from + 1)
            {
                to = afterArticle;
            }

            while (to < tokens.Count && tokens[to] is { Kind: TokenKind.Word, Upper: true } && !article.IsBreakAt(to) && !OpensLine(k, to))
            {
                to++;
            }
        }

        // The name must hold a capitalised word other than the noun that is no sentence's opening word.
        for (var j = from; j < to; j++)
        {
            if (j != k && tokens[j] is { Kind: TokenKind.Word, Upper: true } && (!OpensSentence(j) || article.IsAcronym(j)) && !IsFunction(j))
            {
                // "the Transport Ministry": the determiner before the name opens it.
                if (from > 0 && from <= k && Lexicon.Determiners.Match(tokens, from - 1, out _, out var afterDeterminer) && afterDeterminer == from)
                {
                    from--;
                }

                return (from, to);
            }
        }

        return null;
    }

    /// <summary>Whether a word of the stretch is a reporting or forecasting verb: "the forecasters | predicted real GDP"
    /// names no longer speaker than "the forecasters".</summary>
    private bool HoldsVerb(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && !Tokens[k].Upper && (Lexicon.IsVerbWord(Tokens[k].Id) || Lexicon.IsAuxiliaryWord(Tokens[k].Id)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the tokens are exactly one phrase of the table ("il", "la même source").</summary>
    private bool IsExactly(PhraseTable<bool> table, int start, int end) => table.Match(Tokens, start, out _, out var matchEnd) && matchEnd == end;

    /// <summary>The name read forward: up to a break, a relative pronoun or a word it stops before.</summary>
    private int PhraseEnd(int start, int limit, bool counted = false)
    {
        var tokens = Tokens;
        var j = start;
        var words = 0;
        while (j < limit && words < MaxPhraseTokens && !OpensLine(start, j))
        {
            if (article.IsBreakAt(j))
            {
                // "according to the Meteorology, | Climatology and Geophysics Agency": a listed name holds its commas.
                if (ListedNameEnd(start, j, limit) is var listed and >= 0)
                {
                    return listed;
                }

                break;
            }

            // "le bilan – provisoire, selon le ministère | – s'élève à 40", "précise l'OFS | - a progressé": a dash set apart
            // closes the aside the name stands in, unless a name goes on after it ("Task Force - Operation Inherent Resolve").
            if (j > start && article.IsSpacedDash(j) && !(j + 1 < limit && Tokens[j + 1] is { Kind: TokenKind.Word, Upper: true }))
            {
                return j;
            }

            // "selon Oryx et | 40 avions selon le ministère": a number starts what is said next, unless it opens the name
            // after an introducer as a count of its speakers ("according to 42 professional forecasters").
            if (tokens[j].Kind == TokenKind.Number && !(j == start && counted) && !(j > start && NumberInName(j)))
            {
                while (j > start && Lexicon.LeadingStrip.Match(tokens, j - 1, out _, out _))
                {
                    j--;
                }

                return BeforeDatedParticiple(start, j);
            }

            if (tokens[j].Kind == TokenKind.Word)
            {
                // "M. Dah | joint au téléphone": after a name, a participle saying how the speaker was reached ends it.
                if (j > start && tokens[j - 1].Upper && !tokens[j].Upper && Lexicon.AsideParticiples.Match(tokens, j, out _, out _))
                {
                    return j;
                }

                // "les hausses citées par l'OFS | sont les melons", "le bilan de la préfecture | établi peu après 21 heures": a
                // verb of the clause's own, or a participle that says how the count was made with no agent after it, ends the name.
                if (j > start && !IsFunction(j - 1) && (IsOwnVerb(j) || UnattributedParticiple(j, limit)))
                {
                    return j;
                }

                // "un responsable américain | cité par CNN": an introducer of its own names the medium, not this speaker.
                if (article.IsRelative(j) || (j > start && ((StopsPhrase(j) && !InsideKnownName(j) && !DatesDocument(j) && !InstitutionGoesOn(start, j, limit) && !RoleGoesOn(j, limit)
                    && !AcronymCloses(start, j, limit))
                    || (Lexicon.SourceBefore.Match(tokens, j, out var cue, out _) && cue is not (SourceCue.InvertedVerb or SourceCue.Opening or SourceCue.SentenceOpening)) || Dates(j)
                    || OpensNextPhrase(start, j))))
                {
                    return j;
                }

                words++;
            }

            j++;
        }

        // Cut by length: a name still open runs on through its words ("the Office of the | U.N. High Commissioner",
        // "le Haut-Commissariat de l'ONU aux droits | de l'Homme").
        while (j < limit && words < MaxNameTokens && !article.IsBreakAt(j) && !OpensLine(start, j) && tokens[j].Kind != TokenKind.Number
            && !article.IsRelative(j) && !StopsPhrase(j)
            && (IsFunction(j - 1) || tokens[j].Upper || tokens[j].Kind == TokenKind.Symbol || (IsFunction(j) && CapitalAhead(j))))
        {
            words += tokens[j].Kind == TokenKind.Word ? 1 : 0;
            j++;
        }

        return j;
    }

    /// <summary>"a Wednesday report from the bureau": a day between a determiner and a document says when it came out; it
    /// is no occasion of the verb that ends the speaker's name.</summary>
    private bool DatesDocument(int j) =>
        j > 0 && Lexicon.Determiners.Match(Tokens, j - 1, out _, out var determinerEnd) && determinerEnd == j
        && Lexicon.Occasions.Match(Tokens, j, out _, out var occasionEnd) && occasionEnd == j + 1 && occasionEnd < Tokens.Count
        && Lexicon.Documents.Match(Tokens, occasionEnd, out _, out _);

    /// <summary>Whether the token opens a line after the phrase's first: a headline with no full stop ("… selon la CGT") ends
    /// its names there, and the next paragraph's first words ("Le ministère de l'Intérieur indique") are no part of them.</summary>
    private bool OpensLine(int start, int j) => j > start && Tokens[j].LineStart;

    /// <summary>Whether a phrase stops before the word at <paramref name="j"/> ("le ministère | sur l'application"); one
    /// glued by a hyphen to the next word opens a compound noun instead ("le sous-préfet", "le sous-directeur").</summary>
    private bool StopsPhrase(int j) => Lexicon.PhraseStops.Match(Tokens, j, out _, out _) && !OpensCompound(j);

    /// <summary>Whether the word is glued by a hyphen to the next one, the first part of a compound ("sous-préfet").</summary>
    private bool OpensCompound(int j) =>
        j + 2 < Tokens.Count && Tokens[j + 1] is { Kind: TokenKind.Symbol, Adjacent: true } && article.Text[Tokens[j + 1].Start] == '-'
        && Tokens[j + 2].Adjacent;

    /// <summary>"a statement from the elections office | released today": a participle that dates what is said ends the
    /// name, unless its agent follows ("un bilan publié dimanche par le ministère" leads on to its author).</summary>
    private bool Dates(int j) =>
        Tokens[j].Kind == TokenKind.Word && !Tokens[j].Upper && Lexicon.AsideParticiples.Match(Tokens, j, out _, out var participleEnd)
        && Lexicon.Occasions.Match(Tokens, participleEnd, out _, out var occasionEnd)
        && !Lexicon.Agents.Match(Tokens, occasionEnd, out _, out _);

    /// <summary>A lower-case article right after a noun of the name starts the next phrase ("selon le ministère | le taux"),
    /// unless the noun classifies the name set after it ("le journal les Echos").</summary>
    private bool OpensNextPhrase(int start, int j) =>
        j > start + 1 && !Tokens[j].Upper && Tokens[j - 1].Kind == TokenKind.Word && !IsFunction(j - 1)
        && Lexicon.PhraseArticles.Match(Tokens, j, out _, out var after)
        && !(ClassifiesName(j - 1) && after < Tokens.Count && Tokens[after] is { Kind: TokenKind.Word, Upper: true });

    /// <summary>Whether the word is a lower-case noun naming what kind of body a name is ("journal", "agency").</summary>
    private bool ClassifiesName(int k) =>
        Tokens[k] is { Kind: TokenKind.Word, Upper: false } token && token.Id >= 0 && Lexicon.NameClassifiers.Contains(token.Id);

    /// <summary>
    /// "le journal les Echos", "the state news agency Xinhua": where the name set after a noun of its kind starts, when the
    /// name runs to the end of the words; else <paramref name="start"/>. The source is the shortest form that names it.
    /// </summary>
    private int ClassifiedName(int start, int end)
    {
        for (var k = start; k + 1 < end; k++)
        {
            if (!ClassifiesName(k))
            {
                continue;
            }

            var name = Lexicon.NameArticles.Match(Tokens, k + 1, out _, out var afterArticle) && afterArticle < end ? afterArticle : k + 1;
            if (!Tokens[name].Upper)
            {
                return start;
            }

            for (var j = name; j < end; j++)
            {
                if (Tokens[j].Kind == TokenKind.Word && !Tokens[j].Upper && !IsFunction(j))
                {
                    return start;
                }
            }

            return k + 1;
        }

        return start;
    }

    /// <summary>Whether the words name a document and no one who writes it ("the latest survey", "le dernier bilan"): no
    /// capitalised name past the sentence's first word, no speaker, role or authority noun.</summary>
    public bool NamesDocumentOnly(int start, int end)
    {
        if (!NamesDocument(start, end))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            // A document noun the speaker list also holds ("survey") is still the document.
            if (Tokens[k].Kind == TokenKind.Word && ((Tokens[k].Upper && !(OpensSentence(k) && IsOpeningWord(k)))
                || (NamesSpeakerNoun(k) && !Lexicon.Documents.Match(Tokens, k, out _, out _))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the words name a toll and no one who drew it up, nor mark it as an earlier one ("Le bilan actuel", "le
    /// bilan provisoire établi", "the toll"): the count the article gives, not a speaker. "Un précédent bilan", "an earlier
    /// tally" stay, a report set beside the current count, and so does one whose author follows it after a participle
    /// ("le bilan annoncé plus tôt par le président", within <paramref name="limit"/>).
    /// </summary>
    public bool OwnTally(int start, int end, int limit)
    {
        var tally = false;
        for (var k = start; k < end; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || article.IsOf(k) || Lexicon.EarlierMarks.Match(Tokens, k, out _, out _))
            {
                return false;
            }

            tally |= Lexicon.Tallies.Match(Tokens, k, out _, out _);
        }

        return tally && NamesDocumentOnly(start, end) && AgentAfterParticiple(end, limit) < 0;
    }

    /// <summary>How many words may stand between a document's participle and its agent ("rendus publics samedi 4 mai par").</summary>
    private const int PublishedGap = 8;

    /// <summary>
    /// Where the author starts of a document named without one and followed, after a comma, by a participle that makes it
    /// public and its agent ("les résultats provisoires (du 29 avril), rendus publics samedi par | la CENI", "the results,
    /// released on Sunday by | the commission"); else -1.
    /// </summary>
    public int PublishedBy(int start, int end, int limit)
    {
        var tokens = Tokens;
        var comma = end;
        while (comma < limit && comma - end < PublishedGap && !article.IsBreakAt(comma))
        {
            comma++;
        }

        return comma < limit && article.IsComma(comma) && NamesDocumentOnly(start, end) ? AgentAfterParticiple(comma + 1, limit) : -1;
    }

    /// <summary>Where the agent's words start after a participle at <paramref name="participle"/> that makes a document
    /// public or draws it up ("rendus publics samedi par | la CENI", "annoncé plus tôt par | le président"); else -1.</summary>
    private int AgentAfterParticiple(int participle, int limit)
    {
        var tokens = Tokens;
        if (participle >= limit || tokens[participle] is not { Kind: TokenKind.Word, Upper: false }
            || !(Lexicon.AsideParticiples.Match(tokens, participle, out _, out var k) || Lexicon.PassiveParticiples.Match(tokens, participle, out _, out k)))
        {
            return -1;
        }

        for (; k < limit && k - participle <= PublishedGap && !article.IsBreakAt(k); k++)
        {
            if (Lexicon.Agents.Match(tokens, k, out _, out var agentEnd))
            {
                return agentEnd < limit ? agentEnd : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a word of the stretch is a document ("data", "un bilan"), read as its author's words.</summary>
    private bool NamesDocument(int start, int end)
    {
        for (var d = start; d < end; d++)
        {
            if (Tokens[d].Kind == TokenKind.Word && Lexicon.Documents.Match(Tokens, d, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "selon le décompte du HCR arrêté au | 19 avril": a participle that dates the count ends the name before it.
    /// </summary>
    private int BeforeDatedParticiple(int start, int cut)
    {
        var k = cut;
        while (k > start + 1 && IsFunction(k - 1))
        {
            k--;
        }

        return k < cut && Lexicon.AsideParticiples.Match(Tokens, k - 1, out _, out var participleEnd) && participleEnd == k ? k - 1 : cut;
    }

    /// <summary>How many words may come before a quantity's noun in a phrase ("the highest | number of").</summary>
    private const int QuantityHeadReach = 3;

    /// <summary>Whether a noun of quantity ("number of", "nombre de") opens the phrase, past a few words before it, and is no
    /// vague determiner ("a number of officials").</summary>
    private bool HeadsQuantity(int start, int end)
    {
        for (var k = start; k < end && k - start <= QuantityHeadReach; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && !Tokens[k].Upper && Lexicon.QuantityHeads.Match(Tokens, k, out _, out _)
                && !Lexicon.VagueQuantityOpeners.MatchBefore(Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the first word after the function words from <paramref name="j"/> starts with a capital ("de l'Homme").</summary>
    private bool CapitalAhead(int j)
    {
        while (j < Tokens.Count && IsFunction(j))
        {
            j++;
        }

        return j < Tokens.Count && Tokens[j].Kind == TokenKind.Word && Tokens[j].Upper;
    }

    /// <summary>
    /// The name proper: past the conjunctions before it, and a document ("un bilan fourni par", "figures from") read as
    /// its author. A name that still ends on "of" or "the" was cut, and is no name.
    /// </summary>
    private bool Refine(int start, int end, int limit, out int nameStart, out int nameEnd)
    {
        var tokens = Tokens;
        start = AfterGenitive(SkipOpeners(start, end), end);
        // "reported from | across the country due to dengue …": a place or a circumstance, not who speaks; "the highest number
        // of cases | recorded": a quantity of what it counts.
        if (start < end && (IsLink(start) || HeadsQuantity(start, end)))
        {
            nameStart = nameEnd = start;
            return false;
        }

        for (var d = start; d < end; d++)
        {
            // "the Bureau of Labor Statistics": a capitalised word is part of a name, not a document, unless it is capitalised
            // only for opening the sentence ("Data from the Labor Department show").
            if (tokens[d].Kind != TokenKind.Word || (tokens[d].Upper && !OpensSentence(d)) || !Lexicon.Documents.Match(tokens, d, out _, out var documentEnd))
            {
                continue;
            }

            // "the agency's figures show": the figures are the agency's.
            if (d - 1 > start && article.IsPossessive(d - 1))
            {
                end = d - 1;
                break;
            }

            var author = Author(documentEnd, limit);
            if (author < 0 && RelativeAuthor(documentEnd, limit, out var relativeStart, out var relativeEnd))
            {
                start = relativeStart;
                end = relativeEnd;
            }
            else if (author > 0)
            {
                // "the median forecast of | 72 economists": a count of the authors opens their name; "economists | polled by
                // Reuters": who surveyed them is no part of it.
                start = author;
                end = CutAtPollster(author, PhraseEnd(author, limit, counted: OpensOnCount(author, limit)));
            }
            else if (DocumentParticiple(documentEnd, end) is var participle and > 0)
            {
                // "d'après les résultats provisoires | rendus publics ce jeudi": with no author, the document is the source.
                end = participle;
            }

            // "The UEFA report states", "according to Red Cross figures": a name that only qualifies the document leaves
            // the document the source, as written (the ninth set's reading), not a name cut from its determiner ("The UEFA").

            break;
        }

        end = FirstConjunct(start, end);
        // "the centre's duty officer": the role speaks, for the body that owns it.
        var spoken = end;
        end = Possessor(start, end, out var throughRole);
        spoken = throughRole ? spoken : end;
        start = ClassifiedName(start, end);
        nameStart = start;
        nameEnd = end;
        // "…, chiffre qui s'ajoute au bilan déjà annoncé": a document's noun alone, without determiner or author, names no one;
        // as the subject of a document's verb it is the source as written ("…, figures show", "…, data showed").
        var documentShows = end - start == 1 && Lexicon.Documents.Match(tokens, start, out _, out _) && limit == end && limit < tokens.Count
            && Lexicon.DocumentVerbs.Match(tokens, limit, out _, out _);
        return end > start && !IsFunction(end - 1) && HasContent(start, end) && IsSpeakerPhrase(start, spoken)
            && !(end - start == 1 && IsBareAdjective(start))
            && (documentShows || !(end - start == 1 && tokens[start].Length <= 4 && !tokens[start].Upper))
            && (documentShows || !(end - start == 1 && !tokens[start].Upper && Lexicon.Documents.Match(tokens, start, out _, out _)));
    }

    private bool OpensOnCount(int start, int limit) =>
        Tokens[start].Kind == TokenKind.Number && start + 1 < limit && Tokens[start + 1] is { Kind: TokenKind.Word, Upper: false };

    /// <summary>"the State Election Commission's website", "the ministry's latest tally": what a speaker owns speaks for it,
    /// so the source is the owner; "the centre's duty officer" is the centre's role, as "a spokesman for the centre" is
    /// (the role aside, the body is the source); "the country's interior ministry" and "Ukraine's foreign minister Dmytro
    /// Kuleba" are speakers of their own and stay.</summary>
    private int Possessor(int start, int end, out bool throughRole)
    {
        throughRole = false;
        for (var k = start + 1; k < end - 1; k++)
        {
            if (!article.IsPossessive(k))
            {
                continue;
            }

            for (var j = k + 1; j < end; j++)
            {
                // "Ukraine's foreign minister Dmytro Kuleba": a name after the role is the speaker.
                var role = Lexicon.RoleNouns.Match(Tokens, j, out _, out _);
                if (Tokens[j] is { Kind: TokenKind.Word, Upper: true } || (!role && Lexicon.SpeakerNouns.Match(Tokens, j, out _, out _)))
                {
                    return end;
                }

                throughRole |= role;
            }

            return k;
        }

        return end;
    }

    /// <summary>
    /// Whether the words can name who speaks: a name (a capitalised word that is not only opening its sentence, nor an
    /// adverb there: "However, economists"), or a phrase holding a speaker noun ("officials", "le procureur", "state
    /// media") or a document ("a new study"). "percent of votes counted", "homeowners' claims", "toujours" name no one.
    /// </summary>
    private bool IsSpeakerPhrase(int start, int end)
    {
        var tokens = Tokens;
        // "homeowners' claims": a phrase closing on a plural's possessive mark owns what follows it; it says nothing.
        var last = tokens[end - 1];
        if ((last.Kind == TokenKind.Word && last.Length > 1 && TextFolding.IsApostrophe(article.Text[last.End - 1]))
            || (end < tokens.Count && tokens[end] is { Kind: TokenKind.Symbol, Adjacent: true } mark && TextFolding.IsApostrophe(article.Text[mark.Start])))
        {
            return false;
        }

        // "1,600 homeowners claims and …": a counted phrase speaks only when its noun is a known speaker ("42 forecasters").
        var counted = tokens[start].Kind == TokenKind.Number || (start > 0 && tokens[start - 1].Kind == TokenKind.Number);
        // "l'attentat de la promenade de Nice", "the country due to dengue with Kerala …": the head before "de"/"of" or
        // another preposition must speak itself; the name after it is its topic.
        var link = start + 1;
        while (link < end && !LinksComplement(link))
        {
            link++;
        }

        if (link < end && !HoldsSpeaker(start, link, counted) && !Lexicon.PartitiveHeads.Match(tokens, link - 1, out _, out _))
        {
            return false;
        }

        return HoldsSpeaker(start, end, counted);
    }

    /// <summary>
    /// Past a preposition of origin that opens the words ("L'autre, de la Plateforme …", "by the ministry"): what it takes
    /// is whose the words are. Any other preposition opens a place or a circumstance, which names no one.
    /// </summary>
    private int AfterGenitive(int start, int end)
    {
        if (start + 1 < end && Tokens[start] is { Kind: TokenKind.Word, Upper: false } opening && opening.Id >= 0
            && (Lexicon.Of.Contains(opening.Id) || Lexicon.Agents.Contains(opening.Id)))
        {
            start++;
        }

        return start;
    }

    /// <summary>Whether the word joins a complement to the noun before it, outside a name ("the country | due to …",
    /// "le ministère | de la Santé", but not "Centers for Disease Control").</summary>
    private bool LinksComplement(int k) =>
        IsLink(k) && !(Tokens[k - 1].Upper && k + 1 < Tokens.Count && Tokens[k + 1] is { Kind: TokenKind.Word, Upper: true } && !Lexicon.Of.Match(Tokens, k, out _, out _));

    private bool IsLink(int k)
    {
        var token = Tokens[k];
        return token.Kind == TokenKind.Word && (!token.Upper || OpensSentence(k)) && token.Id >= 0 && !OpensCompound(k)
            && (Lexicon.Of.Contains(token.Id) || Lexicon.Prepositions.Contains(token.Id) || Lexicon.Agents.Contains(token.Id)
                || Lexicon.PhraseLinks.Contains(token.Id));
    }

    /// <summary>
    /// "Varvares and his fellow forecasters", "la police et les pompiers": a conjunction before a determiner joins a
    /// second noun phrase; the source is the first, when it names a speaker by itself.
    /// </summary>
    private int FirstConjunct(int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (Tokens[k] is { Kind: TokenKind.Word, Upper: false } && Lexicon.PhraseCoordinators.Match(Tokens, k, out _, out _)
                && IsSpeakerPhrase(start, k))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>Whether a word of the stretch is a name or a speaker noun.</summary>
    private bool HoldsSpeaker(int start, int end, bool counted)
    {
        var tokens = Tokens;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || Lexicon.Adverbs.Match(tokens, k, out _, out _))
            {
                continue;
            }

            if (tokens[k].Upper && !(OpensSentence(k) && IsOpeningWord(k)))
            {
                return true;
            }

            if (NamesSpeakerNoun(k) || Lexicon.Documents.Match(tokens, k, out _, out _) || (!counted && (IsAgentNoun(k) || IsSpeakerWord(k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// ", indique orange pour la pluie": a lone lowercase word in its singular that is also an adjective, with no
    /// determiner, is a colour or a quality, not a speaker, unless the lists name it one; a bare plural ("said officials",
    /// "indiquent pompiers et gendarmes") still speaks.
    /// </summary>
    private bool IsBareAdjective(int k)
    {
        var token = Tokens[k];
        return token is { Kind: TokenKind.Word, Upper: false } && !NamesSpeakerNoun(k) && Lexicon.Words is { } words
            && words.TryRead(article.Text.AsSpan(token.Start, token.Length), out var form) && form.IsAdjective && !form.Inflected;
    }

    /// <summary>Whether the word is a speaker, role or authority noun from the lists ("officials", "spokesman", "le parquet").</summary>
    private bool NamesSpeakerNoun(int k) =>
        Lexicon.SpeakerNouns.Match(Tokens, k, out _, out _) || Lexicon.RoleNouns.Match(Tokens, k, out _, out _) || Lexicon.Authorities.Match(Tokens, k, out _, out _);

    /// <summary>A noun the lexicon says names a person or a group of people ("the utility", "the league", "rescuers"): a
    /// speaker the lists do not hold.</summary>
    private bool IsSpeakerWord(int k)
    {
        var token = Tokens[k];
        return Lexicon.Words is { } words && words.TryRead(article.Text.AsSpan(token.Start, token.Length), out var form) && form.IsNoun && form.IsSpeaker;
    }

    /// <summary>How long a word must be before its ending alone says it names who does something.</summary>
    private const int AgentNounLength = 6;

    /// <summary>A noun whose ending names who does something ("riverains", "forecasters", "gouverneur"): a speaker the
    /// lists do not hold yet.</summary>
    private bool IsAgentNoun(int k)
    {
        var token = Tokens[k];
        if (token.Kind != TokenKind.Word || token.Length < AgentNounLength)
        {
            return false;
        }

        var word = article.Text.AsSpan(token.Start, token.Length);
        foreach (var suffix in Lexicon.SpeakerSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that is capitalised for opening its sentence, not for being a name: an adverb or a function word.</summary>
    private bool IsOpeningWord(int k) =>
        IsFunction(k) || Lexicon.Adverbs.Match(Tokens, k, out _, out _) || Lexicon.NotNames.Match(Tokens, k, out _, out _)
        || Lexicon.Subordinators.Match(Tokens, k, out _, out _);

    /// <summary>The first participle after a document that describes it ("rendus publics", "publiés"), within the name; else -1.</summary>
    private int DocumentParticiple(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && !Tokens[k].Upper && Lexicon.AsideParticiples.Match(Tokens, k, out _, out _))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>How many words a document's complement ("compiled at every district") and its author may take before the relative.</summary>
    private const int RelativeAuthorReach = 8;

    /// <summary>
    /// The author a relative clause gives a document: "the results which the commission released", "les chiffres que le
    /// ministère a publiés", "les chiffres qu'a publiés le ministère". The clause is [document-relative], then its subject
    /// and a verb of making public ([aside-participle], maybe after an auxiliary), or that verb and its subject set after it.
    /// </summary>
    private bool RelativeAuthor(int afterDocument, int limit, out int authorStart, out int authorEnd)
    {
        var tokens = Tokens;
        authorStart = authorEnd = -1;
        var relative = afterDocument;
        while (relative < limit && relative - afterDocument < RelativeAuthorReach && !article.IsBreakAt(relative)
            && tokens[relative].Kind == TokenKind.Word && !Lexicon.DocumentRelatives.Match(tokens, relative, out _, out _))
        {
            relative++;
        }

        if (relative >= limit || !Lexicon.DocumentRelatives.Match(tokens, relative, out _, out var subject))
        {
            return false;
        }

        // "qu'a publiés le ministère": the verb before its subject.
        var inverted = Lexicon.Auxiliaries.Match(tokens, subject, out _, out var afterAuxiliary) ? afterAuxiliary : subject;
        if (inverted < limit && !tokens[inverted].Upper && Lexicon.AsideParticiples.Match(tokens, inverted, out _, out var participleEnd))
        {
            authorStart = participleEnd;
            authorEnd = PhraseEnd(participleEnd, limit);
            return authorEnd > authorStart && HoldsSpeaker(authorStart, authorEnd, counted: false);
        }

        for (var k = subject + 1; k < limit && k - subject <= RelativeAuthorReach && !article.IsBreakAt(k); k++)
        {
            if (tokens[k].Upper || !Lexicon.AsideParticiples.Match(tokens, k, out _, out _))
            {
                continue;
            }

            authorStart = subject;
            authorEnd = Lexicon.Auxiliaries.MatchBefore(tokens, k, out _, out var auxiliaryStart) && auxiliaryStart > subject ? auxiliaryStart : k;
            return !Lexicon.PassiveAuxiliaries.Match(tokens, authorStart, out _, out _) && HoldsSpeaker(authorStart, authorEnd, counted: false);
        }

        return false;
    }

    /// <summary>Whether the token opens its sentence or line, so that its capital says nothing of a name.</summary>
    private bool OpensSentence(int d) => d == 0 || Tokens[d].LineStart || (Tokens[d - 1].Kind == TokenKind.Symbol && article.Text[Tokens[d - 1].Start] is '.' or '!' or '?');

    /// <summary>Where a document's author starts: right after "de"/"of" (past an adjective or two), or after "par"/"by"/"from" a little further.</summary>
    private int Author(int afterDocument, int limit)
    {
        var tokens = Tokens;
        var j = afterDocument;
        var skipped = 0;
        while (j < limit && skipped < 3 && tokens[j].Kind == TokenKind.Word && !tokens[j].Upper && !IsFunction(j) && !article.IsOf(j)
            && !Lexicon.Agents.Match(tokens, j, out _, out _) && !StopsPhrase(j)
            && !Lexicon.LocationIntros.Match(tokens, j, out _, out _))
        {
            j++;
            skipped++;
        }

        if (j + 1 < limit && article.IsOf(j) && !article.IsBreakAt(j + 1))
        {
            return j + 1;
        }

        // "les résultats provisoires donnés dans la nuit de mardi à mercredi par | la CEI": when it was given takes no room.
        for (var (k, words) = (afterDocument, 0); k < limit && words < AuthorReach && !article.IsRelative(k); words++)
        {
            k = DateAsideEnd(k, limit);
            if (k >= limit || article.IsBreakAt(k))
            {
                break;
            }

            if (Lexicon.Agents.Match(tokens, k, out _, out var agentEnd) && agentEnd < limit && !article.IsBreakAt(agentEnd))
            {
                return agentEnd;
            }

            while (k < limit && Lexicon.Occasions.Match(tokens, k, out _, out var occasionEnd))
            {
                k = occasionEnd;
            }

            k = k < limit && !article.IsBreakAt(k) && !Lexicon.Agents.Match(tokens, k, out _, out _) ? k + 1 : k;
        }

        return -1;
    }

    /// <summary>
    /// Where the words go on after the date an occasion gives between commas ("data released Friday morning, Oct. 7, | by the
    /// bureau"): a capitalised month, maybe abbreviated, and its day. Else <paramref name="k"/>.
    /// </summary>
    private int DateAsideEnd(int k, int limit)
    {
        var tokens = Tokens;
        var j = k + 1;
        if (j >= limit || !article.IsComma(k) || tokens[j] is not { Kind: TokenKind.Word, Upper: true })
        {
            return k;
        }

        j++;
        if (j < limit && tokens[j].Kind == TokenKind.Symbol && article.Text[tokens[j].Start] == '.')
        {
            j++;
        }

        return j + 1 < limit && tokens[j].Kind == TokenKind.Number && article.IsComma(j + 1) ? j + 2 : k;
    }

    /// <summary>How many words besides occasions may stand between a document and "par"/"by" before its author.</summary>
    private const int AuthorReach = 8;

    /// <summary>
    /// The author of a document that opens a clause, where its frame names one: after "par"/"by" ("le bilan établi par
    /// les secours"), or after "de"/"of" when what follows is a name or an authority ("les chiffres de l'Insee", "un
    /// rapport du ministère"), not a topic ("le bilan de l'attaque", "les chiffres du chômage"). Else -1.
    /// </summary>
    public int FrameAuthor(int afterDocument, int limit)
    {
        var author = Author(afterDocument, limit);
        if (author < 0 || (author > 0 && Lexicon.Agents.Match(Tokens, author - 1, out _, out _)))
        {
            return author;
        }

        var head = Lexicon.Determiners.Match(Tokens, author, out _, out var afterDeterminer) ? afterDeterminer : author;
        return head < limit && Tokens[head].Kind == TokenKind.Word
            && (Tokens[head].Upper || Lexicon.Authorities.Match(Tokens, head, out _, out _))
            ? author
            : -1;
    }

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

    /// <summary>Past the asides of an inverted verb: occasions ("mardi"), adverbs ("par ailleurs") and a preposition's phrase
    /// (", a déclaré à l'AFP le préfet").</summary>
    private int SkipAsides(int start, int limit)
    {
        var tokens = Tokens;
        var j = start;
        for (var guard = 0; guard < 4 && j < limit; guard++)
        {
            if (article.OccasionAt(j, limit, out var occasionEnd) || Lexicon.Adverbs.Match(tokens, j, out _, out occasionEnd))
            {
                j = occasionEnd;
                continue;
            }

            if (!Lexicon.Asides.Match(tokens, j, out _, out var asideEnd))
            {
                return j;
            }

            // The aside's noun phrase ends where the next one starts: "à l'AFP | le préfet", or after a medium's acronym,
            // where a name follows it bare ("à l'AFP | Jean Dupont").
            var head = Lexicon.Determiners.Match(tokens, asideEnd, out _, out var afterDeterminer) ? afterDeterminer : asideEnd;
            if (head + 1 < limit && article.IsAcronym(head) && tokens[head + 1].Kind == TokenKind.Word && tokens[head + 1].Upper)
            {
                j = head + 1;
                continue;
            }

            var k = asideEnd + 1;
            var bareName = -1;
            while (k < limit && k - asideEnd < 6 && !article.IsBreakAt(k) && !Lexicon.Determiners.Match(tokens, k, out _, out _))
            {
                if (bareName < 0 && BareNameAfterAside(k))
                {
                    bareName = k;
                }

                k++;
            }

            if (k >= limit || article.IsBreakAt(k) || k - asideEnd >= 6)
            {
                // "prévient dans un communiqué | Laura Lo Castro": a name written without a determiner starts after the
                // aside's own noun, where no determiner marks it.
                return bareName;
            }

            j = k;
        }

        return j;
    }

    /// <summary>
    /// Whether a capitalised word at <paramref name="k"/> follows a common noun of the aside ("dans un communiqué Laura"),
    /// not a preposition, whose complement it would be ("devant la presse à N'Djamena").
    /// </summary>
    private bool BareNameAfterAside(int k) =>
        Tokens[k] is { Kind: TokenKind.Word, Upper: true } && Tokens[k - 1] is { Kind: TokenKind.Word, Upper: false }
        && !article.IsOf(k - 1) && !Lexicon.Asides.Match(Tokens, k - 1, out _, out _) && !Lexicon.Determiners.Match(Tokens, k - 1, out _, out _);

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

    /// <summary>Back from <paramref name="end"/> to the break, relative pronoun, subordinate opener or number before it.</summary>
    private int StretchStart(int first, int end)
    {
        var start = end;
        while (start > first && end - start < MaxNameTokens && !article.IsBreakAt(start - 1) && !article.IsRelative(start - 1)
            && (Tokens[start - 1].Kind != TokenKind.Number || NumberInName(start - 1)) && !Lexicon.Subordinators.Match(Tokens, start - 1, out _, out _))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// "More than half a million homes were destroyed in an event scientists said was 500 times stronger": a verb inside
    /// the stretch before a reporting verb makes the stretch a clause of its own, and the speaker is the noun phrase of the
    /// relative clause that qualifies its last noun ("an event | scientists"), or that last noun phrase itself ("in a
    /// statement | the ministry said" reads "the ministry").
    /// </summary>
    private int AfterClauseVerb(int start, int end)
    {
        var tokens = Tokens;
        var clauseVerb = ClauseVerb(start, end);

        for (var d = end - 2; d > clauseVerb && clauseVerb >= 0; d--)
        {
            if (Lexicon.Determiners.Match(tokens, d, out _, out var noun) && noun < end && !tokens[d].Upper)
            {
                return noun + 1 < end ? noun + 1 : d;
            }
        }

        return start;
    }

    /// <summary>
    /// "The ministry said on Monday it recorded 40 cases", "the agency said in a statement it had counted": a verb of saying
    /// inside the stretch before a verb opens the clause it reports, whose subject is the pronoun right before that verb
    /// (and its auxiliary), standing for the speaker; not "The ministry said", the speaker with its verb. A named subject
    /// there ("said a tally by local officials showed") is left to the speaker before "said", who reports it.
    /// </summary>
    private int AfterSpeechVerb(int start, int end)
    {
        var tokens = Tokens;
        var subject = end - 1;
        while (subject > start && Lexicon.Auxiliaries.Match(tokens, subject, out _, out var auxiliaryEnd) && auxiliaryEnd == subject + 1)
        {
            subject--;
        }

        if (subject <= start || !Lexicon.SpeakerPronouns.Match(tokens, subject, out _, out var pronounEnd) || pronounEnd != subject + 1)
        {
            return start;
        }

        for (var k = subject - 1; k > start; k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Upper: false } && tokens[k - 1].Kind == TokenKind.Word
                && Lexicon.SpeechVerbs.Match(tokens, k, out _, out var after) && after <= subject)
            {
                return after;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the speaker at <paramref name="nameStart"/> opens a relative clause after a clause of its own, with no break
    /// between ("homes were destroyed in an event | scientists said"): it speaks for what follows it, not for that clause.
    /// </summary>
    public bool OpensRelativeAfterClause(int first, int nameStart) => ClauseVerb(StretchStart(first, nameStart), nameStart) >= 0;

    /// <summary>The last auxiliary before a lower-case word between <paramref name="start"/> and <paramref name="end"/> ("were destroyed"), or -1.</summary>
    private int ClauseVerb(int start, int end)
    {
        var tokens = Tokens;
        var clauseVerb = -1;
        for (var k = start; k + 1 < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !tokens[k].Upper
                && (Lexicon.PassiveAuxiliaries.Match(tokens, k, out _, out var after) || Lexicon.Auxiliaries.Match(tokens, k, out _, out after))
                && after < end && tokens[after].Kind == TokenKind.Word && !tokens[after].Upper)
            {
                clauseVerb = k;
            }
        }

        return clauseVerb;
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

    /// <summary>A phrase that opens like a name: on a determiner ("le ministère") or a capitalised word ("Volodymyr Zelensky").</summary>
    private bool OpensLikeName(int start) =>
        Tokens[start].Kind == TokenKind.Word && ((Tokens[start].Upper && !Lexicon.NotNames.Match(Tokens, start, out _, out _))
            || Lexicon.Determiners.Match(Tokens, start, out _, out _));

    /// <summary>Words that all start with a capital (a person's or an organisation's name), or with <paramref name="any"/>, one that does.</summary>
    /// <summary>How many words a person's name set after a title may take ("Shabia Mantoo", "Josep Borrell").</summary>
    private const int MaxApposedWords = 4;

    /// <summary>How many lower-case title words may open an apposed name after its determiner ("le colonel", "the deputy minister").</summary>
    private const int MaxApposedTitleWords = 2;

    /// <summary>
    /// ", a déclaré une porte-parole du HCR, Shabia Mantoo, lors d'un point de presse": a title that opens on a lower-case
    /// word, then a comma and a name in capitals, is the name's title; the name is who speaks, and the title is kept
    /// with it.
    /// </summary>
    public (int Start, int End) Apposed(int nameStart, int nameEnd, int limit, bool nameOnly = false)
    {
        var tokens = Tokens;
        if (tokens[nameStart].Upper || nameEnd + 2 >= limit || !article.IsComma(nameEnd))
        {
            return (nameStart, nameEnd);
        }

        // "…, le colonel Souleymane Dembélé,": a title of its own may open the name.
        var end = nameEnd + 1;
        if (Lexicon.Determiners.Match(tokens, end, out _, out var afterDeterminer))
        {
            end = afterDeterminer;
            for (var title = 0; title < MaxApposedTitleWords && end < limit && tokens[end].Kind == TokenKind.Word && !tokens[end].Upper; title++)
            {
                end++;
            }
        }

        if (end >= limit || !tokens[end].Upper)
        {
            return (nameStart, nameEnd);
        }

        var nameFirst = end;
        var words = 0;
        while (end < limit && tokens[end].Kind == TokenKind.Word && tokens[end].Upper && words < MaxApposedWords)
        {
            words++;
            end++;
        }

        var closed = end >= limit || article.IsComma(end) || article.IsBreakAt(end);
        return words >= 2 && closed && IsCapitalisedName(nameFirst, end) ? (nameOnly ? nameFirst : nameStart, end) : (nameStart, nameEnd);
    }

    private bool IsCapitalisedName(int start, int end)
    {
        var tokens = Tokens;
        var upper = 0;
        var words = 0;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (tokens[i].Upper && !Lexicon.NotNames.Match(tokens, i, out _, out _))
            {
                upper++;
            }
        }

        return words > 0 && upper == words;
    }

    private bool HasContent(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Tokens[i].Kind == TokenKind.Word && !IsFunction(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that never end a name: "of", "de", "the", "la", "and".</summary>
    /// <summary>
    /// "Interior minister Aftab Khan Sherpao", "WHO assistant director-general Bruce Aylward": a person's name after a
    /// lower-case title, the shortest form that names them, for a pronoun that stands for them ("…, he said"). A name of
    /// one word, or one after a function word ("le ministère de la Santé"), keeps the whole phrase.
    /// </summary>
    public (int Start, int End) PersonAfterTitle(int start, int end)
    {
        var tokens = Tokens;
        var run = end;
        while (run > start && tokens[run - 1].Kind == TokenKind.Word && tokens[run - 1].Upper && !article.IsAcronym(run - 1))
        {
            run--;
        }

        var titled = run > start && tokens[run - 1].Kind == TokenKind.Word && !tokens[run - 1].Upper && !IsFunction(run - 1);
        // "the official Chinese news agency Xinhua", "state broadcaster CCTV": one name word after a title of two words or more.
        var lone = end - 1 > start + 1 && tokens[end - 1].Kind == TokenKind.Word && tokens[end - 1].Upper
            && tokens[end - 2].Kind == TokenKind.Word && !tokens[end - 2].Upper && !IsFunction(end - 2) && !IsFunction(end - 1);
        return (end - run >= 2 && titled) ? (run, end) : lone ? (end - 1, end) : (start, end);
    }

    /// <summary>"a spokesman for the army": after a role noun, "for" goes on with whom the role speaks for.</summary>
    private bool RoleGoesOn(int link, int limit)
    {
        var tokens = Tokens;
        return link > 0 && link + 1 < limit && tokens[link - 1].Kind == TokenKind.Word && Lexicon.RoleNouns.Match(tokens, link - 1, out _, out var roleEnd)
            && roleEnd == link && Lexicon.InstitutionLinks.Match(tokens, link, out _, out _) && !article.IsBreakAt(link + 1)
            && tokens[link + 1].Kind == TokenKind.Word;
    }

    /// <summary>
    /// "M. Dah", "Dah": a surname the text gave before with a first name ("Mohamed Dah") names that person in full, for a
    /// pronoun or "ce responsable" that stands for them. Else the name as it is.
    /// </summary>
    public (int Start, int End) FullerPerson(int start, int end, int lowest)
    {
        var tokens = Tokens;
        var last = end - 1;
        if (last < start || tokens[last].Kind != TokenKind.Word || !tokens[last].Upper || article.IsAcronym(last)
            || (end - start >= 2 && IsCapitalisedName(start, end) && !article.IsBreak(tokens[last - 1]) && tokens[last - 1].Kind == TokenKind.Word))
        {
            return (start, end);
        }

        var surname = article.Text.AsSpan(tokens[last].Start, tokens[last].Length);
        for (var k = start - 1; k > lowest + 1; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length == surname.Length
                && article.Text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual(surname)
                && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Upper && !Lexicon.NotNames.Match(tokens, k - 1, out _, out _)
                && !article.IsAcronym(k - 1))
            {
                return (k - 1, k + 1);
            }
        }

        return (start, end);
    }

    private bool IsFunction(int i)
    {
        var token = Tokens[i];
        return token.Kind == TokenKind.Word && token.Id >= 0
            && (Lexicon.Of.Contains(token.Id) || Lexicon.Determiners.Contains(token.Id) || Lexicon.LeadingStrip.Contains(token.Id)
                || Lexicon.Prepositions.Contains(token.Id) || Lexicon.Agents.Contains(token.Id));
    }
}
