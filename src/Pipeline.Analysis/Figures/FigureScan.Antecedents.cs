using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A number with no noun that counts a noun named earlier: a set fronted before a comma ("Of the deaths, 17,388"), the whole a share is of, what a partitive or subject pronoun stands for ("Ils seraient une centaine").</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>
    /// "Of the deaths, 17,388 were reported in Kashmir", "Parmi ces blessés, sept se trouvent en réanimation": a number
    /// right after the comma that closes a set named at the start of its sentence counts that set's noun.
    /// </summary>
    private bool FrontedSet(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        var comma = firstToken - 1;
        if (comma < 2 || text[tokens[comma].Start] != ',')
        {
            return false;
        }

        for (var s = comma - 1; s >= 0 && comma - s <= PhraseWords + 2; s--)
        {
            if (tokens[s].Kind != TokenKind.Word)
            {
                return false;
            }

            if (IsLineOrSentenceStart(s))
            {
                return lexicon.PartitiveOpeners.Match(tokens, s, out _, out var setStart) && ReadPhrase(setStart, out phrase, comma, lineStart: true)
                    && phrase.End == comma && !(phrase.Sense is { } sense && IsMeasure(sense));
            }
        }

        return false;
    }

    /// <summary>At most this many words between a share and the bracket that gives its count ("45 % des électeurs (1 234 567)").</summary>
    private const int ShareWholeWords = 4;

    /// <summary>
    /// "Près de six réfugiés ukrainiens sur dix (2 922 978 au 25 avril)", "45 % des électeurs (12 345 678)": a number in
    /// brackets after a share counts the people or things the share is of.
    /// </summary>
    private bool CountOfShareBefore(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        var bracket = firstToken - 1;
        if (bracket < 1 || findings.Count == 0 || text[tokens[bracket].Start] != '(' || findings[^1].Unit is not { Category: FigureCategory.Percentage })
        {
            return false;
        }

        var shareStart = TokenAt(findings[^1].Start);
        var shareEnd = TokenAt(findings[^1].End);
        if (bracket - shareEnd > ShareWholeWords || shareEnd > bracket)
        {
            return false;
        }

        for (var p = shareStart; p < bracket; p++)
        {
            if (tokens[p].Kind != TokenKind.Word && p >= shareEnd)
            {
                return false;
            }

            if (tokens[p].Kind == TokenKind.Word && ReadPhrase(p, out phrase, bracket) && phrase.Plural && !(phrase.Sense is { } sense && IsMeasure(sense)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most this many words between a partitive pronoun and the number it stands before ("en aurait une cinquantaine").</summary>
    private const int PartitiveGap = 3;

    /// <summary>
    /// "Le taux de participation fait l'objet de spéculations. Il y en a deux.": after a partitive pronoun a few words
    /// before it, a number with no noun counts the nearest plural noun phrase before the pronoun, in its sentence or the
    /// one before, in its paragraph.
    /// </summary>
    private bool PartitiveAntecedent(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        var pronoun = -1;
        for (var s = firstToken - 1; s >= 0 && firstToken - s <= PartitiveGap && tokens[s].Kind == TokenKind.Word; s--)
        {
            if (lexicon.PartitivePronouns.Contains(tokens[s].Id))
            {
                pronoun = s;
                break;
            }

            if (tokens[s].LineStart)
            {
                break;
            }
        }

        // A verb follows the pronoun ("en a", "en aurait"); a noun follows the preposition of the same spelling ("en hausse de").
        if (pronoun < 0 || (!lexicon.NotCounted.Contains(tokens[pronoun + 1].Id) && lexicon.Words.TryRead(WordSpan(pronoun + 1, pronoun + 2), out _)))
        {
            return false;
        }

        return PluralPhraseBefore(pronoun, out phrase);
    }

    /// <summary>
    /// "Ils seraient une centaine", "they were about 200", "des sans-emploi qui sont 7,2 millions": after a subject pronoun
    /// and a form of "to be", a number with no noun counts what the pronoun stands for: a relative pronoun's noun right
    /// before it, a personal pronoun's nearest plural noun phrase in its sentence or the one before.
    /// </summary>
    private bool CopulaAntecedent(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        if (!lexicon.CopulaSubjects.MatchBefore(tokens, firstToken, out var relative, out var pronoun) || pronoun == 0)
        {
            return false;
        }

        if (!relative)
        {
            return PluralPhraseBefore(pronoun, out phrase, subjectOnly: true);
        }

        // The relative's noun: the word right before it (past a comma), read from its first part ("sans-emploi").
        var nounEnd = tokens[pronoun - 1].Kind == TokenKind.Symbol && text[tokens[pronoun - 1].Start] == ',' ? pronoun - 1 : pronoun;
        var s = nounEnd - 1;
        while (s > 0 && tokens[s].Adjacent && (tokens[s - 1].Id == lexicon.Vocabulary.HyphenId || tokens[s].Id == lexicon.Vocabulary.HyphenId))
        {
            s--;
        }

        return tokens[s].Kind == TokenKind.Word && !tokens[s].Upper && ReadPhrase(s, out phrase, lineStart: true) && phrase.End == nounEnd
            && !(phrase.Sense is { } sense && IsMeasure(sense));
    }

    /// <summary>
    /// The nearest plural noun phrase before token <paramref name="before"/>, in its sentence or the one before, on its
    /// paragraph; with <paramref name="subjectOnly"/>, none a preposition governs ("aux alentours"), since a subject
    /// pronoun stands for a subject or an object.
    /// </summary>
    private bool PluralPhraseBefore(int before, out CountedPhrase phrase, bool subjectOnly = false)
    {
        phrase = default;
        var sentencesLeft = 1;
        for (var s = before - 1; s >= 0; s--)
        {
            if (IsSentenceEnd(s) && sentencesLeft-- <= 0)
            {
                return false;
            }

            if (tokens[s].Kind == TokenKind.Word && !tokens[s].Upper && !lexicon.NotCounted.Contains(tokens[s].Id)
                && lexicon.Words.TryRead(WordSpan(s, s + 1), out var form) && form.IsNoun && form.Inflected && !NounBefore(s)
                && !(subjectOnly && GovernedByPreposition(s))
                && ReadPhrase(s, out phrase, lineStart: true) && phrase.Plural && !(phrase.Sense is { } sense && IsMeasure(sense)))
            {
                return true;
            }

            if (tokens[s].LineStart)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the word before token <paramref name="s"/> is a noun, so that <paramref name="s"/> continues its phrase.</summary>
    private bool NounBefore(int s) =>
        s > 0 && tokens[s - 1].Kind == TokenKind.Word && !tokens[s].LineStart && !lexicon.NotCounted.Contains(tokens[s - 1].Id)
        && lexicon.Words.TryRead(WordSpan(s - 1, s), out var before) && before.IsNoun;
}
