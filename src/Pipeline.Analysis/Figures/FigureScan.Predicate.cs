using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// What a number with no noun counts when it is the predicate of its clause: the subject of a verb that states how many
/// ("The new deaths are six", "Les cas confirmés s'élèvent à 1 200"), item by item with "respectively" ("Cases and deaths
/// are 15,064 and 470 respectively"); and what a bare number measures after a seismic event ("an aftershock measuring 5.7").
/// </summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>At most this many tokens between a clause's start and its verb, where the subject is looked for.</summary>
    private const int SubjectReach = 24;

    /// <summary>At most this many tokens in a list of numbers before the "respectively" that closes it.</summary>
    private const int RespectiveListTokens = 12;

    /// <summary>
    /// The subject a number with no noun is the predicate of: after a verb of [predicate-verb] right before the number
    /// (or before the list of numbers it belongs to), the last plural noun phrase of the clause that no preposition
    /// governs, its first conjunct when coordinated. With "respectively", the list's k-th number counts the k-th noun of
    /// the coordinated phrase before the verb that has as many nouns as the list numbers, governed or not ("the number of
    /// cases and deaths rose to 1,200 and 40, respectively").
    /// </summary>
    private bool PredicateSubject(int firstToken, int endToken, bool respectiveOnly, out CountedPhrase phrase)
    {
        phrase = default;
        var listStart = ListStart(firstToken, out var index);
        var verbEnd = listStart;
        var respectively = false;
        var particleEnd = lexicon.PredicateParticles.MatchBefore(tokens, listStart, out _, out var particle) ? particle : listStart;
        if (lexicon.Respectively.MatchBefore(tokens, particleEnd, out _, out var before))
        {
            // "sont respectivement de 1 200 et 40", "s'élèvent respectivement à 1 200 et 40".
            verbEnd = before;
            respectively = true;
        }

        var itemsAfter = ListItemsAfter(endToken, out var listEnd);
        respectively |= listEnd < tokens.Count && lexicon.Respectively.Match(tokens, listEnd, out _, out _);
        if ((respectiveOnly && !respectively) || (!respectively && index > 0)
            || !(PredicateVerbBefore(verbEnd, out var verbStart) || (!respectively && VerbOpensFigure(firstToken, endToken, out verbStart))))
        {
            return false;
        }

        return SubjectBefore(verbStart, respectively ? index : -1, index + 1 + itemsAfter, out phrase);
    }

    /// <summary>
    /// Where a verb of [predicate-verb] ending at <paramref name="end"/> starts, read past an adverb and the preposition
    /// after it ("s'élèvent désormais à", "are now").
    /// </summary>
    private bool PredicateVerbBefore(int end, out int verbStart)
    {
        if (lexicon.PredicateVerbs.MatchBefore(tokens, end, out _, out verbStart))
        {
            return true;
        }

        var adverbEnd = lexicon.PredicateParticles.MatchBefore(tokens, end, out _, out var particle) ? particle : end;
        return lexicon.PredicateAdverbs.MatchBefore(tokens, adverbEnd, out _, out var adverb) && lexicon.PredicateVerbs.MatchBefore(tokens, adverb, out _, out verbStart);
    }

    /// <summary>
    /// "Cholera cases surpass 400,000", "les inscriptions ont dépassé 3 000": a bound that is a verb of [predicate-verb] opens
    /// the figure's own span, and is the verb its subject brings to the number. After a noun of money ("les bénéfices des
    /// clubs ont dépassé 500 millions") the number is an amount, which counts no subject.
    /// </summary>
    private bool VerbOpensFigure(int firstToken, int endToken, out int verbStart)
    {
        verbStart = firstToken;
        return lexicon.PredicateVerbs.Match(tokens, firstToken, out _, out var verbEnd) && verbEnd < endToken && IsNumberAt(verbEnd)
            && !MoneyNounGoverns(firstToken);
    }

    /// <summary>
    /// Where the list of numbers the figure at <paramref name="firstToken"/> ends ("15,064 and 470") starts, and the
    /// figure's place in it: figures found before it, each joined to the next by a comma or a list's joiner.
    /// </summary>
    private int ListStart(int firstToken, out int index)
    {
        index = 0;
        var start = firstToken;
        for (var j = findings.Count - 1; j >= 0; j--)
        {
            var joiner = start - 1;
            var joinerStart = lexicon.ListJoiners.MatchBefore(tokens, start, out _, out var joinerAt) ? joinerAt
                : joiner > 0 && text[tokens[joiner].Start] == ',' ? joiner : -1;
            if (joinerStart < 1 || tokens[joinerStart - 1].End != findings[j].End)
            {
                break;
            }

            index++;
            start = TokenAt(findings[j].Start);
        }

        return start;
    }

    /// <summary>
    /// How many numbers follow the figure ending at <paramref name="endToken"/> in its list ("and 470"), and the token
    /// where the list stops.
    /// </summary>
    private int ListItemsAfter(int endToken, out int listEnd)
    {
        var items = 0;
        var p = endToken;
        for (; p < tokens.Count && p - endToken < RespectiveListTokens && !tokens[p].LineStart; p++)
        {
            var joiner = lexicon.ListJoiners.Match(tokens, p, out _, out _) || text[tokens[p].Start] == ',';
            if (joiner && IsNumberAt(p + 1))
            {
                items++;
            }
            else if (!joiner && !IsNumberAt(p))
            {
                break;
            }
        }

        listEnd = p;
        return items;
    }

    /// <summary>
    /// The subject of the verb starting at <paramref name="verbStart"/>: the last plural noun phrase of its clause that no
    /// preposition governs, or no figure counts already; with <paramref name="pick"/> ≥ 0, the <paramref name="pick"/>-th
    /// conjunct of the last coordinated phrase of <paramref name="items"/> nouns.
    /// </summary>
    private bool SubjectBefore(int verbStart, int pick, int items, out CountedPhrase subject)
    {
        subject = default;
        var clauseStart = verbStart;
        while (clauseStart > 0 && verbStart - clauseStart < SubjectReach && !IsLineOrSentenceStart(clauseStart)
            && text[tokens[clauseStart - 1].Start] != ';')
        {
            clauseStart--;
        }

        var found = false;
        var governed = false;
        var groupGoverned = false;
        var groupEligible = false;
        var groupSize = 0;
        var lastEnd = -1;
        CountedPhrase first = default, picked = default, result = default;
        for (var p = clauseStart; p < verbStart;)
        {
            if (text[tokens[p].Start] == '(' && ClosingBracket(p, verbStart) is >= 0 and var close)
            {
                // "Les inscrits sans activité (catégorie A) reculent à 3 212 400", "Claims (initial filings) fell to 191,000":
                // a bracketed aside names no subject, and closes what a preposition governs, as a comma does.
                p = close + 1;
                governed = false;
                continue;
            }

            if (tokens[p].Kind != TokenKind.Word || IsNumberAt(p))
            {
                // "In the capital, new cases were 300": a comma closes what a preposition governs.
                governed &= tokens[p].Kind == TokenKind.Word;
                p++;
                continue;
            }

            if (lexicon.Determiners.Contains(tokens[p].Id) || lexicon.NounArticles.Contains(tokens[p].Id))
            {
                // "His age": a determiner is no noun, and leaves what governs the noun after it as it is.
                p++;
                continue;
            }

            if (lexicon.Prepositions.Match(tokens, p, out _, out var prepositionEnd))
            {
                governed = true;
                p = prepositionEnd;
                continue;
            }

            if (!ReadPhrase(p, out var noun, verbStart, lineStart: true) || noun.End <= p || noun.End > verbStart)
            {
                // "In Malawi the new deaths were six": a name is what the preposition governs.
                governed &= !tokens[p].Upper;
                p++;
                continue;
            }

            if (groupSize == 0 || !Coordinated(lastEnd, p, commaJoins: pick >= 0))
            {
                Close();
                groupSize = 0;
                groupGoverned = governed;
                // "The 300 new cases were": a noun a figure counts already is that figure's, no subject.
                groupEligible = !(p > 0 && (IsNumberAt(p - 1) || InFigure(p - 1))) && !FramesValue(noun.Thing)
                    && (noun.Plural || (p > 0 && lexicon.PluralDeterminers.Contains(tokens[p - 1].Id)))
                    && !(noun.Sense is { } sense && IsMeasure(sense));
                first = noun;
            }

            if (groupSize == pick)
            {
                picked = noun;
            }

            groupSize++;
            governed = false;
            lastEnd = noun.End;
            p = noun.End;
        }

        Close();
        subject = result;
        return found;

        void Close()
        {
            if (groupSize == 0)
            {
                return;
            }

            if (pick >= 0 ? groupSize == items && groupSize > pick : groupEligible && !groupGoverned)
            {
                result = pick >= 0 ? picked : first;
                found = true;
            }
        }
    }

    /// <summary>
    /// Whether the noun phrase starting at <paramref name="p"/> joins the one ending at <paramref name="lastEnd"/>: a list's
    /// joiner, or with <paramref name="commaJoins"/> a comma ("cases, deaths and recoveries"), and an article, between them.
    /// A comma alone also closes a fronted phrase ("Selon le ministère, les décès"), so it joins only a list that
    /// "respectively" says is one.
    /// </summary>
    private bool Coordinated(int lastEnd, int p, bool commaJoins)
    {
        var k = lastEnd;
        var comma = k < p && text[tokens[k].Start] == ',';
        if (comma)
        {
            k++;
        }

        if (lexicon.ListJoiners.Match(tokens, k, out _, out var joinerEnd))
        {
            k = joinerEnd;
        }
        else if (!comma || !commaJoins)
        {
            return false;
        }

        while (k < p && (lexicon.NounArticles.Contains(tokens[k].Id) || lexicon.LabelDeterminers.Match(tokens, k, out _, out _)))
        {
            k++;
        }

        return k == p;
    }

    /// <summary>
    /// Whether a word of a noun phrase's lemma only frames a value ("rates", "prices", "attentes"): no count of a subject.
    /// A compound the lexicon counts whole frames none ("job cuts totaled 71,000": jobs cut, though "cut" alone is a change).
    /// </summary>
    private bool FramesValue(CountedThing thing)
    {
        if (lexicon.CountedLemmas.ContainsKey(thing.Lemma))
        {
            return false;
        }

        var rest = thing.Lemma.AsSpan();
        while (rest.Length > 0)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            var id = lexicon.Vocabulary.Find(word);
            if (id >= 0 && lexicon.ValueFrames.Contains(id))
            {
                return true;
            }

            rest = space < 0 ? default : rest[(space + 1)..];
        }

        return false;
    }

    /// <summary>At most this many tokens in the object a verb brings to a number ("total confirmed deaths").</summary>
    private const int ObjectTokens = 6;

    /// <summary>
    /// "bringing total deaths to 41", "ce qui porte les décès à 41": a number with no noun that a verb of
    /// [object-predicate-verb] brings its object to counts that object, a plural noun phrase between the verb and the
    /// number ("bringing the total to 41" counts nothing: a total only frames a value).
    /// </summary>
    private bool PredicateObject(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        var objectEnd = lexicon.ObjectPredicateParticles.MatchBefore(tokens, firstToken, out _, out var particle) ? particle : firstToken;
        for (var s = objectEnd - 1; s > 0 && objectEnd - s <= ObjectTokens && tokens[s].Kind == TokenKind.Word && !IsLineOrSentenceStart(s); s--)
        {
            if (!lexicon.ObjectPredicateVerbs.MatchBefore(tokens, s, out _, out _))
            {
                continue;
            }

            var start = s;
            while (start < objectEnd && (lexicon.NounArticles.Contains(tokens[start].Id) || lexicon.Determiners.Contains(tokens[start].Id)))
            {
                start++;
            }

            return start < objectEnd && ReadPhrase(start, out phrase, objectEnd) && phrase.End <= objectEnd && !FramesValue(phrase.Thing)
                && (phrase.Plural || lexicon.PluralDeterminers.Contains(tokens[start - 1].Id)) && !(phrase.Sense is { } sense && IsMeasure(sense));
        }

        return false;
    }

    /// <summary>
    /// "le nombre de morts est passé de 6 à 73", "Arrests climbed from 120 to 310": after a range's joiner, a number with
    /// no noun whose old value, right before the joiner, follows a verb of change is the new value of the same count.
    /// </summary>
    private bool ChangedFrom(int firstToken, out FigureFinding old)
    {
        old = default;
        if (findings.Count == 0 || !lexicon.RangeJoiners.MatchBefore(tokens, firstToken, out _, out var joiner) || joiner < 1
            || tokens[joiner - 1].End != findings[^1].End)
        {
            return false;
        }

        old = findings[^1];
        return (old.Counted is not null || old.Unit is { Category: FigureCategory.Casualties }) && ChangeVerbBefore(TokenAt(old.Start));
    }

    /// <summary>
    /// "the 7.0 earthquake", "a 6.2 quake": a number written with decimals, below ten, right before a seismic event measures
    /// it ("19 earthquakes" are counted).
    /// </summary>
    private bool MeasuredEventAfter(int numberEnd, out CountedPhrase phrase)
    {
        phrase = default;
        if (numberEnd < 3 || numberEnd >= tokens.Count || tokens[numberEnd].Kind != TokenKind.Word || tokens[numberEnd - 1].Kind != TokenKind.Number
            || tokens[numberEnd - 2].Kind != TokenKind.Symbol || text[tokens[numberEnd - 2].Start] != lexicon.DecimalSeparator || !tokens[numberEnd - 2].Adjacent
            || !tokens[numberEnd - 1].Adjacent || tokens[numberEnd - 3].Kind != TokenKind.Number || tokens[numberEnd - 3].Length > 1
            || !lexicon.MeasuredEvents.Match(tokens, numberEnd, out var lemma, out _))
        {
            return false;
        }

        phrase = new CountedPhrase(new CountedThing(lemma, lemma), numberEnd, KnownLemma(lemma, lemma), false);
        return true;
    }

    /// <summary>
    /// "an aftershock measuring 5.7", "The quake measured 6.1", "une réplique de 5,7": a bare number a measuring word joins
    /// to a seismic event measures it by what [measured-event] says (its magnitude).
    /// </summary>
    private bool MeasuredEventBefore(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        if (!lexicon.MeasuringWords.MatchBefore(tokens, firstToken, out _, out var measuring))
        {
            return false;
        }

        // "The quake, measuring 5.7,".
        var eventEnd = measuring > 0 && text[tokens[measuring - 1].Start] == ',' ? measuring - 1 : measuring;
        if (!lexicon.MeasuredEvents.MatchBefore(tokens, eventEnd, out var lemma, out _))
        {
            return false;
        }

        phrase = new CountedPhrase(new CountedThing(lemma, lemma), firstToken, KnownLemma(lemma, lemma), false);
        return true;
    }
}
