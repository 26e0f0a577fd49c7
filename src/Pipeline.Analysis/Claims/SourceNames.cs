using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Where the name of who speaks starts and ends. A source is a name or a noun phrase ("le ministère", "Russian President
/// Vladimir Putin"): never a conjunction or a subordinate opener before it ("when", "lorsque"), an occasion after it
/// ("on Friday", "mardi"), an adverb ("officially"), a document standing for its author ("un bilan fourni par la
/// préfecture" is la préfecture), nor a name cut in the middle ("the Office of the"): the whole name or nothing.
/// </summary>
internal sealed partial class SourceNames(ClaimTokens article, ReportingVerbs verbs)
{
    /// <summary>How far a name is read before it is judged cut; a name still open there may run on to <see cref="MaxNameTokens"/>.
    /// A department and its institution take twelve ("la direction de la communication de l'Etat-major des armées").</summary>
    private const int MaxPhraseTokens = 12;
    private const int MaxNameTokens = 16;
    private const int MaxAdverbs = 3;

    private List<Token> Tokens => article.Tokens;

    private ClaimLexicon Lexicon => article.Lexicon;

    /// <summary>
    /// Whether the phrase at <paramref name="start"/> names what a figure varies with ("selon leur âge", "selon les
    /// régions", "according to their income"), not a source.
    /// </summary>
    public bool Criterion(int start, int limit)
    {
        var noun = Lexicon.Determiners.Match(Tokens, start, out _, out var afterDeterminer) ? afterDeterminer : start;
        return noun < limit && !Tokens[noun].Upper && Lexicon.Criteria.Match(Tokens, noun, out _, out _);
    }

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

    /// <summary>Whether the tokens are exactly one phrase of the table ("il", "la même source").</summary>
    private bool IsExactly(PhraseTable<bool> table, int start, int end) => table.Match(Tokens, start, out _, out var matchEnd) && matchEnd == end;

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
    private bool IsFunction(int i)
    {
        var token = Tokens[i];
        return token.Kind == TokenKind.Word && token.Id >= 0
            && (Lexicon.Of.Contains(token.Id) || Lexicon.Determiners.Contains(token.Id) || Lexicon.LeadingStrip.Contains(token.Id)
                || Lexicon.Prepositions.Contains(token.Id) || Lexicon.Agents.Contains(token.Id));
    }
}
