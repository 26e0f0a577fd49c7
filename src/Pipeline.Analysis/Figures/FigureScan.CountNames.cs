using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A count named before its number ("the death toll has risen to 89", "the number of registered voters was 56,949,009", "job losses of 548,400", "magnitude 7.6"): where the name stands, how far it reaches, and what it names.</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>At most this many words between a count's name ("the death toll", "the number of voters") and its number.</summary>
    private const int CountNameGap = 5;

    /// <summary>
    /// At most this many words between a count's name and its number when no plural noun stands between them: "the
    /// confirmed number of swine flu cases in the United States swelled to 245", "nonfarm payroll employment for
    /// November was revised down by 72,000".
    /// </summary>
    private const int CountNameReach = 10;

    /// <summary>
    /// At most this many words between a count's name and its number when a verb that brings the count to the number
    /// stands right before it: "The death toll from a huge earthquake that struck central Chile has risen to 11".
    /// </summary>
    private const int CountNameClauseReach = 20;

    /// <summary>
    /// "magnitude 7.6", "magnitude-8.3", "between magnitudes 6.4 and 7.0": a measure named right before the number, glued
    /// by a hyphen or not, or between a range's opener and its first number.
    /// </summary>
    private bool MeasureNamedBefore(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        var at = firstToken;
        if (at > 1 && tokens[at - 1].Id == lexicon.Vocabulary.HyphenId && tokens[at - 1].Adjacent && tokens[at].Adjacent)
        {
            at--;
        }

        string? lemma;
        int start;
        if (lexicon.MeasureNames.MatchBefore(tokens, at, out lemma, out start))
        {
            // "magnitude 7.6", "magnitude-8.3".
        }
        else if (lexicon.RangeStarts.Match(tokens, firstToken, out _, out var openerEnd) && lexicon.MeasureNames.Match(tokens, openerEnd, out lemma, out var nameEnd)
            && IsNumberAt(nameEnd))
        {
            // "between magnitudes 6.4 and 7.0": the range's opener stands before the measure's name.
            start = openerEnd;
            at = nameEnd;
        }
        else
        {
            return false;
        }

        var sense = KnownLemma(lemma, lemma);
        phrase = new CountedPhrase(new CountedThing(WordSpan(start, at).ToString(), lemma), at, sense, false);
        return true;
    }

    /// <summary>
    /// "The death toll has risen to 89", "the number of registered voters was 56,949,009", "évalue à 7,1 millions le
    /// nombre de personnes déplacées": a count named before the number in its sentence, a few words away, or just after it.
    /// </summary>
    private bool CountNamed(int firstToken, int at, out CountedPhrase phrase)
    {
        var afterDeterminer = lexicon.LabelDeterminers.Match(tokens, at, out _, out var determinerEnd) ? determinerEnd : at;
        if (CountNameAt(afterDeterminer, out phrase))
        {
            return true;
        }

        var aside = 0;
        var competing = -1;
        var crossed = false;
        // "The total number of measles cases admitted to all hospitals to date is 1,844": before a verb that states how many,
        // the number is its subject's, and neither the verb ("totals") nor a noun a preposition governs is another subject.
        var predicate = PredicateVerbBefore(firstToken, out var verbStart) || lexicon.ReachingVerbs.MatchBefore(tokens, firstToken, out _, out verbStart);
        // "employment gains occurred in ambulatory health care services (+23,000)": a signed change in brackets after a noun
        // is that noun's part of the change its clause counts, so the clause's nouns name parts, not other things counted.
        var partChange = IsPartChange(firstToken);
        // "the death toll from a powerful Feb. 22 earthquake": an article or a date is no number between the name and its number.
        for (var s = firstToken - 1; s >= 0 && !(IsNumberAt(s) && !lexicon.Articles.Contains(tokens[s].Id) && InFigure(s)); s--)
        {
            if (IsAbbreviatedMonth(s + 1) || tokens[s].Kind == TokenKind.Number)
            {
                // "Feb. 22": a month's abbreviation ends no sentence, and a number in no figure is a date's.
                continue;
            }

            if (s == firstToken - 1 && text[tokens[s].Start] == '(')
            {
                // "payroll employment changed little (+49,000)".
                aside++;
                continue;
            }

            if (tokens[s].Id == lexicon.Vocabulary.HyphenId && s > 0 && tokens[s].Adjacent && s + 1 < firstToken && tokens[s + 1].Adjacent
                && tokens[s - 1].Kind == TokenKind.Word && tokens[s + 1].Kind == TokenKind.Word)
            {
                // "the number of long-term unemployed": a hyphen inside a word is no break in the clause.
                continue;
            }

            if (tokens[s].Kind != TokenKind.Word)
            {
                // "the number of Russian troops deployed around Ukraine — to the north, south and east — at around 100,000".
                var opening = AsideOpening(s);
                if (opening < 0 && text[tokens[s].Start] == ',' && competing < 0)
                {
                    // "The number of cases has more than doubled in the past week, with at least 1,100 reported": a
                    // clause after a comma may still state the count, when no plural noun stands between.
                    crossed = true;
                    continue;
                }

                if (opening < 0)
                {
                    break;
                }

                aside += s - opening + 1;
                s = opening;
                continue;
            }

            if (CountNameAt(s, out phrase) && phrase.End <= firstToken)
            {
                // "nonfarm payrolls", read back from "payrolls": the longest name ending there.
                while (s > 0 && !IsLineOrSentenceStart(s) && CountNameAt(s - 1, out var longer) && longer.End == phrase.End)
                {
                    phrase = longer;
                    s--;
                }

                // "le nombre de chômeurs inscrits en catégorie A s'établit à": one word describing the noun may open the complement.
                var complement = phrase.End + 1 < verbStart && tokens[phrase.End].Kind == TokenKind.Word && !tokens[phrase.End].Upper
                    && lexicon.Prepositions.Match(tokens, phrase.End + 1, out _, out _) ? phrase.End + 1 : phrase.End;
                if (predicate && competing >= phrase.End && competing < verbStart && NameComplement(complement, verbStart))
                {
                    // "The death toll in Sri Lanka's floods and landslides reached 202", "Employment in food services and
                    // drinking places increased by 42,000": before a verb that states how many, the nouns of the complement a
                    // preposition opens right after the name are the name's, not other things the number may count.
                    competing = -1;
                }

                var gap = firstToken - phrase.End - aside;
                var reach = predicate || partChange ? CountNameClauseReach : CountNameReach;
                return competing >= phrase.End ? !crossed && gap <= CountNameGap : gap <= reach;
            }

            // "the death toll is unknown and rescuers searching the rubble found 12": a plural noun between the name and
            // the number is another thing the number may count.
            competing = competing >= 0 || partChange ? competing
                : (!tokens[s].Upper && !lexicon.NotCounted.Contains(tokens[s].Id) && lexicon.Words.TryRead(WordSpan(s, s + 1), out var between) && between.IsNoun && between.Inflected
                    && !(predicate && (s >= verbStart || GovernedByPreposition(s)))) ? s : -1;

            if (IsLineOrSentenceStart(s) && !IsAbbreviatedMonth(s))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the number at <paramref name="firstToken"/> is a part of a count before it ("dont deux", or joined to such a
    /// part: "dont 2 communautaires et 4") named by a state alone at <paramref name="at"/>, with no noun after it.
    /// </summary>
    private bool PartInState(int firstToken, int at)
    {
        if (!lexicon.PartStates.Match(tokens, at, out _, out var end)
            || !(end >= tokens.Count || lexicon.ListJoiners.Match(tokens, end, out _, out _) || tokens[end].Kind == TokenKind.Symbol))
        {
            return false;
        }

        return BelongsToCountBefore(firstToken)
            || (lexicon.ListJoiners.MatchBefore(tokens, firstToken, out _, out var joiner) && joiner >= 2
                && lexicon.PartStates.MatchBefore(tokens, joiner, out _, out var state) && state >= 1 && IsNumberAt(state - 1));
    }

    /// <summary>A signed number in brackets right after a word: "hospitals (+16,000)", "the federal government (-7,000)".</summary>
    private bool IsPartChange(int firstToken) =>
        firstToken >= 2 && tokens[firstToken].Kind == TokenKind.Symbol && text[tokens[firstToken].Start] is '+' or '-' or '−'
        && text[tokens[firstToken - 1].Start] == '(' && tokens[firstToken - 2].Kind == TokenKind.Word;

    /// <summary>
    /// Whether the tokens over [<paramref name="from"/>, <paramref name="to"/>) are a complement of the count's name before
    /// them: opened by a preposition, and made of nouns, adjectives, names, prepositions, articles, list joiners and a
    /// possessive mark, with no clause of their own ("in Sri Lanka's devastating floods and landslides", not "is unknown
    /// and the hospitals").
    /// </summary>
    private bool NameComplement(int from, int to)
    {
        if (!lexicon.Prepositions.Match(tokens, from, out _, out _))
        {
            return false;
        }

        for (var q = from; q < to; q++)
        {
            var token = tokens[q];
            if (token.Kind == TokenKind.Symbol && TextFolding.IsApostrophe(text[token.Start]) && q + 1 < to && tokens[q + 1].Adjacent)
            {
                // "Sri Lanka’s": a possessive mark and its "s".
                q++;
                continue;
            }

            // A list joiner joins two plural nouns ("floods and landslides"); after anything else ("est inconnu et les
            // hôpitaux") it opens a clause of its own.
            var fits = token.Kind == TokenKind.Word
                ? lexicon.ListJoiners.Match(tokens, q, out _, out _)
                    ? q > from && lexicon.Words.TryRead(WordSpan(q - 1, q), out var joined) && joined.IsNoun && joined.Inflected
                    : token.Upper || lexicon.Prepositions.Match(tokens, q, out _, out _) || lexicon.NounArticles.Match(tokens, q, out _, out _)
                        || lexicon.Words.TryRead(WordSpan(q, q + 1), out _) || (token.Adjacent && TextFolding.IsApostrophe(text[tokens[q - 1].End - 1]))
                : token.Id == lexicon.Vocabulary.HyphenId;
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the token before <paramref name="s"/> is the full stop of a month's abbreviation ("Feb. 22").</summary>
    private bool IsAbbreviatedMonth(int s) =>
        s >= 2 && !tokens[s].LineStart && IsSentenceEnd(s - 1) && lexicon.Months.Match(tokens, s - 2, out var abbreviated, out var end) && abbreviated && end == s - 1;

    /// <summary>
    /// "job losses of 548,400", "a crowd of 20,000", "des effectifs de 20 000": a number that names nothing after it, right
    /// after a noun and "of", counts that noun when it is countable: written in the plural, or naming a group of people.
    /// A noun that only frames a value ("a total of", "an average of", "une hausse de"), a mass ("a net worth of") or a
    /// measure does not; nor does a number followed by a capitalised word, a unit the lexicon lacks ("1.3 A/cm2").
    /// </summary>
    private bool NounOfBefore(int firstToken, int from, out CountedPhrase phrase)
    {
        phrase = default;
        var of = firstToken - 1;
        if (of < 1 || !lexicon.ValueOf.Match(tokens, of, out _, out var ofEnd) || ofEnd != firstToken || IsLineOrSentenceStart(of)
            || (from < tokens.Count && tokens[from].Kind == TokenKind.Word && tokens[from].Upper))
        {
            return false;
        }

        // The noun phrase before "of": lower-case nouns, back to a determiner or the sentence's start; where the head comes
        // first, its own complements too ("des pertes d'emplois de 548 400").
        var start = of;
        while (start > 0 && of - start < PhraseWords && !IsLineOrSentenceStart(start) && tokens[start - 1] is { Kind: TokenKind.Word, Upper: false }
            && !lexicon.LabelDeterminers.Match(tokens, start - 1, out _, out _) && !lexicon.NotCounted.Contains(tokens[start - 1].Id)
            && (NounBefore(start) || (lexicon.HeadFirst && start - 1 > 0 && lexicon.ValueOf.Match(tokens, start - 1, out _, out _))))
        {
            start--;
        }

        while (start < of && !(tokens[start].Kind == TokenKind.Word && lexicon.Words.TryRead(WordSpan(start, start + 1), out var head) && head.IsNoun))
        {
            start++;
        }

        for (var k = start; k < of; k++)
        {
            if (lexicon.ValueFrames.Match(tokens, k, out _, out _) || lexicon.CountNames.Match(tokens, k, out _, out _))
            {
                return false;
            }
        }

        if (lexicon.HeadFirst)
        {
            // "des effectifs de", "des pertes d'emplois de": the first noun is the head, whatever complements follow it.
            return start < of && ReadPhrase(start, out phrase) && phrase.End <= of && Countable(start, phrase);
        }

        for (var s = start; s < of; s++)
        {
            if (ReadPhrase(s, out var candidate, of) && candidate.End == of)
            {
                phrase = candidate;
                return Countable(of - 1, candidate);
            }
        }

        return false;
    }

    /// <summary>Whether a noun phrase before "of" can be counted: no measure, and a head in the plural or naming a group of people.</summary>
    private bool Countable(int head, CountedPhrase phrase) =>
        !(phrase.Sense is { } sense && IsMeasure(sense))
        && (phrase.Plural || phrase.Person || (lexicon.Words.TryRead(WordSpan(head, head + 1), out var form) && (form.IsSpeaker || form.IsPerson)));

    /// <summary>At most this many tokens in an aside between dashes or commas that a count's name is read past.</summary>
    private const int AsideTokens = 16;

    /// <summary>Where the aside closed by the dash at <paramref name="close"/> opens (its first dash), or -1 when no dash opens it in its sentence.</summary>
    private int AsideOpening(int close)
    {
        if (tokens[close].Kind == TokenKind.Symbol && text[tokens[close].Start] == ')')
        {
            // "The number of long-term unemployed (those jobless for 27 weeks or more), at 1.3 million": a bracketed aside.
            return OpeningBracket(close, AsideTokens);
        }

        if (!IsAsideDash(close))
        {
            return -1;
        }

        var comma = text[tokens[close].Start] == ',';
        for (var s = close - 1; s > 0 && close - s <= AsideTokens; s--)
        {
            if (tokens[s].Kind == TokenKind.Symbol && text[tokens[s].Start] == ')' && OpeningBracket(s, AsideTokens) is > 0 and var bracket)
            {
                // "(catégories A, B et C), à 5,6 millions": a comma inside brackets opens no aside of the clause.
                s = bracket;
                continue;
            }

            if (IsAsideDash(s) && (text[tokens[s].Start] == ',') == comma)
            {
                return s;
            }

            if (tokens[s].Kind == TokenKind.Symbol && text[tokens[s].Start] is '.' or '!' or '?' or ';')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A dash or comma that may close or open an aside ("the overall casualty figure, for both armies combined, at").</summary>
    private bool IsAsideDash(int p) =>
        tokens[p].Kind == TokenKind.Symbol && (text[tokens[p].Start] is '—' or '–' or ',' || (text[tokens[p].Start] == '-' && tokens[p].SpaceBefore && !tokens[p + 1].Adjacent));

    /// <summary>A count's name starting at <paramref name="p"/>: one that names its noun ("death toll": deaths), or one whose noun follows ("number of").</summary>
    private bool CountNameAt(int p, out CountedPhrase phrase)
    {
        phrase = default;
        if (!lexicon.CountNames.Match(tokens, p, out var lemma, out var end))
        {
            return false;
        }

        if (lemma.Length == 0)
        {
            // "The number of dead rose to 73": the clause's verb of change ends the phrase ("rose" is also a noun).
            return (ReadPhrase(end, out phrase) && (phrase.End - end < 2 || !lexicon.ChangeVerbs.MatchBefore(tokens, phrase.End, out _, out var verb)
                || ReadPhrase(end, out phrase, verb)) && !(phrase.Sense is { } measure && IsMeasure(measure))) || NominalAdjective(end, out phrase);
        }

        if (lemma == ElidedCount)
        {
            // "The military said 25 insurgents died, but an official put the number at eight": a count's name with no
            // noun of its own counts what the figure before it counts.
            // "Le nombre de chômeurs s'établit à 3,021 millions. […] ce chiffre atteint 5,4 millions": a demonstrative
            // points back to the count of the sentence before.
            // "Eight more flu deaths were reported. That brings the total to 159": a total sums what was counted before it.
            var sum = lexicon.SumNames.Contains(tokens[p].Id);
            var pointsBack = sum || (p > 0 && lexicon.Demonstratives.Contains(tokens[p - 1].Id));
            if (end < tokens.Count && tokens[end].Kind == TokenKind.Word && ReadPhrase(end, out var described)
                && (described.Plural || (sum && !lexicon.ChangeVerbs.Match(tokens, end, out _, out _))))
            {
                // "Total hospital admissions rose to 159", "a total attendance of 1.43 million": a noun after the name is
                // what it counts, the name only describes it; "ce nombre tombe à", "the total rose to" name no noun.
                return false;
            }

            if (!ElidedBefore(p, out var counted, out var countedUnit, sentenceBefore: pointsBack, named: true) || counted is null)
            {
                return false;
            }

            phrase = new CountedPhrase(counted, end, countedUnit, countedUnit?.Person ?? false);
            return true;
        }

        var sense = KnownLemma(lemma, lemma);
        phrase = new CountedPhrase(new CountedThing(WordSpan(p, end).ToString(), lemma), end, sense, sense?.Person ?? false);
        return true;
    }

    /// <summary>
    /// "The number of injured rose towards 300", "the number of long-term unemployed, at 1.3 million": after a count's name,
    /// an adjective that no noun follows stands for the people it describes, and is what the count counts.
    /// </summary>
    private bool NominalAdjective(int p, out CountedPhrase phrase)
    {
        phrase = default;
        var q = p;
        while (q + 2 < tokens.Count && tokens[q].Kind == TokenKind.Word && tokens[q + 1].Id == lexicon.Vocabulary.HyphenId && tokens[q + 1].Adjacent && tokens[q + 2].Adjacent)
        {
            // "long-term unemployed": a hyphened modifier before the adjective.
            q += 2;
        }

        if (q >= tokens.Count || tokens[q].Kind != TokenKind.Word || tokens[q].Upper || lexicon.Numbers.Contains(tokens[q].Id)
            || !lexicon.Words.TryRead(WordSpan(q, q + 1), out var form) || !form.IsAdjective || !NounPhraseEndsAt(q + 1))
        {
            return false;
        }

        var lemma = form.Lemma;
        var sense = KnownLemma(lemma, lemma) ?? (lexicon.Units.Match(tokens, q, out var known, out var knownEnd) && knownEnd == q + 1 ? known : null);
        phrase = new CountedPhrase(new CountedThing(WordSpan(p, q + 1).ToString(), lemma), q + 1, sense, true);
        return true;
    }

    /// <summary>The lemma [count-name] gives a count's name that names no noun and stands for one counted before it ("the number").</summary>
    private const string ElidedCount = "*";
}
