using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Who a figure belongs to: the holder that acts in its clause, a speaker speaking of itself, or the holder a sentence is about.</summary>
internal sealed class SubjectReader(ClaimTokens article, ReportingVerbs verbs)
{
    /// <summary>How many words after a reporting verb its object's figure may stand ("announced more than $329 million").</summary>
    private const int FigureReach = 5;

    /// <summary>The holders a sentence names, kept for the next figure so that reading one allocates no list.</summary>
    private readonly List<Mention> candidates = [];

    private readonly LongerName names = new(article);

    /// <summary>Places read inside a name that opens no clause ("la Présidence du Conseil de l'Union européenne"): an entity over them is a complement too.</summary>
    private readonly List<Mention> insideNames = [];

    private List<Token> Tokens => article.Tokens;

    private ClaimLexicon Lexicon => article.Lexicon;

    /// <summary>
    /// The entity the figure belongs to: the holder that opens its clause ("la Russie a lancé l'invasion de l'Ukraine avec
    /// 360 000 soldats"), else the nearest before it in the sentence. A nationality on the figure's own noun ("1 100
    /// soldats russes", "300 Russian soldiers", "135 000 Russes") is no holder but the <paramref name="side"/> the counted
    /// thing is of: the guidelines give such a figure no subject, yet two sides' counts are not one claim.
    /// </summary>
    public Mention? Subject(SentenceSpan sentence, Figure figure, Mention? source, out Mention? side)
    {
        side = null;
        var tokens = Tokens;
        var candidates = this.candidates;
        candidates.Clear();
        insideNames.Clear();
        var (first, end) = article.TokenRange(sentence);
        // A place inside a name that is no candidate itself still says names are known here.
        var namedInside = false;
        for (var i = first; i < end; i++)
        {
            if (Lexicon.IsSubjectWord(tokens[i].Id) && Lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd))
            {
                // "The US Geological Survey", "la Banque de Russie": the name is the candidate, never the place inside it.
                if (names.Contains(i, subjectEnd, first, end, out var nameStart, out var nameEnd))
                {
                    namedInside = true;
                    if (nameEnd > nameStart)
                    {
                        candidates.Add(Unread(nameStart, nameEnd, null));
                    }
                    else
                    {
                        insideNames.Add(Unread(i, subjectEnd, null));
                    }
                }
                else if (!IsPlaceNamedAsPlace(i) && !article.InDateline(i))
                {
                    candidates.Add(Unread(i, subjectEnd, canonical));
                }

                i = subjectEnd - 1;
            }
        }

        // The lexicon's reading keeps the determiner ("la Russie"); an entity adds only what it does not cover.
        var known = candidates.Count;
        foreach (var entity in article.EntityIndex.Within(sentence.Start, sentence.End))
        {
            if (entity.Start >= sentence.Start && entity.End <= sentence.End && CanHold(entity, figure) && !Covered(entity, known)
                && !(entity.Type == EntityType.Organisation && CoveredBy(new Mention(entity.Start, entity.End, string.Empty, string.Empty), insideNames, insideNames.Count))
                && !article.InDateline(article.LowerBound(entity.Start)) && !IsStateNamedAsPlace(entity))
            {
                if (!InsideName(entity, first, end, out var nameStart, out var nameEnd))
                {
                    candidates.Add(new Mention(entity.Start, entity.End, entity.Text, entity.Canonical));
                }
                else
                {
                    namedInside = true;
                    if (nameEnd > nameStart && Unread(nameStart, nameEnd, null) is var name && !CoveredBy(name, candidates, candidates.Count))
                    {
                        candidates.Add(name);
                    }
                }
            }
        }

        // Capitalised words are names only when nothing better is known; an acronym ("L’USAID débloque…") always is one.
        if (figure.Category != FigureCategory.Casualties)
        {
            AddCapitalisedNames(first, end, candidates, acronymsOnly: candidates.Count > 0 || namedInside);
        }

        // "A Russian strike killed three people": who killed is not whose dead they are.
        var agentBefore = figure.Category == FigureCategory.Casualties
            && Lexicon.AgentVerbs.MatchBefore(tokens, article.LowerBound(figure.Start), out _, out _);
        Mention? before = null;
        Mention? opener = null;
        Mention? heldAfter = null;
        var holdingComma = HoldingPhraseEnd(first, end, figure);
        var votedFor = VotedFor(figure, first, end);
        var speech = SpeechStart(sentence, figure, source);
        foreach (var candidate in candidates)
        {
            var c = candidate;
            if (source is { } src && c.Start < src.End && src.Start < c.End)
            {
                continue;
            }

            // "a déclaré à CNN que…", "told CNN that…": whom it was said to holds nothing.
            if (source is { } speaker && c.Start >= speaker.End && c.End <= speech)
            {
                continue;
            }

            if (IsRelayer(c))
            {
                continue;
            }

            // "1 100 soldats russes", "135 000 Russes": a nationality on the figure's own noun says which side the counted
            // thing is of, not who holds it; one that qualifies another noun ("Chinese authorities", "l'invasion russe") names
            // no holder at all (only proper names do). "Les Russes ont massé…" names the people, who may act.
            if (IsNationalityOnly(c))
            {
                if (OnFigureNoun(c, figure))
                {
                    side ??= Read(c);
                    continue;
                }

                if (QualifiesNoun(c))
                {
                    if (!StateBody(c, out var body))
                    {
                        continue;
                    }

                    c = body;
                }
                else if (!OpensClause(article.LowerBound(c.Start), first))
                {
                    // A people named stands for its side only where it acts: "les Russes auraient rassemblé…", not "645 000
                    // Ukrainiens ont fui en février, 3,4 millions en mars".
                    continue;
                }
            }
            else if (figure.Category != FigureCategory.Money && StateQualifiesNoun(c))
            {
                if (!StateBody(c, out var body))
                {
                    continue;
                }

                c = body;
            }

            // "135 000 Russes": the noun counted is itself the subject; a name qualifying it is not ("2,600 Red Cross workers").
            if (c.Start >= figure.Start && c.End == figure.End)
            {
                return Read(c);
            }

            if (heldAfter is null && ((holdingComma >= 0 && OpensAfter(article.LowerBound(c.Start), holdingComma))
                || (votedFor >= 0 && OpensAfter(article.LowerBound(c.Start), votedFor))))
            {
                heldAfter = c;
            }

            if (c.End <= figure.Start && !agentBefore)
            {
                if (before is null || c.Start > before.Value.Start)
                {
                    before = c;
                }

                if (OpensClause(article.LowerBound(c.Start), first) && (opener is null || c.Start > opener.Value.Start))
                {
                    opener = c;
                }
            }
        }

        // "Ukraine : 1 100 soldats russes tués", "(Reuters) - Plus de 1 100 soldats russes…": a count whose noun names its side
        // is another holder's only when that holder acts in its clause ("La Russie a perdu 300 soldats russes"), not a label
        // (a credit in brackets is a dateline's).
        if (side is not null)
        {
            return opener is { } agent && !IsLabel(agent) ? Read(agent) : null;
        }

        // A holder read after a preposition is a complement of the clause ("from Puerto Rico to Connecticut", "four soldiers of
        // the Pakistan army"): the figure is the clause's opener's, or nobody's (the guidelines: a place where something
        // happens is no subject; a grammatical owner is).
        var holder = before is { } nearest && nearest.Start != opener?.Start && IsComplement(nearest, figure)
            ? opener ?? (OwnsClauseSubject(nearest, first) ? nearest : null)
            : before;
        return (holder ?? heldAfter) is { } chosen ? Read(chosen) : null;
    }

    /// <summary>
    /// "Avec 55 députés sur 127, le MPP devra trouver des alliés", "With a market cap of $12 billion, Twitter was…": a
    /// figure in a phrase that opens the sentence on what its holder has belongs to the holder opening the clause after
    /// it. Returns the comma closing that phrase, or -1.
    /// </summary>
    private int HoldingPhraseEnd(int first, int end, Figure figure)
    {
        var start = article.SkipLeadingStrip(first, end);
        if (start >= end || !Lexicon.HoldingOpeners.Match(Tokens, start, out _, out _))
        {
            return -1;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (Tokens[k].Start >= figure.Start && Tokens[k].End <= figure.End)
            {
                continue;
            }

            if (article.IsComma(k))
            {
                return Tokens[k].Start >= figure.End ? k : -1;
            }

            // "With 90% of the ballots counted, the ANC led": a count another made is no holder's.
            if (article.IsBreak(Tokens[k]) || Lexicon.HoldingAbsolutes.Match(Tokens, k, out _, out _))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "11 % des voix pour le Parti libéral et 9 % pour le PSD", "11% of the vote for the Liberal Party": a share of a
    /// vote followed by whom it went to is that party's or candidate's; a figure coordinated after such a share needs
    /// not repeat what it is of. Returns the token of "pour"/"for", or -1.
    /// </summary>
    private int VotedFor(Figure figure, int first, int end)
    {
        if (figure.Category is not (FigureCategory.Percentage or FigureCategory.Count))
        {
            return -1;
        }

        var tokens = Tokens;
        var j = article.LowerBound(figure.End);
        while (j < end && tokens[j].Start < figure.End)
        {
            j++;
        }

        if (j < end && Lexicon.VoteShares.Match(tokens, j, out _, out var shareEnd))
        {
            j = shareEnd;
        }
        else if (!CoordinatedAfterVoteShare(article.LowerBound(figure.Start), first))
        {
            return -1;
        }

        return j < end && Lexicon.VoteRecipients.Match(tokens, j, out _, out _) ? j : -1;
    }

    /// <summary>"… 11 % des voix pour le Parti libéral et 9 % pour le PSD": after "et"/"and" or a comma, with a share of a vote earlier in the sentence.</summary>
    private bool CoordinatedAfterVoteShare(int figureToken, int first)
    {
        var k = figureToken - 1;
        if (k < first || !(article.IsComma(k) || Lexicon.LeadingStrip.Match(Tokens, k, out _, out _)))
        {
            return false;
        }

        for (var i = first; i < k; i++)
        {
            if (Lexicon.VoteShares.Match(Tokens, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A holder right after the comma, a determiner at most between ("…, le MPP", "…, Twitter").</summary>
    private bool OpensAfter(int token, int comma)
    {
        var k = comma + 1;
        if (k < token && Lexicon.Determiners.Match(Tokens, k, out _, out var determinerEnd))
        {
            k = determinerEnd;
        }

        return token == comma + 1 || token == k;
    }

    /// <summary>A place entity that is only a word of a longer organisation name ("the American Red Cross").</summary>
    private bool InsideName(EntityMention entity, int first, int end) => InsideName(entity, first, end, out _, out _);

    private bool InsideName(EntityMention entity, int first, int end, out int nameStart, out int nameEnd)
    {
        (nameStart, nameEnd) = (0, 0);
        var start = article.LowerBound(entity.Start);
        return entity.Type == EntityType.Place && start < end
            && names.Contains(start, Math.Max(start + 1, article.LowerBound(entity.End)), first, end, out nameStart, out nameEnd);
    }

    /// <summary>A candidate whose words are read only if it is chosen: most candidates are not.</summary>
    private Mention Unread(int startToken, int endToken, string? key) =>
        new(Tokens[startToken].Start, Tokens[endToken - 1].End, string.Empty, key ?? string.Empty);

    private Mention Read(Mention candidate)
    {
        if (candidate.Text.Length > 0)
        {
            return candidate;
        }

        var surface = article.Text[candidate.Start..candidate.End];
        return candidate with { Text = surface, Key = candidate.Key.Length > 0 ? candidate.Key : surface };
    }

    /// <summary>
    /// An acronym that opens a clause, after a determiner at most ("L’USAID débloque…", "Since 2022, USAID has…"): one in
    /// brackets restates the phrase before it ("du Bureau des réfugiés (PRM)"), one inside a phrase qualifies it
    /// ("in USAID/OFDA funding", "contre la COVID-19").
    /// </summary>
    private bool ActsAsAcronym(int token, int first)
    {
        if (!article.InCapitals(token))
        {
            return false;
        }

        var k = token > first && Lexicon.Determiners.Match(Tokens, token - 1, out _, out _) ? token - 1 : token;
        return (k == first || article.Text[Tokens[k - 1].Start] != '(') && article.OpensClause(k, first);
    }

    /// <summary>"COVID-19", "F-16", "T-72": a word glued to a number by a hyphen names a thing or a model, not who holds.</summary>
    private bool IsDesignation(int token, int end) =>
        token + 2 < end && Tokens[token + 1] is { Kind: TokenKind.Symbol, Adjacent: true } hyphen && article.Text[hyphen.Start] == '-'
        && Tokens[token + 2] is { Kind: TokenKind.Number, Adjacent: true };

    private static bool CoveredBy(Mention name, List<Mention> by, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (by[k].Start < name.End && name.Start < by[k].End)
            {
                return true;
            }
        }

        return false;
    }

    private bool Covered(EntityMention entity, int known)
    {
        for (var k = 0; k < known; k++)
        {
            if (candidates[k].Start < entity.End && entity.Start < candidates[k].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where what the source said starts, after "que"/"that" between the source and the figure; else the source's end.</summary>
    private int SpeechStart(SentenceSpan sentence, Figure figure, Mention? source)
    {
        if (source is not { } speaker || speaker.Start < sentence.Start || speaker.End > figure.Start)
        {
            return 0;
        }

        var figureToken = article.LowerBound(figure.Start);
        for (var k = article.LowerBound(speaker.End); k < figureToken; k++)
        {
            if (Lexicon.Subordinators.Match(Tokens, k, out _, out _))
            {
                return Tokens[k].Start;
            }
        }

        return 0;
    }

    /// <summary>At most this many words between "cité par"/"quoted by" and the name of who relayed the words ("the state news agency Tass").</summary>
    private const int RelayerReach = 5;

    /// <summary>
    /// "un responsable, cité par l'agence Reuters, a fait état de…", "an official quoted by the state news agency Tass
    /// said…": who quoted or relayed the words is a source or a go-between, never who the figure is about.
    /// </summary>
    private bool IsRelayer(Mention candidate)
    {
        var tokens = Tokens;
        var at = article.LowerBound(candidate.Start);
        for (var k = at; k > 0 && at - k <= RelayerReach; k--)
        {
            if (Lexicon.SourceBefore.MatchBefore(tokens, k, out var cue, out _) && cue == SourceCue.QuotedBy)
            {
                return true;
            }

            if (tokens[k - 1].Kind == TokenKind.Symbol && article.Text[tokens[k - 1].Start] is ',' or ';' or ':' or '.' or '(' or ')')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A holder read after a preposition ("l'invasion de l'Ukraine", "against Ukraine") is a complement of the clause,
    /// not who acts in it, unless a relative clause of its own holds the figure ("l'Ukraine, qui a perdu 300 chars").
    /// </summary>
    private bool IsComplement(Mention holder, Figure figure)
    {
        var tokens = Tokens;
        var at = article.LowerBound(holder.Start);
        var k = at - 1;
        while (k >= 0 && tokens[k].Kind == TokenKind.Word && Lexicon.Determiners.Match(tokens, k, out _, out _) && k > at - 3)
        {
            k--;
        }

        if (k < 0 || !(article.IsOf(k) || Lexicon.Prepositions.Match(tokens, k, out _, out _) || Lexicon.LocationIntros.MatchBefore(tokens, k + 1, out _, out _)))
        {
            return false;
        }

        var figureToken = article.LowerBound(figure.Start);
        for (var j = article.LowerBound(holder.End); j < figureToken; j++)
        {
            if (article.IsRelative(j))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words a clause's subject noun may take between its determiner and "of" ("L'aide humanitaire de").</summary>
    private const int SubjectNounWords = 2;

    /// <summary>
    /// "le PIB de la France devrait progresser de 0,1 %", "L'aide humanitaire de l'UE permet…": a holder after "of"/"de"
    /// that owns the noun opening its clause owns the clause's figures, and so does a recipient ("donnerait à la Russie").
    /// After any other preposition ("from Puerto Rico", "contre la Belgique"), or after "of" inside another phrase ("four
    /// soldiers of the Pakistan army", "the number of Russian troops"), it is a complement and holds nothing.
    /// </summary>
    private bool OwnsClauseSubject(Mention holder, int first)
    {
        var tokens = Tokens;
        var k = article.LowerBound(holder.Start) - 1;
        while (k > first && tokens[k].Kind == TokenKind.Word && Lexicon.Determiners.Match(tokens, k, out _, out var end) && end == k + 1)
        {
            k--;
        }

        // "donnerait à la Russie un tremplin", "sent to five states": a recipient is a subject (the sixth set's reading).
        if (k >= first && tokens[k].Kind == TokenKind.Word && Lexicon.Recipients.Match(tokens, k, out _, out var recipientEnd) && recipientEnd == k + 1)
        {
            return true;
        }

        if (k <= first || !article.IsOf(k))
        {
            return false;
        }

        for (var d = k - 1; d >= first && d >= k - 1 - SubjectNounWords; d--)
        {
            if (tokens[d].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Lexicon.Determiners.Match(tokens, d, out _, out _))
            {
                return article.OpensClause(d, first);
            }
        }

        return false;
    }

    /// <summary>A holder that opens the sentence, a clause, or what a reporting verb or "que"/"that" introduces.</summary>
    private bool OpensClause(int token, int first)
    {
        if (article.OpensClause(token, first))
        {
            return true;
        }

        var k = token - 1;
        return k >= first && Lexicon.Subordinators.Match(Tokens, k, out _, out _);
    }

    /// <summary>"In Kyiv, 3 people were injured", "en Ukraine": a known place right after a place word is where, not who acts.</summary>
    public bool IsPlaceNamedAsPlace(int token) =>
        Tokens[token].Upper && Lexicon.Places.Match(Tokens, token, out _, out _) && Lexicon.LocationIntros.MatchBefore(Tokens, token, out _, out _);

    /// <summary>
    /// "Kyiv says it has recaptured…", "l'Ukraine affirme avoir abattu…", "the United States announced $329 million": a
    /// speaker that speaks of itself right after its reporting verb, or whose verb takes the figure, is who acts, so the
    /// holder its source names ("Kyiv", "Ukraine's air force", "the United States") is the subject.
    /// </summary>
    public Mention? SelfReported(SentenceSpan sentence, Mention source)
    {
        var tokens = Tokens;
        // A speaker named in an earlier sentence ("…, a-t-il ajouté") is not the subject of this one.
        if (source.Start < sentence.Start || source.End > sentence.End)
        {
            return null;
        }

        var end = article.TokenRange(sentence).End;
        var verb = article.LowerBound(source.End);
        if (!SpeaksOfItselfAt(verb, end))
        {
            return null;
        }

        var (first, last) = (article.LowerBound(source.Start), verb);
        for (var i = first; i < last; i++)
        {
            if (Lexicon.IsSubjectWord(tokens[i].Id) && Lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd) && subjectEnd <= last
                && !names.Contains(i, subjectEnd, first, last, out _, out _) && !IsNationalAdjective(i, subjectEnd)
                && article.MakeMention(i, subjectEnd, canonical) is var holder && !StateQualifiesNoun(holder))
            {
                return holder;
            }
        }

        foreach (var e in article.EntityIndex.Within(source.Start, source.End))
        {
            if (e.Start >= source.Start && e.End <= source.End && e.Type == EntityType.Place && IsState(e) && !InsideName(e, first, last))
            {
                var state = new Mention(e.Start, e.End, e.Text, e.Canonical);
                if (!(e.IsNationality ? QualifiesNoun(state) : StateQualifiesNoun(state)))
                {
                    return state;
                }

                if (StateBody(state, out var body))
                {
                    return body;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "The United States announced more than $329 million", "annonce une aide de 50 millions": a figure the reporting
    /// verb takes as its object, a few words after it with no "que"/"that" or preposition between, is the speaker's own.
    /// </summary>
    private bool TakesFigure(int afterVerb, int end)
    {
        var tokens = Tokens;
        for (var k = afterVerb; k < end && k - afterVerb <= FigureReach; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }

            // "estimates the offensive at 300,000 soldiers": a figure after a preposition is what the object is put at.
            if (article.IsBreak(tokens[k]) || Lexicon.Subordinators.Match(tokens, k, out _, out _) || Lexicon.Prepositions.Match(tokens, k, out _, out _))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The holder a sentence is about, for the claims after it: a speaker speaking of itself, else a holder that opens
    /// the sentence or a clause of it ("The United States has also agreed…", "…, Poutine a annoncé"), outside the
    /// source. A holder inside a phrase is not what the sentence is about: "fighting continues in Ukraine", "la région
    /// russe de Koursk, attaquée par l'Ukraine", and "Ukrainian intelligence estimates…" is about what it estimates.
    /// </summary>
    public Mention? Topic(SentenceSpan sentence, SourceReader sources)
    {
        var tokens = Tokens;
        var (first, end) = article.TokenRange(sentence);
        // Most sentences open on no holder and have no speaker speaking of itself: then who speaks does not matter.
        if (!MayHaveTopic(sentence, first, end))
        {
            return null;
        }

        // Who speaks is read only when it can matter: a speaker speaks of itself only before a self-reference or a figure,
        // and otherwise only a holder found below is checked against it. Most sentences have neither.
        Mention? source = null;
        var spoken = false;
        Mention? Source()
        {
            if (!spoken)
            {
                (source, spoken) = (sources.Speaker(sentence), true);
            }

            return source;
        }

        if (MaySpeakOfItself(first, end) && Source() is { } speaker && SelfReported(sentence, speaker) is { } self)
        {
            return self;
        }

        Mention? topic = null;
        for (var i = first; i < end && topic is null; i++)
        {
            if (Lexicon.IsSubjectWord(tokens[i].Id) && Lexicon.Subjects.Match(tokens, i, out var canonical, out var subjectEnd))
            {
                if (article.OpensClause(i, first) && !IsPlaceNamedAsPlace(i) && !article.InDateline(i) && !IsNationalAdjective(i, subjectEnd)
                    && !names.Contains(i, subjectEnd, first, end, out _, out _) && !ClaimTokens.Inside(tokens[i].Start, tokens[subjectEnd - 1].End, Source()))
                {
                    topic = article.MakeMention(i, subjectEnd, canonical);
                }

                i = subjectEnd - 1;
            }
        }

        foreach (var entity in article.EntityIndex.Within(sentence.Start, sentence.End))
        {
            if (entity.Start >= sentence.Start && entity.End <= sentence.End && entity.Start < (topic?.Start ?? int.MaxValue)
                && entity.Type == EntityType.Place && IsState(entity)
                && !(entity.IsNationality && QualifiesNoun(new Mention(entity.Start, entity.End, entity.Text, entity.Canonical)))
                && article.OpensClause(article.LowerBound(entity.Start), first) && !article.InDateline(article.LowerBound(entity.Start))
                && !InsideName(entity, first, end) && !ClaimTokens.Inside(entity.Start, entity.End, Source()))
            {
                topic = new Mention(entity.Start, entity.End, entity.Text, entity.Canonical);
            }
        }

        return topic;
    }

    /// <summary>
    /// Whether some reporting verb of the sentence is followed by a self-reference or takes a figure, as a speaker that
    /// speaks of itself needs (<see cref="SelfReported"/>): without one, who speaks need not be read.
    /// </summary>
    private bool MaySpeakOfItself(int first, int end)
    {
        var tokens = Tokens;
        for (var verb = first; verb < end; verb++)
        {
            // A reporting verb opens on a verb or an auxiliary the lexicon knows: the array reads skip every other word.
            if ((Lexicon.IsVerbWord(tokens[verb].Id) || Lexicon.IsAuxiliaryWord(tokens[verb].Id)) && SpeaksOfItselfAt(verb, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a reporting verb opens at <paramref name="verb"/> and is followed by a self-reference or takes a figure.</summary>
    private bool SpeaksOfItselfAt(int verb, int end) =>
        verb < end && verbs.AfterSpeaker(verb, end, out var afterVerb) && afterVerb < end
        && (Lexicon.SelfReferences.Match(Tokens, afterVerb, out _, out _) || TakesFigure(afterVerb, end));

    /// <summary>Whether a holder opens the sentence or a clause of it, a speaker may speak of itself, or a state is named.</summary>
    private bool MayHaveTopic(SentenceSpan sentence, int first, int end)
    {
        var tokens = Tokens;
        for (var i = first; i < end; i++)
        {
            var id = tokens[i].Id;
            if (Lexicon.IsSelfReferenceWord(id))
            {
                return true;
            }

            if (Lexicon.IsSubjectWord(id) && Lexicon.Subjects.Match(tokens, i, out _, out var subjectEnd))
            {
                if (article.OpensClause(i, first) && !IsPlaceNamedAsPlace(i) && !article.InDateline(i))
                {
                    return true;
                }

                i = subjectEnd - 1;
            }
        }

        foreach (var entity in article.EntityIndex.Within(sentence.Start, sentence.End))
        {
            if (entity.Type == EntityType.Place && entity.Start >= sentence.Start && entity.End <= sentence.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"He then declared…", "Et il a également déclaré…": the sentence's subject is a personal pronoun.</summary>
    public bool OpensWithPronoun(SentenceSpan sentence)
    {
        var (first, end) = article.TokenRange(sentence);
        var start = article.SkipLeadingStrip(first, end);
        return start < end && Lexicon.PersonalPronouns.Match(Tokens, start, out var personal, out _) && personal;
    }

    /// <summary>
    /// "Au Paraguay, les deux millions de doses…", "l'aide des États-Unis à l'Amérique centrale et au Mexique": a state
    /// right after a place word, a determiner at most between, is where the figure happens or goes, not who holds it.
    /// </summary>
    private bool IsStateNamedAsPlace(EntityMention entity)
    {
        if (entity.Type != EntityType.Place || entity.IsNationality)
        {
            return false;
        }

        var at = article.LowerBound(entity.Start);
        return Lexicon.LocationIntros.MatchBefore(Tokens, at, out _, out _)
            || (at > 0 && Lexicon.Determiners.Match(Tokens, at - 1, out _, out var determinerEnd) && determinerEnd == at
                && Lexicon.LocationIntros.MatchBefore(Tokens, at - 1, out _, out _));
    }

    /// <summary>Longer than any nationality ("nord-coréennes"): a longer candidate is not looked up as one.</summary>
    private const int LongestNationality = 24;

    /// <summary>
    /// "russes", "les Russes", "Russian", "European": a candidate that is a nationality or demonym and nothing more, after a
    /// determiner at most, as the lexicon or the entities know it. "l'armée russe" and "le ministère russe" are more.
    /// </summary>
    private bool IsNationalityOnly(Mention candidate)
    {
        var tokens = Tokens;
        var at = article.LowerBound(candidate.Start);
        if (Lexicon.Determiners.Match(tokens, at, out _, out var determinerEnd) && determinerEnd == at + 1 && determinerEnd < tokens.Count
            && tokens[determinerEnd].Start < candidate.End)
        {
            at = determinerEnd;
        }

        if (Lexicon.Nationalities.Match(tokens, at, out _, out var nationalityEnd) && tokens[nationalityEnd - 1].End == candidate.End)
        {
            return true;
        }

        // "un modèle américain", "l'invasion russe": the entities read a lower-case nationality only after an actor noun.
        if (candidate.End - tokens[at].Start <= LongestNationality
            && EntityKnowledge.Default.Nationalities.ContainsKey(TextFolding.Fold(article.Text[tokens[at].Start..candidate.End])))
        {
            return true;
        }

        foreach (var entity in article.EntityIndex.StartingAt(tokens[at].Start))
        {
            if (entity.IsNationality && entity.End == candidate.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "US employers slashed 598,000 jobs", "The U.S. unemployment rate", "A US judge sentenced…": where modifiers stand
    /// before their head, a state's name before a common noun qualifies it as its adjective would ("American troops") and
    /// holds no count or rate; money under it is the state's funding ("U.S. humanitarian support amounts to more than $200
    /// million"), and "the U.S. government" is the state's body. Before its verb the state acts: a verb the word list also
    /// knows as a noun ("US adds 192,000 jobs", "The US plans to send…", "U.S. cut 300 jobs") takes its object, a pronoun or
    /// a preposition at once, and past forms and modals are never the noun.
    /// </summary>
    private bool StateQualifiesNoun(Mention candidate)
    {
        if (Lexicon.HeadFirst || Lexicon.Words is not { } words || !NamesState(candidate))
        {
            return false;
        }

        var tokens = Tokens;
        var next = article.LowerBound(candidate.End);
        if (next + 1 >= tokens.Count || tokens[next] is not { Kind: TokenKind.Word, Upper: false } noun || article.IsPossessive(next)
            || !words.TryRead(article.Text.AsSpan(noun.Start, noun.Length), out var form) || !form.IsNoun || form.IsPastForm
            || Lexicon.Auxiliaries.Match(tokens, next, out _, out _) || Lexicon.ForecastVerbs.Match(tokens, next, out _, out _))
        {
            return false;
        }

        var after = next + 1;
        return !(tokens[after].Kind == TokenKind.Number || tokens[after] is { Kind: TokenKind.Word, Upper: true }
            || Lexicon.Determiners.Match(tokens, after, out _, out _) || Lexicon.PersonalPronouns.Match(tokens, after, out _, out _)
            || Lexicon.SelfReferences.Match(tokens, after, out _, out _)
            || Lexicon.Subordinators.Match(tokens, after, out _, out _) || Lexicon.Prepositions.Match(tokens, after, out _, out _));
    }

    /// <summary>Whether a candidate names a state: a country the entities read there, or a holder the lexicon keys by a country's name.</summary>
    private bool NamesState(Mention candidate)
    {
        foreach (var entity in article.EntityIndex.Within(candidate.Start, candidate.End))
        {
            if (entity.Type == EntityType.Place && !entity.IsNationality && IsState(entity) && entity.Start < candidate.End && candidate.Start < entity.End)
            {
                return true;
            }
        }

        return candidate.Key.Length > 0 && StateNames.Contains(candidate.Key);
    }

    /// <summary>Countries' canonical names ("United States"), by which the lexicon keys the holders that name a state ("U.S.").</summary>
    private static readonly HashSet<string> StateNames =
        EntityKnowledge.Default.Countries.Values.Select(c => c.Canonical).ToHashSet(StringComparer.Ordinal);

    /// <summary>"Russian officials", "les services ukrainiens": a lexicon holder that is only a nationality qualifying a noun.</summary>
    private bool IsNationalAdjective(int start, int end)
    {
        var mention = Unread(start, end, null);
        return IsNationalityOnly(mention) && QualifiesNoun(mention);
    }

    /// <summary>
    /// A nationality that qualifies a noun: lower case ("les soldats russes", "l'invasion russe"), or, where modifiers stand
    /// before their head, one not in a plural form with a word after it ("Russian troops", "Chinese authorities", but not
    /// "the Russians have").
    /// </summary>
    private bool QualifiesNoun(Mention nationality)
    {
        var tokens = Tokens;
        var last = article.LowerBound(nationality.End) - 1;
        if (last < 0 || !tokens[last].Upper)
        {
            return true;
        }

        var next = last + 1;
        return !Lexicon.HeadFirst && next < tokens.Count && tokens[next].Kind == TokenKind.Word
            && !(Lexicon.Words is { } words && words.TryRead(article.Text.AsSpan(tokens[last].Start, tokens[last].Length), out var form) && form.IsNoun && form.Inflected);
    }

    /// <summary>
    /// "le gouvernement américain", "le ministère russe", "the Russian government", "the Russian defence ministry": a state's
    /// body named with its nationality is a name and a holder (the guidelines), from its determiner to its noun, keyed by
    /// the state.
    /// </summary>
    private bool StateBody(Mention nationality, out Mention body)
    {
        body = default;
        var tokens = Tokens;
        var (first, end) = (article.LowerBound(nationality.Start), article.LowerBound(nationality.End));
        var start = first;
        if (Lexicon.HeadFirst)
        {
            if (first == 0 || !(Lexicon.StateBodies.Match(tokens, first - 1, out _, out var bodyEnd) && bodyEnd == first))
            {
                return false;
            }

            start = first - 1;
        }
        else if (end < tokens.Count && Lexicon.StateBodies.Match(tokens, end, out _, out var bodyEnd))
        {
            end = bodyEnd;
        }
        else if (end + 1 < tokens.Count && tokens[end].Kind == TokenKind.Word && Lexicon.StateBodies.Match(tokens, end + 1, out _, out var laterEnd))
        {
            end = laterEnd;
        }
        else
        {
            return false;
        }

        if (start > 0 && Lexicon.Determiners.Match(tokens, start - 1, out _, out var determinerEnd) && determinerEnd == start)
        {
            start--;
        }

        body = article.MakeMention(start, end, nationality.Key.Length > 0 ? nationality.Key : null);
        return true;
    }

    /// <summary>"135 000 Russes", "300 Russian soldiers" (inside the figure's words), "70 000 soldats biélorusses" (right after them).</summary>
    private bool OnFigureNoun(Mention candidate, Figure figure) =>
        (candidate.Start >= figure.Start && candidate.End <= figure.End)
        || article.LowerBound(candidate.Start) == article.LowerBound(figure.End);

    public static bool IsState(EntityMention place) => place.IsNationality || !EntityKnowledge.Default.NonStatePlaceIds.Contains(place.Id);

    /// <summary>
    /// Whether a recognised entity can be the one a figure belongs to. A known city, region or sea is where things
    /// happen, not who holds them ("trois morts à Pokrovsk, au sud-ouest de Bakhmut"); a country, its nationality, a
    /// place we do not know (it may be a state), an organisation or a person can. The dead and wounded are nobody's
    /// holding: a person named in the sentence (the governor who reports them) is not their subject.
    /// </summary>
    private static bool CanHold(EntityMention entity, Figure figure) => entity.Type switch
    {
        EntityType.Equipment => false,
        EntityType.Place => IsState(entity),
        EntityType.Person => figure.Category != FigureCategory.Casualties,
        _ => true,
    };

    /// <summary>
    /// "…, Marine Le Pen 7 678 491 (21,30 %), François Fillon…", "SEC: Siljanovska-Davkova - 39.15%": a name that opens a
    /// list item and stands right before a number, a colon or a dash at most between, labels that count as a results list
    /// does, so it is a candidate even where other names are known, and even after a break.
    /// </summary>
    private bool LabelsCount(int name, int first, int end, bool opensSentence)
    {
        var tokens = Tokens;
        if (name > first && !(article.IsComma(name - 1) || IsLabelMark(name - 1) || Lexicon.LeadingStrip.Match(tokens, name - 1, out _, out _)))
        {
            return false;
        }

        // A sentence's first word is capitalised for its own sake ("Across 3,480 stations", "Inscrits : 6 301 189"): there
        // only a run of capitalised words is a name ("Eva Joly : 2,31 %").
        var j = NameEnd(name, end);
        if (opensSentence && j == name + 1)
        {
            return false;
        }

        if (j < end && IsLabelMark(j))
        {
            j++;
        }

        return j < end && tokens[j].Kind == TokenKind.Number;
    }

    /// <summary>
    /// "Cadbury cut 580 jobs", "Nokia shares fell 4%", "Alstom a supprimé 1 200 postes": a capitalised word opening the
    /// sentence that no word list knows as a common word ("Meanwhile", "Headline" are) names who acts when the holder's own
    /// verb follows its run of capitalised words, so it stands even where other names are known ("… en France").
    /// </summary>
    private bool ActsAsOpeningName(int name, int end)
    {
        var tokens = Tokens;
        if (Lexicon.Words is not { } words || words.TryRead(article.Text.AsSpan(tokens[name].Start, tokens[name].Length), out _))
        {
            return false;
        }

        var j = NameEnd(name, end);
        if (j < end && Lexicon.HolderShares.Match(tokens, j, out _, out var sharesEnd))
        {
            j = sharesEnd;
        }

        if (j >= end || tokens[j] is not { Kind: TokenKind.Word, Upper: false })
        {
            return false;
        }

        return Lexicon.HolderVerbs.Contains(article.Text.AsSpan(tokens[j].Start, tokens[j].Length))
            || article.EndsWithOneOf(tokens[j], Lexicon.SimplePastSuffixes, StringComparison.Ordinal, stem: 2);
    }

    /// <summary>The end of a run of capitalised words from <paramref name="name"/>, over the hyphens inside a name ("Jean-Luc Mélenchon").</summary>
    private int NameEnd(int name, int end)
    {
        var tokens = Tokens;
        var j = name + 1;
        while (j < end)
        {
            if (tokens[j] is { Kind: TokenKind.Word, Upper: true })
            {
                j++;
            }
            else if (j + 1 < end && tokens[j] is { Kind: TokenKind.Symbol, Adjacent: true } && article.Text[tokens[j].Start] == '-'
                && tokens[j + 1] is { Kind: TokenKind.Word, Upper: true, Adjacent: true })
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private bool IsLabel(Mention name)
    {
        var after = article.LowerBound(name.End);
        return after < Tokens.Count && IsLabelMark(after);
    }

    private bool IsLabelMark(int token) =>
        Tokens[token].Kind == TokenKind.Symbol && article.Text[Tokens[token].Start] is ':' or '-' or '–' or '—';

    private void AddCapitalisedNames(int first, int end, List<Mention> into, bool acronymsOnly)
    {
        var known = into.Count;
        var tokens = Tokens;
        var start = article.SkipLeadingStrip(first, end);
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            // A capital opening the sentence ("- Nearly 37,000 people") or after a break says nothing, unless the whole word
            // is in capitals ("Since 2022, USAID has…").
            var opens = i <= start || article.IsBreak(tokens[i - 1]);
            if (token.Kind != TokenKind.Word || !token.Upper || Lexicon.NotNames.Match(tokens, i, out _, out _)
                || (i > first && article.IsOf(i - 1)) || article.InDateline(i) || IsDesignation(i, end))
            {
                continue;
            }

            // "in Nitranske Hrnciarovce", "en Sierra Leone", "à Saint Leu": the place word introduces the whole name, whose
            // later words are no name of their own.
            if (Lexicon.Places.Match(tokens, i, out _, out _)
                || (Lexicon.LocationIntros.MatchBefore(tokens, i, out _, out _) && !Lexicon.TopicIntros.MatchBefore(tokens, i, out _, out _)))
            {
                i = NameEnd(i, end) - 1;
                continue;
            }

            if (((opens && !article.InCapitals(i)) || (acronymsOnly && !ActsAsAcronym(i, first))) && !LabelsCount(i, first, end, i <= start)
                && !(opens && ActsAsOpeningName(i, end)))
            {
                continue;
            }

            var j = NameEnd(i, end);

            var name = Unread(i, j, null);
            if (!CoveredBy(name, into, known))
            {
                into.Add(name);
            }

            i = j - 1;
        }
    }
}
