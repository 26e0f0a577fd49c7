using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>Who a figure belongs to: the holder that acts in its clause, a speaker speaking of itself, or the holder a sentence is about.</summary>
internal sealed partial class SubjectReader(ClaimTokens article, ReportingVerbs verbs)
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

    /// <summary>"135 000 Russes", "300 Russian soldiers" (inside the figure's words), "70 000 soldats biélorusses" (right after them).</summary>
    private bool OnFigureNoun(Mention candidate, Figure figure) =>
        (candidate.Start >= figure.Start && candidate.End <= figure.End)
        || article.LowerBound(candidate.Start) == article.LowerBound(figure.End);

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
}
