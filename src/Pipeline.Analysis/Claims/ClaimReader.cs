using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>A span of the article with its text and canonical key.</summary>
internal readonly record struct Mention(int Start, int End, string Text, string Key);

/// <summary>Reads source, subject, place and modality of a figure within its sentence.</summary>
internal sealed class ClaimReader(string text, List<Token> tokens, ClaimLexicon lexicon, IReadOnlyList<EntityMention> entities)
{
    private const int MaxPhraseTokens = 9;

    public (int First, int End) TokenRange(SentenceSpan sentence)
    {
        var first = LowerBound(sentence.Start);
        var end = LowerBound(sentence.End);
        return (first, end);
    }

    private int LowerBound(int offset)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The clause of the sentence holding the figure: the sentence cut where a clause opener follows a comma.</summary>
    public SentenceSpan Clause(SentenceSpan sentence, Figure figure)
    {
        if (lexicon.ClauseOpeners.Count == 0)
        {
            return sentence;
        }

        var (first, end) = TokenRange(sentence);
        var start = sentence.Start;
        for (var i = first + 1; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || text[tokens[i - 1].Start] != ',' || !lexicon.ClauseOpeners.Match(tokens, i, out _, out _))
            {
                continue;
            }

            if (tokens[i].Start > figure.Start)
            {
                return new SentenceSpan(start, tokens[i - 1].Start);
            }

            start = tokens[i].Start;
        }

        return new SentenceSpan(start, sentence.End);
    }

    public bool IsHedged(SentenceSpan sentence)
    {
        var (first, end) = TokenRange(sentence);
        Span<char> buffer = stackalloc char[64];
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            // "in May 2022": a capitalised hedge word inside a sentence is a name, not a modal.
            if (lexicon.Hedges.Match(tokens, i, out _, out _) && !(token.Upper && i > first && !IsBreak(tokens[i - 1])))
            {
                return true;
            }

            if (token.Kind == TokenKind.Word && token.Length is > 5 and <= 64 && !token.Upper)
            {
                var word = text.AsSpan(token.Start, token.Length);
                foreach (var suffix in lexicon.ConditionalSuffixes)
                {
                    if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                        && !lexicon.ConditionalExceptions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Folded(word, buffer)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Folded(ReadOnlySpan<char> word, Span<char> buffer) => buffer[..TextFolding.Fold(word, buffer)];

    /// <summary>"selon un responsable ukrainien", "rapporte Police étrangère", "Loukachenko a déclaré".</summary>
    public Mention? Source(SentenceSpan sentence, Figure? figure)
    {
        var (first, end) = TokenRange(sentence);
        for (var i = first; i < end; i++)
        {
            // "said on Telegram": a phrase opening on a preposition is the medium or the occasion, not who speaks.
            if (lexicon.SourceBefore.Match(tokens, i, out var inverted, out var after) && after < end
                && (!inverted || (i > first && IsBreak(tokens[i - 1])))
                && !lexicon.PhraseStops.Match(tokens, after, out _, out _))
            {
                var phraseEnd = NounPhraseEnd(after, end);
                if (phraseEnd > after && !Overlaps(after, phraseEnd, figure) && LooksLikeSource(after, phraseEnd))
                {
                    return MakeMention(after, phraseEnd, null);
                }
            }
        }

        for (var i = first; i < end; i++)
        {
            // "The United States has…": a capitalised verb inside a sentence is part of a name.
            if (lexicon.SourceVerbs.Match(tokens, i, out _, out _) && i > first && !tokens[i].Upper)
            {
                var phraseStart = i;
                while (phraseStart > first && i - phraseStart < MaxPhraseTokens && !IsBreak(tokens[phraseStart - 1]))
                {
                    phraseStart--;
                }

                while (phraseStart < i && (tokens[phraseStart].Kind != TokenKind.Word || lexicon.LeadingStrip.Match(tokens, phraseStart, out _, out _)))
                {
                    phraseStart++;
                }

                if (phraseStart < i && !Overlaps(phraseStart, i, figure) && !IsPronoun(phraseStart, i) && !IsRelative(tokens[phraseStart])
                    && !lexicon.Pronouns.Match(tokens, phraseStart, out _, out _))
                {
                    return MakeMention(phraseStart, i, null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A source that opens the sentence ("Selon le ministère, …") or closes it ("…, the ministry said.", "…, a indiqué
    /// le ministère.") speaks for every clause in it. One standing between clauses (", the prime minister announced,
    /// while …") speaks only for its own, so it is not read here.
    /// </summary>
    public Mention? SentenceSource(SentenceSpan sentence, Figure figure)
    {
        var (first, end) = TokenRange(sentence);
        return OpeningSource(first, end, figure) ?? ClosingSource(first, end, figure);
    }

    private Mention? OpeningSource(int first, int end, Figure figure)
    {
        var start = SkipLeadingStrip(first, end);
        if (!lexicon.SourceBefore.Match(tokens, start, out var inverted, out var after) || inverted || after >= end
            || lexicon.PhraseStops.Match(tokens, after, out _, out _))
        {
            return null;
        }

        var phraseEnd = NounPhraseEnd(after, end);
        // "According to the ministry on Tuesday, …": only the occasion may stand between the source and its comma.
        var comma = phraseEnd;
        while (comma < end && !IsBreak(tokens[comma]) && tokens[comma].Kind != TokenKind.Number)
        {
            comma++;
        }

        return phraseEnd > after && comma < end && text[tokens[comma].Start] == ',' && LooksLikeSource(after, phraseEnd)
            && !Overlaps(after, phraseEnd, figure)
            ? MakeMention(after, phraseEnd, null)
            : null;
    }

    private Mention? ClosingSource(int first, int end, Figure figure)
    {
        var last = end;
        while (last > first && IsBreak(tokens[last - 1]))
        {
            last--;
        }

        var start = last;
        while (start > first && !IsBreak(tokens[start - 1]))
        {
            start--;
        }

        // A last stretch with a figure of its own ("…, the ministry said 40 were killed") reports more than who speaks.
        if (start == first || start >= last || Enumerable.Range(start, last - start).Any(k => tokens[k].Kind == TokenKind.Number))
        {
            return null;
        }

        start = SkipLeadingStrip(start, last);
        // "…, which officials said was a turning point": a relative clause comments on what came before, it attributes nothing.
        if (start >= last || IsRelative(tokens[start]))
        {
            return null;
        }

        if (lexicon.SourceBefore.Match(tokens, start, out _, out var after) && after < last)
        {
            var phraseEnd = NounPhraseEnd(after, last);
            return phraseEnd > after && !lexicon.PhraseStops.Match(tokens, after, out _, out _) && LooksLikeSource(after, phraseEnd)
                && !Overlaps(after, phraseEnd, figure)
                ? MakeMention(after, phraseEnd, null)
                : null;
        }

        for (var verb = start + 1; verb < last; verb++)
        {
            if (lexicon.SourceVerbs.Match(tokens, verb, out _, out _) && !tokens[verb].Upper)
            {
                return !IsPronoun(start, verb) && !lexicon.Pronouns.Match(tokens, start, out _, out _) && !Overlaps(start, verb, figure)
                    ? MakeMention(start, verb, null)
                    : null;
            }
        }

        return null;
    }

    private int SkipLeadingStrip(int start, int end)
    {
        while (start < end && (tokens[start].Kind != TokenKind.Word || lexicon.LeadingStrip.Match(tokens, start, out _, out _)))
        {
            start++;
        }

        return start;
    }

    private bool IsPronoun(int start, int end) => end - start == 1 && lexicon.NotNames.Match(tokens, start, out _, out _);

    private bool LooksLikeSource(int start, int end)
    {
        // "selon lui" names nobody; a source has a noun or a name.
        return !(end - start == 1 && tokens[start].Length <= 4 && !tokens[start].Upper);
    }

    private int NounPhraseEnd(int start, int limit)
    {
        var j = start;
        while (j < limit && j - start < MaxPhraseTokens && !IsBreak(tokens[j]))
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Word && (IsRelative(token) || (j > start && lexicon.PhraseStops.Match(tokens, j, out _, out _))))
            {
                break;
            }

            j++;
        }

        return j;
    }

    private bool IsRelative(Token token) => token.Id >= 0 && lexicon.Relatives.Contains(token.Id);

    private bool IsDe(Token token) => token.Id >= 0 && lexicon.Of.Contains(token.Id);

    private bool IsBreak(Token token) =>
        token.Kind == TokenKind.Symbol && text[token.Start] is ',' or '.' or ';' or ':' or '!' or '?' or '«' or '»' or '"' or '“' or '”' or '(' or ')' or '–' or '—' or '…';

    private bool Overlaps(int startToken, int endToken, Figure? figure)
    {
        if (figure is null)
        {
            return false;
        }

        var s = tokens[startToken].Start;
        var e = tokens[endToken - 1].End;
        return s < figure.End && figure.Start < e;
    }

    private Mention MakeMention(int startToken, int endToken, string? key)
    {
        var s = tokens[startToken].Start;
        var e = tokens[endToken - 1].End;
        var surface = text[s..e];
        return new Mention(s, e, surface, key ?? surface);
    }

    /// <summary>The entity the figure belongs to: nearest before it in the sentence, else the nationality after its noun.</summary>
    public Mention? Subject(SentenceSpan sentence, Figure figure, Mention? source)
    {
        var candidates = new List<Mention>();
        var (first, end) = TokenRange(sentence);
        for (var i = first; i < end; i++)
        {
            if (lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd))
            {
                if (!IsPlaceNamedAsPlace(i))
                {
                    candidates.Add(MakeMention(i, subjectEnd, canonical));
                }

                i = subjectEnd - 1;
            }
        }

        // The lexicon's reading keeps the determiner ("la Russie"); an entity adds only what it does not cover.
        var known = candidates.Count;
        foreach (var entity in entities)
        {
            if (entity.Start >= sentence.Start && entity.End <= sentence.End && CanHold(entity, figure)
                && !candidates.Take(known).Any(c => c.Start < entity.End && entity.Start < c.End))
            {
                candidates.Add(new Mention(entity.Start, entity.End, entity.Text, entity.Canonical));
            }
        }

        if (candidates.Count == 0 && figure.Category != FigureCategory.Casualties)
        {
            AddCapitalisedNames(first, end, candidates);
        }

        // "A Russian strike killed three people": who killed is not whose dead they are.
        var agentBefore = figure.Category == FigureCategory.Casualties
            && lexicon.AgentVerbs.MatchBefore(tokens, LowerBound(figure.Start), out _, out _);
        Mention? before = null;
        Mention? after = null;
        foreach (var c in candidates)
        {
            if (source is { } src && c.Start < src.End && src.Start < c.End)
            {
                continue;
            }

            // "135 000 Russes": the noun counted is itself the subject.
            if (c.Start >= figure.Start && c.End <= figure.End)
            {
                return c;
            }

            if (c.End <= figure.Start && !agentBefore)
            {
                if (before is null || c.Start > before.Value.Start)
                {
                    before = c;
                }
            }
            else if (c.Start >= figure.End && (after is null || c.Start < after.Value.Start))
            {
                after = c;
            }
        }

        // "70 000 soldats biélorusses": a nationality right after the noun says whose soldiers they are.
        if (after is { } a && LowerBound(a.Start) == LowerBound(figure.End))
        {
            return a;
        }

        return before;
    }

    /// <summary>"In Kyiv, 3 people were injured", "en Ukraine": a known place right after a place word is where, not who acts.</summary>
    private bool IsPlaceNamedAsPlace(int token) =>
        tokens[token].Upper && lexicon.Places.Match(tokens, token, out _, out _) && lexicon.LocationIntros.MatchBefore(tokens, token, out _, out _);

    /// <summary>
    /// "Kyiv says it has recaptured…", "l'Ukraine affirme avoir abattu…": a speaker that speaks of itself right after its
    /// reporting verb is who acts, so the holder its source names ("Kyiv", "Ukraine's air force") is the subject.
    /// </summary>
    public Mention? SelfReported(SentenceSpan sentence, Mention source)
    {
        var end = TokenRange(sentence).End;
        var verb = LowerBound(source.End);
        if (verb >= end || !lexicon.SourceVerbs.Match(tokens, verb, out _, out var afterVerb) || afterVerb >= end
            || !lexicon.SelfReferences.Match(tokens, afterVerb, out _, out _))
        {
            return null;
        }

        var (first, last) = (LowerBound(source.Start), verb);
        for (var i = first; i < last; i++)
        {
            if (lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd) && subjectEnd <= last)
            {
                return MakeMention(i, subjectEnd, canonical);
            }
        }

        var entity = entities.FirstOrDefault(e => e.Start >= source.Start && e.End <= source.End && e.Type == EntityType.Place && IsState(e));
        return entity is null ? null : new Mention(entity.Start, entity.End, entity.Text, entity.Canonical);
    }

    /// <summary>
    /// The holder a sentence is about, for the claims after it: a speaker speaking of itself, else a holder that opens
    /// the sentence or a clause of it ("The United States has also agreed…", "…, Poutine a annoncé"), outside the
    /// source. A holder inside a phrase is not what the sentence is about: "fighting continues in Ukraine", "la région
    /// russe de Koursk, attaquée par l'Ukraine", and "Ukrainian intelligence estimates…" is about what it estimates.
    /// </summary>
    public Mention? Topic(SentenceSpan sentence)
    {
        var (first, end) = TokenRange(sentence);
        var source = Source(sentence, null);
        if (source is { } speaker && SelfReported(sentence, speaker) is { } self)
        {
            return self;
        }

        Mention? topic = null;
        for (var i = first; i < end && topic is null; i++)
        {
            if (lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd))
            {
                var mention = MakeMention(i, subjectEnd, canonical);
                if (OpensClause(i, first) && !IsPlaceNamedAsPlace(i) && !Inside(mention.Start, mention.End, source))
                {
                    topic = mention;
                }

                i = subjectEnd - 1;
            }
        }

        foreach (var entity in entities)
        {
            if (entity.Start >= sentence.Start && entity.End <= sentence.End && entity.Start < (topic?.Start ?? int.MaxValue)
                && entity.Type == EntityType.Place && IsState(entity) && !Inside(entity.Start, entity.End, source)
                && OpensClause(LowerBound(entity.Start), first))
            {
                topic = new Mention(entity.Start, entity.End, entity.Text, entity.Canonical);
            }
        }

        return topic;
    }

    /// <summary>"He then declared…", "Et il a également déclaré…": the sentence's subject is a personal pronoun.</summary>
    public bool OpensWithPronoun(SentenceSpan sentence)
    {
        var (first, end) = TokenRange(sentence);
        var start = SkipLeadingStrip(first, end);
        return start < end && lexicon.PersonalPronouns.Match(tokens, start, out var personal, out _) && personal;
    }

    private bool OpensClause(int token, int first)
    {
        var k = token - 1;
        while (k >= first && lexicon.LeadingStrip.Match(tokens, k, out _, out _))
        {
            k--;
        }

        return k < first || IsBreak(tokens[k]);
    }

    private static bool IsState(EntityMention place) => place.IsNationality || !EntityKnowledge.Default.NonStatePlaceIds.Contains(place.Id);

    private static bool Inside(int start, int end, Mention? span) => span is { } s && s.Start < end && start < s.End;

    /// <summary>
    /// Whether a recognised entity can be the one a figure belongs to. A known city, region or sea is where things
    /// happen, not who holds them ("trois morts à Pokrovsk, au sud-ouest de Bakhmut"); a country, its nationality, a
    /// place we do not know (it may be a state), an organisation or a person can. The dead and wounded are nobody's
    /// holding: a person named in the sentence (the governor who reports them) is not their subject.
    /// </summary>
    private static bool CanHold(EntityMention entity, Figure figure) => entity.Type switch
    {
        EntityType.Equipment => false,
        EntityType.Place => entity.IsNationality || !EntityKnowledge.Default.NonStatePlaceIds.Contains(entity.Id),
        EntityType.Person => figure.Category != FigureCategory.Casualties,
        _ => true,
    };

    private void AddCapitalisedNames(int first, int end, List<Mention> into)
    {
        for (var i = first + 1; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.Upper || lexicon.NotNames.Match(tokens, i, out _, out _) || IsBreak(tokens[i - 1])
                || lexicon.Places.Match(tokens, i, out _, out _) || lexicon.LocationIntros.MatchBefore(tokens, i, out _, out _) || IsDe(tokens[i - 1]))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && tokens[j].Kind == TokenKind.Word && tokens[j].Upper)
            {
                j++;
            }

            into.Add(MakeMention(i, j, null));
            i = j - 1;
        }
    }

    /// <summary>"dans la région de Koursk", "en Ukraine", "près de Bakhmut": the place nearest the figure.</summary>
    public Mention? Location(SentenceSpan sentence, Figure? figure, Mention? source, Mention? subject, bool theatreOnly = false)
    {
        var (first, end) = TokenRange(sentence);
        Mention? best = null;
        var bestDistance = int.MaxValue;
        for (var i = first; i < end; i++)
        {
            if (!lexicon.LocationIntros.Match(tokens, i, out var strength, out var after))
            {
                continue;
            }

            // "in a Russian strike on Odesa": a nationality names who struck, not where.
            var j = after;
            var skipped = 0;
            while (j < end && skipped < 3 && tokens[j].Kind == TokenKind.Word && (!tokens[j].Upper || IsNationality(j)))
            {
                j++;
                skipped++;
            }

            if (j >= end || tokens[j].Kind != TokenKind.Word || !tokens[j].Upper || lexicon.NotNames.Match(tokens, j, out _, out _))
            {
                continue;
            }

            var nameEnd = NameEnd(j, end);
            // "in Russia's Kursk region": the owner is named first, the place after it.
            if (nameEnd + 1 < end && IsPossessive(nameEnd) && tokens[nameEnd + 1].Kind == TokenKind.Word && tokens[nameEnd + 1].Upper
                && !lexicon.NotNames.Match(tokens, nameEnd + 1, out _, out _))
            {
                j = nameEnd + 1;
                nameEnd = NameEnd(j, end);
            }

            // "in the Kursk region": a region word after the name makes it a theatre too. Otherwise the words skipped
            // may hold a theatre introducer of their own ("dans la région de Louhansk"), so reading resumes after "dans".
            if (theatreOnly && strength != "theatre"
                && !(nameEnd < end && lexicon.LocationIntros.Match(tokens, nameEnd, out var regionWord, out _) && regionWord == "theatre"))
            {
                continue;
            }

            var key = lexicon.Places.Match(tokens, j, out var place, out _) ? place : null;
            var mention = key is null && KnownPlace(tokens[j].Start, tokens[nameEnd - 1].End) is { } entity
                ? new Mention(entity.Start, entity.End, entity.Text, entity.Canonical)
                : MakeMention(j, nameEnd, key);
            if (source is { } src && mention.Start < src.End && src.Start < mention.End)
            {
                continue;
            }

            // "donnerait à la Russie un tremplin": the subject is not also the place.
            if (subject is { } owner && string.Equals(TextFolding.Fold(owner.Key), TextFolding.Fold(mention.Key), StringComparison.Ordinal))
            {
                i = nameEnd - 1;
                continue;
            }

            var distance = figure is null ? -mention.Start : Math.Abs(mention.Start - figure.Start);
            if (distance < bestDistance)
            {
                best = mention;
                bestDistance = distance;
            }

            i = nameEnd - 1;
        }

        if (best is null && figure is not null)
        {
            foreach (var entity in entities)
            {
                // "Moscou aurait envoyé": the name that stands for the state is its subject, not the place.
                if (entity.Type == EntityType.Place && !entity.IsNationality && entity.Start >= sentence.Start && entity.End <= sentence.End
                    && !lexicon.Nationalities.Match(tokens, LowerBound(entity.Start), out _, out _)
                    && entity.Canonical != subject?.Key && !(subject is { } owner && owner.Start < entity.End && entity.Start < owner.End)
                    && !(source is { } said && said.Start < entity.End && entity.Start < said.End))
                {
                    return new Mention(entity.Start, entity.End, entity.Text, entity.Canonical);
                }
            }
        }

        return best;
    }

    private int NameEnd(int j, int end)
    {
        var nameEnd = j + 1;
        while (nameEnd < end && (tokens[nameEnd].Kind == TokenKind.Word && tokens[nameEnd].Upper && tokens[nameEnd].SpaceBefore
            || (tokens[nameEnd].Id == lexicon.Vocabulary.HyphenId && tokens[nameEnd].Adjacent && nameEnd + 1 < end && tokens[nameEnd + 1].Adjacent && tokens[nameEnd + 1].Upper)))
        {
            nameEnd += tokens[nameEnd].Id == lexicon.Vocabulary.HyphenId ? 2 : 1;
        }

        return nameEnd;
    }

    private bool IsPossessive(int token) => tokens[token].Adjacent && tokens[token].Id >= 0 && lexicon.Possessives.Contains(tokens[token].Id);

    private bool IsNationality(int token)
    {
        if (lexicon.Nationalities.Match(tokens, token, out _, out _))
        {
            return true;
        }

        var start = tokens[token].Start;
        foreach (var entity in entities)
        {
            if (entity.IsNationality && entity.Start <= start && start < entity.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The recognised place covering a capitalised name ("mer Noire" for "Noire"), so the place keeps its whole name.</summary>
    private EntityMention? KnownPlace(int start, int end)
    {
        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.Place && !entity.IsNationality && entity.Start <= start && end <= entity.End)
            {
                return entity;
            }
        }

        return null;
    }
}
