using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>The name proper inside the words read: past a conjunction, a possessor, a document, a noun of its kind or of quantity.</summary>
internal sealed partial class SourceNames
{
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

    /// <summary>How many words may describe a name's kind before its noun ("the official state news agency").</summary>
    private const int KindWords = 4;

    /// <summary>
    /// "state broadcaster CCTV", "the state news agency SANA": where the words of a name's kind set before it start (the
    /// noun of its kind and the lower-case words and article before it); else <paramref name="nameStart"/>.
    /// </summary>
    public int KindStart(int first, int nameStart)
    {
        var noun = nameStart - 1;
        if (noun <= first || !ClassifiesName(noun))
        {
            return nameStart;
        }

        var start = noun;
        for (var j = noun - 1; j >= first && noun - j <= KindWords; j--)
        {
            if (Tokens[j] is not { Kind: TokenKind.Word, Upper: false } || article.IsBreakAt(j)
                || Lexicon.Subordinators.Match(Tokens, j, out _, out _) || Lexicon.LeadingStrip.Match(Tokens, j, out _, out _))
            {
                break;
            }

            start = j;
            if (Lexicon.Determiners.Match(Tokens, j, out _, out _))
            {
                break;
            }
        }

        return start;
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
}
