using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// What a figure counts as the article writes it: the noun phrase after the number, read word by word with the
/// language's word list (past adjectives, nationalities and model names), a model the entity stage knows, a noun
/// before the number ("tanks: 14"), or the noun counted last in the sentence when the number's own is elided.
/// </summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>At most this many words between a number and the head of what it counts ("well over 1.3 million accompanying artillery rounds").</summary>
    private const int PhraseWords = 6;

    /// <summary>
    /// A noun phrase read as what a figure counts: the thing, the token past it, what our knowledge says of it, whether
    /// it names people, whether its head is written in the plural.
    /// </summary>
    private readonly record struct CountedPhrase(CountedThing Thing, int End, UnitSense? Sense, bool Person, bool Plural = false);

    /// <summary>
    /// What a figure ending at <paramref name="endToken"/> counts. A written unit keeps its meaning and gains the phrase
    /// that names it; a figure without one takes the noun phrase after it (and the figure grows to its end), a noun
    /// before it, or an elided noun. Measures count nothing: their unit says what they measure.
    /// </summary>
    /// <param name="many">Whether the number is two or more, so that what it counts agrees in the plural.</param>
    private (CountedThing? Counted, UnitSense? Unit, int End) ReadCounted(int firstToken, int numberEnd, int endToken, UnitSense? unit, bool many = false)
    {
        if (unit is { Base: { Category: FigureCategory.Money } currency } && unit.Unit.StartsWith(currency.Unit, StringComparison.Ordinal)
            && unit.Unit.AsSpan(currency.Unit.Length).StartsWith(PerSeparator, StringComparison.Ordinal))
        {
            // "90 dollars/baril", "$80 a barrel": a price per a unit counts its currency, per that unit.
            var written = endToken > numberEnd && !lexicon.RateLinks.Match(tokens, numberEnd, out _, out _) ? WordSpan(numberEnd, endToken).ToString() : currency.Unit;
            return (new CountedThing(written, currency.Unit) { Per = unit.Unit[(currency.Unit.Length + PerSeparator.Length)..] }, unit, endToken);
        }

        if (unit is not null && IsMeasure(unit))
        {
            // "400 millions de tonnes d'équivalent CO2": a unit and the complement that makes one unit with it are the thing
            // measured, as written; the unit alone says what any other measure measures.
            return MeasureCompound(endToken, out var compound) ? (compound.Thing, unit, compound.End) : (null, unit, endToken);
        }

        if (unit is null && lexicon.FactorsBefore.MatchBefore(tokens, firstToken, out var factor, out _))
        {
            // "multipliés par trois", "grew by a factor of 4": the number is a factor, which counts times.
            return (null, factor, endToken);
        }

        if (unit is null && MeasureNamedBefore(firstToken, out var measured))
        {
            // "a magnitude 7.6 quake": the number measures what is named before it, and the noun after it is what was measured.
            return (measured.Thing, measured.Sense, endToken);
        }

        if (unit is null && MeasuredEventBefore(firstToken, out var measuredEvent))
        {
            // "an aftershock measuring 5.7": the number measures the event named before it.
            return (measuredEvent.Thing, measuredEvent.Sense, endToken);
        }

        if (unit is null && MeasuredEventAfter(numberEnd, out var measuredAfter))
        {
            // "the 7.0 earthquake", "a 6.2 quake": a decimal before a seismic event is its magnitude, and the event what was measured.
            return (measuredAfter.Thing, measuredAfter.Sense, numberEnd);
        }

        var from = CountedStart(numberEnd);
        // "1,717 (93%) patients", "dont 1 717 (93 %) patients": a share in brackets stands between the count and its noun, and
        // stays a figure of its own, so the count does not grow over it.
        var pastShare = PastBracketedShare(from);
        var bracketed = pastShare != from;
        from = pastShare;
        // "eight injured residents", "the 40 injured people": a fate read as the number's unit befalls the people named after it.
        if (unit is not null && endToken > from && lexicon.FateBefore.Match(tokens, from, out _, out var fateEnd) && fateEnd == endToken
            && ReadPhrase(endToken, out var fated, many: many) && fated.Person)
        {
            return (fated.Thing, unit, fated.End);
        }

        // "19 wounded troops", "two dead soldiers": a fate before people read as the number's unit is theirs.
        if (unit is { Person: true } && FateBefore(from, endToken) is { } fateBefore)
        {
            unit = fateBefore;
        }

        if (unit is not null)
        {
            // "Israel says it has killed 1,500 militants": a unit said before the number (the verb's) leaves the noun after
            // it to say what was counted.
            return endToken > from && ReadPhrase(from, out var written, endToken) && written.End == endToken ? (written.Thing, unit, endToken)
                : endToken == numberEnd && WholeAfter(numberEnd, out var whole) ? (whole.Thing, unit, endToken)
                : endToken == numberEnd && ReadPhrase(from, out var after, many: many) && !(after.Sense is { } sense && IsMeasure(sense)) ? (after.Thing, unit, bracketed ? endToken : after.End)
                : (null, unit, endToken);
        }

        // "dix blessés, dont deux graves", "6 décès dont 2 communautaires et 4 hospitaliers": a part whose only word says
        // the state of what the whole counts counts the whole's noun.
        if (PartInState(firstToken, from) && ElidedBefore(firstToken, out var stateWhole, out var stateUnit) && stateWhole is not null)
        {
            return (stateWhole, stateUnit, endToken);
        }

        // "a 6.6-magnitude quake", "a 12-member team": a noun glued to the number by a hyphen is what it counts, and the
        // noun after it what the whole describes.
        var glued = from == numberEnd + 1 && tokens[numberEnd].Id == lexicon.Vocabulary.HyphenId;
        // "a 7.8 magnitude earthquake and multiple aftershocks": a measure named right after the number is what it
        // measures, whatever the phrase it opens goes on to.
        var limit = glued ? WordEnd(from) : lexicon.MeasureNames.Match(tokens, from, out _, out var measureEnd) ? measureEnd : int.MaxValue;
        // "700 homeowners’ claims" counts claims; "the 27 countries’ leaders" counts countries, the determiner being theirs.
        var genitive = !lexicon.Determiners.MatchBefore(tokens, firstToken, out _, out _);
        if (ReadPhrase(from, out var phrase, limit, many: many, genitive: genitive))
        {
            var sense = phrase.Sense;
            if (phrase.Person && FateBefore(from, phrase.End) is { } fateInPhrase)
            {
                // "20 critically wounded patients", "four slain officers": what befell the people is said before their noun.
                sense = fateInPhrase;
            }

            if ((phrase.Person || sense is null) && PeopleFate(phrase.End) is { } fate && (phrase.Person || IsKillingOrWounding(fate)))
            {
                // "12 journalistes ont été tués": a noun the lexicon does not say is a person still names people when
                // killed or wounded; "12 chars ont été capturés" are no prisoners.
                sense = fate;
            }

            // "517 rushing yards", "3,000 crude oil barrels": a phrase headed by a unit of measure measures in that unit,
            // which says what it measures, as for a unit read right after the number.
            var phraseEnd = bracketed ? endToken : phrase.End;
            return sense is not null && IsMeasure(sense) ? (null, sense, phraseEnd) : (phrase.Thing, sense, phraseEnd);
        }

        if (ChangeTargetAfter(firstToken, numberEnd, out var changed))
        {
            // A measure's old value is in the new value's unit ("passé de 30 à 45 euros"), and counts nothing.
            return changed.Sense is { } measure && IsMeasure(measure) ? (null, measure, endToken) : (changed.Thing, changed.Sense, endToken);
        }

        // "le nombre de morts est passé de 6 à 73": a change's new value counts what its old value counts.
        if (ChangedFrom(firstToken, out var old))
        {
            return (old.Counted, old.Unit, endToken);
        }

        if (WholeAfter(numberEnd, out var of) || CoordinatedAfter(from, out of))
        {
            return (of.Thing, of.Sense, endToken);
        }

        // "dont 895 confirmés", "603 décès (538 confirmés et 65 probables)", "out of 300 tested": a part or the whole of a
        // count named before is in the state the participle says, and counts what that count counts; so does a number after
        // a count of things named by a noun alone ("300 tanks, 120 destroyed"). After a count of people ("708 ill, 171
        // hospitalized", "2 morts et 5 hospitalisés") or none, the participle stands for the people it describes.
        if (!BelongsToCountBefore(firstToken) && NominalParticiple(from, out var participle) && !ElidesNounBefore(firstToken))
        {
            return (participle.Thing, participle.Sense, participle.End);
        }

        if (NamedBefore(firstToken, out var before))
        {
            return (before.Thing, before.Sense, endToken);
        }

        // "Cases and deaths are 15,064 and 470 respectively": each number of the list counts its own noun of the subject.
        if (PredicateSubject(firstToken, endToken, respectiveOnly: true, out var respective))
        {
            return (respective.Thing, respective.Sense, endToken);
        }

        if (LinkedAfter(from, out var linked) || FrontedSet(firstToken, out linked) || CountNamed(firstToken, from, out linked)
            || PredicateSubject(firstToken, endToken, respectiveOnly: false, out linked) || PredicateObject(firstToken, out linked))
        {
            return (linked.Thing, linked.Sense, endToken);
        }

        // "An estimated 120 others, including children, were captured": others with a fate are people, whatever was counted before.
        if (lexicon.PeoplePronouns.Match(tokens, from, out _, out var pronounEnd) && PeopleFate(pronounEnd) is { } othersFate)
        {
            return ElidedBefore(firstToken, out var others, out var othersUnit) && othersUnit is { Person: true } ? (others, othersFate, endToken) : (null, othersFate, endToken);
        }

        // "Il y en a deux", "il y en aurait une cinquantaine": the pronoun stands for the plural noun named last.
        if (PartitiveAntecedent(firstToken, out var antecedent))
        {
            return (antecedent.Thing, antecedent.Sense, endToken);
        }

        // "Ils seraient une centaine", "des sans-emploi qui sont 7,2 millions": a subject pronoun and a copula before the
        // number say it counts the noun the pronoun stands for.
        if (CopulaAntecedent(firstToken, out var subject))
        {
            return (subject.Thing, subject.Sense, endToken);
        }

        if (CountOfShareBefore(firstToken, out var ofShare))
        {
            return (ofShare.Thing, ofShare.Sense, endToken);
        }

        if (!ElidedBefore(firstToken, out var elided, out var elidedUnit, lexicon.IncrementsAfter.Match(tokens, from, out _, out _)))
        {
            if (NounOfBefore(firstToken, from, out var ofNoun))
            {
                return (ofNoun.Thing, ofNoun.Sense, endToken);
            }

            // A bare count that is killed, dies or is wounded is people ("thousands could die").
            return PeopleFate(from) is { } bareFate && IsKillingOrWounding(bareFate) ? (null, bareFate, endToken) : (null, null, endToken);
        }

        if ((elidedUnit is { Person: true } || (elidedUnit is { } counted && counted.Category == FigureCategory.Casualties))
            && PeopleFate(from) is { } elidedFate)
        {
            // "87 people were killed and 515 were injured", "five others still missing": people counted again meet their own fate.
            elidedUnit = elidedFate;
        }

        return (elided, elidedUnit, endToken);
    }

    /// <summary>
    /// "tonnes d'équivalent CO2", "tonnes of CO2 equivalent": the unit word ending at <paramref name="unitEnd"/> and a
    /// complement listed in [measure-compound] after it, read as one thing in its canonical form.
    /// </summary>
    private bool MeasureCompound(int unitEnd, out CountedPhrase phrase)
    {
        phrase = default;
        var unitWord = unitEnd - 1;
        if (unitEnd >= tokens.Count || unitWord < 0 || tokens[unitWord].Kind != TokenKind.Word
            || !lexicon.MeasureCompounds.Match(tokens, unitEnd, out _, out var compoundEnd)
            || !lexicon.Words.TryRead(WordSpan(unitWord, unitEnd), out var form) || !form.IsNoun)
        {
            return false;
        }

        var thing = Thing(unitWord, compoundEnd, lexicon.HeadFirst ? -1 : unitWord, form);
        phrase = new CountedPhrase(thing, compoundEnd, null, false, form.Inflected);
        return true;
    }

    /// <summary>What joins a rate's unit to the unit it is per ("USD per barrel").</summary>
    private const string PerSeparator = " per ";

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
    /// "1,524 were children", "près de 50 de ces pièces d'artillerie": a link between a number and the plural noun phrase
    /// it counts ("5,000 were cast" counts no cast), or a casualty word that stands for people ("three of the wounded").
    /// </summary>
    private bool LinkedAfter(int at, out CountedPhrase phrase)
    {
        phrase = default;
        return lexicon.CountedLinks.Match(tokens, at, out _, out var next) && ReadPhrase(next, out phrase) && (phrase.Plural || phrase.Sense is { Category: FigureCategory.Casualties })
            && !(phrase.Sense is { } sense && IsMeasure(sense));
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

    /// <summary>Whether token <paramref name="s"/>, before the number read now, belongs to a figure found before it.</summary>
    private bool InFigure(int s)
    {
        var start = tokens[s].Start;
        for (var j = findings.Count - 1; j >= 0; j--)
        {
            if (findings[j].Start <= start && start < findings[j].End)
            {
                return true;
            }

            if (findings[j].End <= start)
            {
                return false;
            }
        }

        return false;
    }

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

    /// <summary>
    /// "708 ill, 171 hospitalized and 4 dead", "12 évacués et 45 hospitalisés": a past participle right after a number,
    /// closing its entry of a list or its clause, stands for the people it describes, as an adjective does after a count's
    /// name. Known to the word list as a verb's past form, or lacking from it (which holds nouns and adjectives only) and
    /// ending as participles do.
    /// </summary>
    private bool NominalParticiple(int p, out CountedPhrase phrase)
    {
        phrase = default;
        var next = p + 1;
        if (p >= tokens.Count || tokens[p].Kind != TokenKind.Word || tokens[p].Upper || tokens[p].LineStart || lexicon.NotCounted.Contains(tokens[p].Id)
            || !(lexicon.Words.TryRead(WordSpan(p, next), out var form) ? form.IsPastForm && !form.IsNoun : HasEnding(p, lexicon.AdjectiveEndings))
            || !(next >= tokens.Count || lexicon.ListJoiners.Match(tokens, next, out _, out _)
                 || (tokens[next].Kind == TokenKind.Symbol && text[tokens[next].Start] is ',' or ';' or '.' or ')' or ':')))
        {
            return false;
        }

        var written = WordSpan(p, next).ToString();
        var lemma = form.Lemma ?? written.ToLowerInvariant();
        if (form.Lemma is null && lemma.EndsWith('s') && HasEnding(lemma.AsSpan(0, lemma.Length - 1), lexicon.AdjectiveEndings))
        {
            // "hospitalisés": the plural of a participle the word list lacks.
            lemma = lemma[..^1];
        }

        var sense = KnownLemma(lemma, lemma) ?? (lexicon.Units.Match(tokens, p, out var known, out var knownEnd) && knownEnd == next ? known : null);
        phrase = new CountedPhrase(new CountedThing(written, lemma), next, sense, true, true);
        return true;
    }

    /// <summary>
    /// Whether the figure starting at <paramref name="firstToken"/> is a part or the whole of a count before it: a part after
    /// "dont", "including", or a bracket right after that count; the whole after the part and "out of" ("20 patients, out
    /// of 300 tested").
    /// </summary>
    private bool BelongsToCountBefore(int firstToken)
    {
        if (lexicon.SubsetOpeners.MatchBefore(tokens, firstToken, out _, out _) || (firstToken >= 2 && text[tokens[firstToken - 1].Start] == '(' && InFigure(firstToken - 2)))
        {
            return true;
        }

        if (!lexicon.PartOf.MatchBefore(tokens, firstToken, out _, out var partOf) || partOf < 1)
        {
            return false;
        }

        var part = text[tokens[partOf - 1].Start] == ',' ? partOf - 2 : partOf - 1;
        return part >= 0 && InFigure(part);
    }

    /// <summary>Whether nothing that continues a noun phrase starts at <paramref name="q"/>: a sign, or the clause's verb.</summary>
    private bool NounPhraseEndsAt(int q)
    {
        if (q >= tokens.Count || tokens[q].Kind != TokenKind.Word)
        {
            // "the number of such (admittedly rare) events": a bracket may open inside the noun phrase.
            return q >= tokens.Count || text[tokens[q].Start] != '(';
        }

        if (lexicon.ChangeVerbs.Match(tokens, q, out _, out _) || lexicon.PredicateVerbs.Match(tokens, q, out _, out _))
        {
            return true;
        }

        if (lexicon.NotCounted.Contains(tokens[q].Id))
        {
            // "The number of infected has reached 1,200", "in the province": an auxiliary or a preposition the word list
            // also knows as a noun ("has": hectares, "in": inches) ends the phrase.
            return true;
        }

        return !tokens[q].Upper && !lexicon.Numbers.Contains(tokens[q].Id)
            && !(lexicon.Words.TryRead(WordSpan(q, q + 1), out var next) && (next.IsNoun || next.IsAdjective));
    }

    /// <summary>The lemma [count-name] gives a count's name that names no noun and stands for one counted before it ("the number").</summary>
    private const string ElidedCount = "*";

    private static bool IsKillingOrWounding(UnitSense fate) =>
        fate.Category == FigureCategory.Casualties && fate.Unit is "killed" or "wounded" or "killed or wounded";

    private static bool IsMeasure(UnitSense unit) =>
        unit.Category is FigureCategory.Money or FigureCategory.Distance or FigureCategory.Area or FigureCategory.Duration
            or FigureCategory.Percentage or FigureCategory.Dimension;

    /// <summary>Where the words a number counts may start: past a glued hyphen and, after a scale or an order of magnitude, "de"/"of".</summary>
    private int CountedStart(int at)
    {
        var n = tokens.Count;
        var p = at;
        if (p + 1 < n && tokens[p].Id == lexicon.Vocabulary.HyphenId && tokens[p].Adjacent && tokens[p + 1].Adjacent && tokens[p + 1].Kind == TokenKind.Word)
        {
            p++;
        }

        if (p > 0 && p < n && lexicon.UnitLinks.Match(tokens, p, out _, out var afterLink) && IsMagnitudeWord(p - 1))
        {
            p = afterLink;
        }

        // "15,745 under-five malaria cases": an age group before the noun describes what is counted.
        if (OpensAgeGroup(p))
        {
            p += 3;
        }

        // "12 « terroristes »", "At least 12 "terrorists"": a noun the writer puts in quotes is still the one counted.
        return IsOpeningQuote(p) && tokens[p + 1].Kind == TokenKind.Word && !tokens[p + 1].LineStart ? p + 1 : p;
    }

    /// <summary>Past a bracket holding one number and its percent sign or word ("(93%)", "(93 %)", "(93 percent)") before a word; else <paramref name="p"/>.</summary>
    private int PastBracketedShare(int p)
    {
        var n = tokens.Count;
        if (p + 3 >= n || tokens[p].Kind != TokenKind.Symbol || text[tokens[p].Start] != '(' || tokens[p + 1].Kind != TokenKind.Number
            || !NumberReader.Read(text, tokens, p + 1, lexicon, false, out var share) || share.Scaled || share.Words
            || !lexicon.Units.Match(tokens, share.End, out var unit, out var unitEnd) || unit.Category != FigureCategory.Percentage
            || unitEnd + 1 >= n || tokens[unitEnd].Kind != TokenKind.Symbol || text[tokens[unitEnd].Start] != ')' || tokens[unitEnd + 1].Kind != TokenKind.Word)
        {
            return p;
        }

        return unitEnd + 1;
    }

    /// <summary>A quotation mark that opens a quote: one that only opens, or a straight one after a space and before a word.</summary>
    private bool IsOpeningQuote(int p) =>
        p + 1 < tokens.Count && tokens[p].Kind == TokenKind.Symbol && tokens[p].Length == 1
        && (text[tokens[p].Start] is '«' or '“' or '„' || (text[tokens[p].Start] == '"' && tokens[p].SpaceBefore && tokens[p + 1].Adjacent));

    private bool IsMagnitudeWord(int at) =>
        (lexicon.Numbers.Match(tokens, at, out var word, out var end) && end == at + 1 && word.Kind == NumberWordKind.Scale)
        || lexicon.Vague.Match(tokens, at, out _, out _) || lexicon.Vague.MatchBefore(tokens, at + 1, out _, out _);

    /// <summary>
    /// The noun phrase starting at <paramref name="p"/>, on the number's line (unless <paramref name="lineStart"/>) and
    /// before <paramref name="limit"/>: a
    /// model's name, or a head noun with the words that make the thing.
    /// </summary>
    /// <param name="genitive">Whether a plural possessor may modify the noun after it ("homeowners’ claims").</param>
    private bool ReadPhrase(int p, out CountedPhrase phrase, int limit = int.MaxValue, bool lineStart = false, bool many = false, bool genitive = false)
    {
        phrase = default;
        // "zero five": a spelled-out number is the next number, never what the one before it counts.
        if (p >= tokens.Count || tokens[p].Kind != TokenKind.Word || (tokens[p].LineStart && !lineStart) || lexicon.Numbers.Contains(tokens[p].Id))
        {
            return false;
        }

        return lexicon.HeadFirst ? ReadHeadFirst(p, out phrase, many) : ReadHeadLast(p, out phrase, Math.Min(limit, tokens.Count), many, genitive);
    }

    /// <summary>
    /// "chars", "pièces d'artillerie", "Ukrainiens", "31 Abrams américains": past the adjectives that may stand before a
    /// noun ("autres", "nouveaux"), the first word is the head; a known unit phrase starting there ("véhicules blindés")
    /// is the thing whole, and the adjectives after it describe it.
    /// </summary>
    private bool ReadHeadFirst(int p, out CountedPhrase phrase, bool many = false)
    {
        phrase = default;
        var q = SkipFillers(p);
        if (q >= tokens.Count || tokens[q].Kind != TokenKind.Word)
        {
            return false;
        }

        // "4 immenses télescopes", "12 puissants missiles": an adjective that is no noun may stand before the head.
        for (var k = 0; k < PrePosedAdjectives && PrePosedAdjective(q); k++)
        {
            q = WordEnd(q);
        }

        if (names.ModelAt(tokens[q].Start, out var model))
        {
            return ModelPhrase(model, out phrase);
        }

        if (lexicon.NounLocutions.Match(tokens, q, out var locution, out var locutionEnd) && !tokens[locutionEnd - 1].LineStart)
        {
            // "six mis en cause": a noun of several words is counted whole, in its lemma.
            var locutionSense = KnownLemma(locution, locution);
            var written = WordSpan(q, locutionEnd);
            if (!lexicon.CountedThings.TryGet(written, out var locutionThing))
            {
                locutionThing = new CountedThing(written.ToString(), locution);
                lexicon.CountedThings.Add(locutionThing);
            }

            phrase = new CountedPhrase(locutionThing, locutionEnd, locutionSense, locutionSense?.Person ?? false, true);
            return true;
        }

        var next = WordEnd(q);
        if (lexicon.NotCounted.Contains(tokens[q].Id) || !(lexicon.Words.TryRead(WordSpan(q, next), out var head) || PrefixedNoun(q, next, out head)) || !head.IsNoun)
        {
            return false;
        }

        if (many && !head.Inflected && IsParticiple(q, next))
        {
            // "36 054 394 représentant 97,43 % des votants": after a plural count, a singular form in "-ant" is the verb.
            return false;
        }

        var end = next;
        UnitSense? sense = null;
        if (lexicon.Units.Match(tokens, q, out var known, out var knownEnd) && !(known.Capital && !tokens[q].Upper) && knownEnd >= end)
        {
            sense = known;
            end = knownEnd;
        }
        else if (CompoundEnd(q, next, head) is var compoundEnd && compoundEnd > next)
        {
            end = compoundEnd;
        }

        var thing = Thing(q, end, -1, head);
        sense ??= KnownLemma(thing.Lemma, head.Lemma);
        phrase = new CountedPhrase(thing, end, sense, sense?.Person ?? head.IsPerson, head.Inflected);
        return true;
    }

    /// <summary>At most this many adjectives read past before a head that comes first ("4 immenses télescopes").</summary>
    private const int PrePosedAdjectives = 2;

    /// <summary>Whether the word at <paramref name="q"/> is an adjective and no noun, and a noun follows it on its line.</summary>
    private bool PrePosedAdjective(int q)
    {
        var next = WordEnd(q);
        return !tokens[q].Upper && lexicon.Words.TryRead(WordSpan(q, next), out var form) && form.IsAdjective && !form.IsNoun
            && next < tokens.Count && tokens[next].Kind == TokenKind.Word && !tokens[next].LineStart
            && !lexicon.NotCounted.Contains(tokens[next].Id) && !lexicon.Numbers.Contains(tokens[next].Id)
            && lexicon.Words.TryRead(WordSpan(next, WordEnd(next)), out var after) && after.IsNoun;
    }

    /// <summary>At most this many tokens after a head that a compound noun may hold ("bureaux de vote", "chefs d'État").</summary>
    private const int CompoundTokens = 5;

    /// <summary>
    /// "12 bureaux de vote", "trois États membres": where the compound noun opened by the head at <paramref name="q"/>
    /// ends, when the head and the words after it, reduced to their singular, are a compound the lexicon lists; a
    /// complement that is no compound ("doses de vaccin") leaves the head alone. <paramref name="next"/> when none.
    /// </summary>
    private int CompoundEnd(int q, int next, WordForm head)
    {
        if (!lexicon.CompoundHeads.Contains(head.Lemma))
        {
            return next;
        }

        var end = next;
        for (var e = next + 1; e <= next + CompoundTokens && e <= tokens.Count; e++)
        {
            var last = tokens[e - 1];
            if (last.LineStart || (last.Kind != TokenKind.Word && !TextFolding.IsApostrophe(text[last.Start])))
            {
                break;
            }

            if (last.Kind == TokenKind.Word && lexicon.CountedLemmas.ContainsKey(Lemma(q, e, -1, head)))
            {
                end = e;
            }
        }

        return end;
    }

    private bool IsParticiple(int q, int next) =>
        lexicon.ParticipleEnding.Length > 0 && next == q + 1 && !tokens[q].Upper
        && WordSpan(q, next).EndsWith(lexicon.ParticipleEnding, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "215 000 non-Ukrainiens", "3 ex-militaires": a compound the word list does not know, whose last part is a noun, is
    /// that noun with its prefix.
    /// </summary>
    private bool PrefixedNoun(int q, int next, out WordForm form)
    {
        form = default;
        if (next - q < 3 || !lexicon.Words.TryRead(WordSpan(next - 1, next), out var last) || !last.IsNoun)
        {
            return false;
        }

        var prefix = text.AsSpan(tokens[q].Start, tokens[next - 1].Start - tokens[q].Start);
        if (next - q == 3 && lexicon.Words.TryRead(WordSpan(q, q + 1), out var first) && first.IsNoun && first.Inflected
            && lexicon.Words.TrySingular(WordSpan(q, q + 1), out var singular))
        {
            // "100 jours-amende": a compound of two nouns takes its plural on the first, and its lemma is singular there too.
            form = new WordForm(last.Kind, string.Concat(singular, text.AsSpan(tokens[q + 1].Start, tokens[q + 1].Length), last.Lemma), true);
            return true;
        }

        form = new WordForm(last.Kind, string.Concat(prefix, last.Lemma), last.Inflected);
        return true;
    }

    /// <summary>
    /// "230 individual howitzers", "1.3 million accompanying artillery rounds", "83 battalion tactical groups": nouns and
    /// adjectives up to the head, which is the last noun, or the first plural one. The adjectives before the first
    /// noun describe the thing ("individual", "Russian") and are left out; a capitalised name is a model's and names
    /// no kind ("Storm Shadow missiles"), unless it is a nationality.
    /// </summary>
    private bool ReadHeadLast(int p, out CountedPhrase phrase, int n, bool many = false, bool genitive = false)
    {
        phrase = default;
        int runStart = p, textFirst = -1, head = -1, headEnd = -1, coordinator = -1;
        WordForm headForm = default;
        (int Head, int HeadEnd, WordForm Form) beforeCoordinator = default;
        EntityMention? model = null;
        bool? titleLine = null;
        var restorable = false;
        var pluralModifier = -1;
        var q = p;
        for (var k = 0; k < PhraseWords && q < n && (tokens[q].Kind == TokenKind.Word || ModelDigitsAt(q, p)) && (q == p || !tokens[q].LineStart); k++)
        {
            if (tokens[q].Kind == TokenKind.Number)
            {
                // "two new 737 Max jets": a model's digits and the name after them describe the noun that follows.
                q = runStart = SkipDesignation(q + 1, out _);
                textFirst = head = -1;
                continue;
            }

            if (names.ModelAt(tokens[q].Start, out var found))
            {
                // "60 Bradleys next month": a model written in the plural is the noun counted; in the singular, a noun
                // may follow it ("18 Leopard 2 tanks").
                if (IsPluralModel(found))
                {
                    return ModelPhrase(found, out phrase);
                }

                model = found;
                q = runStart = TokenAt(found.End);
                textFirst = head = -1;
                continue;
            }

            if (lexicon.Numbers.Contains(tokens[q].Id))
            {
                break;
            }

            if ((head < 0 || tokens[head].Upper) && q > p && lexicon.NameCoordinators.Contains(tokens[q].Id))
            {
                // "270 Red Cross and partner shelters", "50 US and German tanks": names and adjectives joined before one head.
                coordinator = coordinator < 0 ? q : coordinator;
                q++;
                continue;
            }

            if (head >= 0 && !headForm.Inflected && coordinator < 0 && lexicon.NameCoordinators.Contains(tokens[q].Id))
            {
                // "21,000 navy and air force personnel": a singular noun joined to the phrase after it may be a modifier
                // both conjuncts share; it is, when that phrase is longer than its head (below).
                beforeCoordinator = (head, headEnd, headForm);
                restorable = true;
                coordinator = q++;
                head = -1;
                continue;
            }

            // "US" is a name, not the pronoun the list of words never counted holds.
            if (lexicon.NotCounted.Contains(tokens[q].Id) && !IsAcronym(q))
            {
                break;
            }

            // "one hand behind her head": after the head, a preposition the word list also knows as a noun ("behind")
            // opens a complement, never a compound.
            if (head >= 0 && lexicon.Prepositions.Contains(tokens[q].Id))
            {
                break;
            }

            var next = WordEnd(q);
            var known = lexicon.Words.TryRead(WordSpan(q, next), out var form);
            if (tokens[q].Upper && !IsLineOrSentenceStart(q) && IsAcronym(q) && (titleLine ??= IsTitleLine(q)))
            {
                // "Number of US Swine Flu Cases": in a title, an acronym is the only name.
                q = runStart = next;
                textFirst = head = -1;
                continue;
            }

            // "10,000 new Ebola cases": an illness written with a capital names a kind of case, no model.
            if (tokens[q].Upper && !IsLineOrSentenceStart(q) && (IsAcronym(q) || !(titleLine ??= IsTitleLine(q)))
                && !(known && (form.IsAdjective || (form.IsNoun && (form.Inflected || form.IsIllness)))))
            {
                if ((lexicon.PrefixUnits.Match(tokens, q, out _, out var codeEnd) || lexicon.Units.Match(tokens, q, out _, out codeEnd)) && IsNumberAt(codeEnd))
                {
                    // "3 USD50 cards": a currency's code opens the next amount.
                    break;
                }

                // "300 hepatitis E cases", "vitamin D tablets": a capital letter alone after a common noun names its kind,
                // and stays in the thing counted.
                if (tokens[q].Length == 1 && head == q - 1 && !tokens[head].Upper && !headForm.Inflected && q + 1 < n && tokens[q + 1].Kind == TokenKind.Word
                    && !(q + 2 < n && tokens[q + 1].Adjacent && text[tokens[q + 1].Start] == '.'))
                {
                    q = next;
                    continue;
                }

                // "two U.S. jets": an abbreviated name describes the noun after it.
                var afterAbbreviation = AbbreviationEnd(q);
                if (afterAbbreviation > q)
                {
                    q = runStart = afterAbbreviation;
                    textFirst = head = -1;
                    continue;
                }

                // A name: a model's ("Storm Shadow", "Leopard 2"), which the noun after it counts.
                var afterName = SkipDesignation(q, out _);
                q = runStart = afterName > q ? afterName : next;
                textFirst = head = -1;
                continue;
            }

            if (!known)
            {
                // "US-made drones": an unknown compound before a noun describes it.
                if (next - q > 1)
                {
                    q = next;
                    continue;
                }

                // "34 000 polling stations": a verb's form the word list lacks, before a word, is part of the thing's name.
                if (!tokens[q].Upper && HasEnding(q, lexicon.ModifierEndings) && next < n && tokens[next].Kind == TokenKind.Word)
                {
                    textFirst = textFirst < 0 ? q : textFirst;
                    q = next;
                    continue;
                }

                // "189 newly hospitalised patients", "12 heavily damaged buildings": an adverb before a word that describes
                // the noun is left out with it.
                if (!tokens[q].Upper && head < 0 && HasEnding(q, lexicon.AdverbEndings) && DescribesNounAt(next))
                {
                    q = next;
                    continue;
                }

                // "7,699 underestimated species": a participle the word list lacks, before a noun it knows, describes it.
                if (!tokens[q].Upper && head < 0 && HasEnding(q, lexicon.AdjectiveEndings) && CommonNounAt(next, out _))
                {
                    q = next;
                    continue;
                }

                break;
            }

            if (!form.IsNoun && !form.IsAdjective)
            {
                break;
            }

            // "around 73 raising the prospect": a verb's "-ing" form before an article takes it as its object, no noun counted.
            if (next < n && HasEnding(q, lexicon.ModifierEndings) && lexicon.NounArticles.Match(tokens, next, out _, out _))
            {
                break;
            }

            // "a 6.5 magnitude earthquake | struck east of": after the head, a verb's past form starts the clause's verb.
            if (head >= 0 && !form.IsNoun && form.IsPastForm)
            {
                break;
            }

            // "17 home games": a word the lexicon reads mostly as a noun modifies the head as a noun, and the compound keeps it.
            if (form.IsNoun && textFirst < 0 && (!form.IsAdjective || (tokens[q].Upper && form.Inflected) || (form.IsNounModifier && !tokens[q].Upper)))
            {
                textFirst = q;
            }

            if (form.IsNoun)
            {
                head = q;
                headEnd = next;
                headForm = form;
                if (form.Inflected)
                {
                    // "1,600 homeowners claims": a plural noun right before another plural noun cannot be the verb's
                    // subject (a plural takes no verb in "-s"), so it modifies the noun after it, which is the head.
                    var after = genitive && IsPluralPossessive(q, next) ? next + 1 : next;
                    if (PluralSenseAt(after, n))
                    {
                        // "400 defense forces personnel", "300 social services staff": a plural before a noun plural in
                        // sense is a modifier whose plural belongs to its name ("armed forces"), kept as written.
                        q = after;
                        continue;
                    }

                    if (!PluralNounAt(after, n))
                    {
                        break;
                    }

                    pluralModifier = q;
                    next = after;
                }
            }

            q = next;
        }

        // The phrase after the coordinator shares its head with the noun before it only when it holds more than its head
        // ("partner shelters", "air force personnel"); a head alone is a second thing counted ("police and soldiers").
        var shared = coordinator >= 0 && head > coordinator + 1;
        if (restorable && !shared)
        {
            (head, headEnd, headForm) = beforeCoordinator;
        }

        if (head < 0)
        {
            return model is not null && ModelPhrase(model, out phrase);
        }

        if (textFirst < 0 || textFirst > head)
        {
            textFirst = head;
        }

        if (many && headForm.IsIllness && !headForm.Inflected && textFirst == head && lexicon.IllnessCount.Length > 0)
        {
            // "32,091 dengue across the country": an illness counted by two or more is a count of its cases.
            var written = WordSpan(head, headEnd).ToString();
            var cases = new CountedThing(written, string.Concat(headForm.Lemma, " ", lexicon.IllnessCount));
            var casesSense = KnownLemma(cases.Lemma, lexicon.IllnessCount);
            phrase = new CountedPhrase(cases, headEnd, casesSense, false, true);
            return true;
        }

        if (many && head > p && textFirst == p && CompoundModifier(p, head, headForm, out var modifierEnd, out var compoundModifier))
        {
            // "the 18 party alliance", "a 300 seat parliament": a count of two or more before a singular noun that
            // describes a singular head counts the noun it stands before, as "an 18-party alliance" does.
            var modifier = Thing(p, modifierEnd, p, compoundModifier);
            var modifierSense = KnownLemma(modifier.Lemma, compoundModifier.Lemma);
            phrase = new CountedPhrase(modifier, modifierEnd, modifierSense, modifierSense?.Person ?? compoundModifier.IsPerson);
            return true;
        }

        UnitSense? sense = null;
        for (var s = shared ? coordinator + 1 : runStart; s <= head; s++)
        {
            if (lexicon.Units.Match(tokens, s, out var known, out var knownEnd) && knownEnd == headEnd && !(known.Capital && !tokens[s].Upper))
            {
                sense = known;
                textFirst = Math.Min(textFirst, s);
                break;
            }
        }

        // Modifiers shared across a coordination are no part of the thing: "Red Cross and partner shelters" counts shelters.
        var thing = Thing(textFirst, headEnd, head, headForm, shared ? head : textFirst, pluralModifier);
        sense ??= KnownLemma(thing.Lemma, headForm.Lemma);
        phrase = new CountedPhrase(thing, headEnd, sense, sense?.Person ?? headForm.IsPerson, headForm.Inflected);
        return true;
    }

    /// <summary>
    /// Whether digits inside a counted phrase (past its first word) open a model's name: spaced from the word before, short,
    /// and followed by a capitalised name that is no unit ("two new 737 Max jets"), which the scan already left uncounted.
    /// </summary>
    private bool ModelDigitsAt(int q, int phraseStart) =>
        q > phraseStart && tokens[q].Kind == TokenKind.Number && tokens[q].SpaceBefore && tokens[q].Length is >= 2 and <= 4 && q + 1 < tokens.Count
        && tokens[q + 1].Kind == TokenKind.Word && tokens[q + 1].Upper && tokens[q + 1].SpaceBefore && !lexicon.Units.Match(tokens, q + 1, out _, out _)
        && SkipDesignation(q + 1, out _) is var afterName && afterName > q + 1 && afterName < tokens.Count && tokens[afterName].Kind == TokenKind.Word;

    /// <summary>Whether a preposition stands right before the noun at <paramref name="s"/>, or before its article ("aux alentours", "vers les collines").</summary>
    private bool GovernedByPreposition(int s) =>
        lexicon.Prepositions.MatchBefore(tokens, s, out _, out _)
        || (lexicon.NounArticles.MatchBefore(tokens, s, out _, out var article) && lexicon.Prepositions.MatchBefore(tokens, article, out _, out _));

    /// <summary>Whether the word over [<paramref name="q"/>, <paramref name="next"/>) ends in "s" and an apostrophe glued after it makes it a possessor ("homeowners’").</summary>
    private bool IsPluralPossessive(int q, int next) =>
        next + 1 < tokens.Count && tokens[next].Adjacent && tokens[next].Kind == TokenKind.Symbol && TextFolding.IsApostrophe(text[tokens[next].Start])
        && text[tokens[next - 1].End - 1] == 's' && tokens[next + 1].SpaceBefore;

    /// <summary>Whether a noun singular in form and plural in sense ("personnel", "staff") stands at <paramref name="q"/> on the same line.</summary>
    private bool PluralSenseAt(int q, int n) =>
        q < n && tokens[q].Kind == TokenKind.Word && !tokens[q].LineStart && !tokens[q].Upper && lexicon.PluralSense.Contains(tokens[q].Id);

    /// <summary>Whether a plural common noun, known to the word list, starts at <paramref name="q"/> on the same line.</summary>
    private bool PluralNounAt(int q, int n) => q < n && CommonNounAt(q, out var form) && form.Inflected;

    /// <summary>
    /// Whether the noun at <paramref name="p"/> is a singular noun modifying the singular head at <paramref name="head"/>
    /// with only nouns between ("party" in "18 party alliance"), so that a plural count can only be of it. A head singular
    /// in form but plural in sense ("5,000 riot police") agrees with the count and keeps it.
    /// </summary>
    private bool CompoundModifier(int p, int head, WordForm headForm, out int end, out WordForm modifier)
    {
        end = WordEnd(p);
        modifier = default;
        if (headForm.Inflected || tokens[p].Upper || tokens[head].Upper || lexicon.PluralSense.Contains(tokens[head].Id)
            || !lexicon.Words.TryRead(WordSpan(p, end), out modifier) || !modifier.IsNoun || modifier.Inflected)
        {
            return false;
        }

        for (var q = end; q < head; q = WordEnd(q))
        {
            if (tokens[q].Kind != TokenKind.Word || tokens[q].Upper || !lexicon.Words.TryRead(WordSpan(q, WordEnd(q)), out var between) || !between.IsNoun || between.Inflected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a common noun the word list knows starts at <paramref name="q"/> on the same line, and its form.</summary>
    private bool CommonNounAt(int q, out WordForm form)
    {
        form = default;
        return q < tokens.Count && tokens[q].Kind == TokenKind.Word && !tokens[q].LineStart && !tokens[q].Upper && !lexicon.NotCounted.Contains(tokens[q].Id)
            && !lexicon.Numbers.Contains(tokens[q].Id) && lexicon.Words.TryRead(WordSpan(q, WordEnd(q)), out form) && form.IsNoun;
    }

    /// <summary>An adjective, or a participle the word list lacks, in lower case at <paramref name="q"/>, before the noun it describes.</summary>
    private bool DescribesNounAt(int q) => q + 1 < tokens.Count && tokens[q + 1].Kind == TokenKind.Word && Describes(q);

    private bool HasEnding(int q, string[] endings) => HasEnding(text.AsSpan(tokens[q].Start, tokens[q].Length), endings);

    private static bool HasEnding(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"US", "NATO", "IDPs": a word of two or more letters written in capitals (a final plural "s" aside).</summary>
    private bool IsAcronym(int q)
    {
        var word = text.AsSpan(tokens[q].Start, tokens[q].Length);
        if (word.Length > 2 && word[^1] == 's')
        {
            word = word[..^1];
        }

        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Number of US Swine Flu Cases Climbs to 286": in a title, a capital marks no name.</summary>
    private bool IsTitleLine(int q) => lexicon.TitleLines.Holds(text, tokens, q);

    /// <summary>Past an abbreviation of capitals and full stops ("U.S.", "U.K."), or <paramref name="q"/> when none starts there.</summary>
    private int AbbreviationEnd(int q)
    {
        var p = q;
        while (p + 1 < tokens.Count && tokens[p].Kind == TokenKind.Word && tokens[p].Upper && tokens[p].Length <= 2
            && tokens[p + 1].Adjacent && text[tokens[p + 1].Start] == '.' && (p == q || tokens[p].Adjacent))
        {
            p += 2;
        }

        return p - q >= 4 ? p : q;
    }

    /// <summary>"Bradleys", "Leopards": a model's name with a plural "s" its canonical name lacks ("Abrams" is no plural).</summary>
    private static bool IsPluralModel(EntityMention model) =>
        model.Text.Length > 2 && model.Text[^1] == 's' && char.IsLower(model.Text[^2])
        && !model.Canonical.EndsWith('s') && !model.Canonical.EndsWith('S');

    /// <summary>"les 31 Abrams", "16 Himars": a model counts as its kind of equipment, named in the article's language.</summary>
    private bool ModelPhrase(EntityMention model, out CountedPhrase phrase)
    {
        var kind = EquipmentKinds.Of(model.Id);
        var sense = kind is null ? null : lexicon.UnitsByName.GetValueOrDefault(kind) ?? new UnitSense(kind, FigureCategory.Equipment, false);
        var lemma = kind is null ? model.Canonical.ToLowerInvariant() : lexicon.KindNouns.GetValueOrDefault(kind, kind);
        phrase = new CountedPhrase(new CountedThing(model.Text, lemma), TokenAt(model.End), sense ?? new UnitSense(lemma, FigureCategory.Equipment, false), false);
        return true;
    }

    private UnitSense? KnownLemma(string lemma, string headLemma) =>
        lexicon.CountedLemmas.GetValueOrDefault(lemma) ?? lexicon.CountedLemmas.GetValueOrDefault(headLemma);

    /// <summary>The thing the tokens from <paramref name="first"/> to <paramref name="end"/> name, read once per phrase text.</summary>
    /// <param name="pluralModifier">A modifier written in the plural before the head ("homeowners claims"), reduced to its singular in the lemma; -1 when none.</param>
    private CountedThing Thing(int first, int end, int head, WordForm headForm, int lemmaFirst = -1, int pluralModifier = -1)
    {
        var written = text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        if (!lexicon.CountedThings.TryGet(written, out var thing))
        {
            thing = new CountedThing(written.ToString(), Lemma(lemmaFirst < 0 ? first : lemmaFirst, end, head, headForm, pluralModifier));
            lexicon.CountedThings.Add(thing);
        }

        return thing;
    }

    /// <summary>
    /// The phrase's canonical form: each word in lower case, the head reduced to its lemma; where the head comes first
    /// (<paramref name="head"/> is -1, and the first word is the head) the words after it agree with it and are reduced to their singular, keeping their
    /// gender ("véhicules blindés" → "véhicule blindé", "personnes déplacées" → "personne déplacée").
    /// </summary>
    private string Lemma(int first, int end, int head, WordForm headForm, int pluralModifier = -1)
    {
        Span<char> buffer = stackalloc char[160];
        var length = 0;
        for (var q = first; q < end;)
        {
            if (pluralModifier >= 0 && q == WordEnd(pluralModifier) && tokens[q].Kind == TokenKind.Symbol)
            {
                // A possessor's apostrophe ("homeowners’ claims") is no part of the compound's lemma.
                q++;
                continue;
            }

            var next = WordEnd(q);
            var word = WordSpan(q, next);
            // "AIDS clinics", "SMS messages", "GPS trackers": an acronym is no plural to reduce, only lower-cased.
            var lemma = tokens[q].Kind == TokenKind.Word && IsWrittenAcronym(q) ? word
                : q == head ? headForm.Lemma.AsSpan()
                : q == pluralModifier && lexicon.Words.TrySingular(word, out var modifierSingular) ? modifierSingular.AsSpan()
                : head < 0 && q == first ? HeadLemma(word, headForm)
                : head >= 0 || tokens[q].Kind != TokenKind.Word ? word
                : lexicon.Words.TrySingular(word, out var singular) ? singular.AsSpan()
                : word;
            if (length + lemma.Length + 1 > buffer.Length)
            {
                break;
            }

            if (q > first && tokens[q].SpaceBefore)
            {
                buffer[length++] = ' ';
            }

            for (var k = 0; k < lemma.Length; k++)
            {
                buffer[length++] = TextFolding.IsApostrophe(lemma[k]) ? '\'' : TextFolding.Lower(lemma[k]);
            }

            q = next;
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// "AIDS", "NATO", "SMS": a word of two letters or more all in capitals among words that are not, so it is written so
    /// for its own sake; a headline or a passage in capitals ("300 SOLDIERS KILLED") still has plurals.
    /// </summary>
    private bool IsWrittenAcronym(int q)
    {
        if (tokens[q].Length < 2 || !IsAllCapitals(q))
        {
            return false;
        }

        var before = q - 1;
        var after = WordEnd(q);
        return !(before >= 0 && tokens[before].Kind == TokenKind.Word && tokens[before].Length >= 2 && IsAllCapitals(before))
            && !(after < tokens.Count && tokens[after].Kind == TokenKind.Word && tokens[after].Length >= 2 && IsAllCapitals(after));
    }

    /// <summary>
    /// A head that comes first keeps the gender it is written in: "écolières" is "écolière", not the lexicon's lemma
    /// "écolier"; an irregular plural ("chevaux") takes the lemma.
    /// </summary>
    private ReadOnlySpan<char> HeadLemma(ReadOnlySpan<char> word, WordForm headForm) =>
        headForm.Inflected && lexicon.Words.TrySingular(word, out var singular) && singular.Length < word.Length ? singular.AsSpan() : headForm.Lemma.AsSpan();

    /// <summary>"4 816 923 Ukrainiens ont été enregistrés comme réfugiés", "three people, including a child, were killed": what befell the people counted.</summary>
    private UnitSense? PeopleFate(int end)
    {
        var n = tokens.Count;
        var q = AfterAside(end);
        for (var k = 0; k < 2 && q < n; k++)
        {
            if (lexicon.Casualties.Match(tokens, q, out var casualty, out var casualtyEnd))
            {
                // "three people and wounded 11 others", "65 people and injured more than 200": a casualty verb before a
                // number is that number's.
                // A number on the next line ("- 7 terroristes morts" over "Trois assaillants…") is none of its.
                return OpensNumber(casualtyEnd) && !tokens[casualtyEnd].LineStart ? null : casualty;
            }

            if (lexicon.FateAfter.Match(tokens, q, out var fate, out _))
            {
                return fate;
            }

            if (tokens[q].Kind != TokenKind.Word)
            {
                break;
            }

            q++;
        }

        return null;
    }

    /// <summary>A number, or a bound or hedge before one ("more than 200", "about 40"), starting at <paramref name="p"/>.</summary>
    private bool OpensNumber(int p) => NumberStart(p) >= 0;

    /// <summary>Where the number starts at <paramref name="p"/>, past a bound or hedge ("about 18,000"); -1 when none does.</summary>
    private int NumberStart(int p) =>
        IsNumberAt(p) ? p
        : (lexicon.AtLeast.Match(tokens, p, out _, out var end) || lexicon.AtMost.Match(tokens, p, out _, out end)
            || lexicon.Approximate.Match(tokens, p, out _, out end) || lexicon.Nearly.Match(tokens, p, out _, out end)) && IsNumberAt(end) ? end
        : -1;

    /// <summary>"37,830 out of 90,300 recorded refugees", "20 sur 25 drones": a part counts what the whole after it counts.</summary>
    private bool WholeAfter(int at, out CountedPhrase phrase)
    {
        phrase = default;
        return lexicon.PartOf.Match(tokens, at, out _, out var linkEnd) && NumberStart(PossessorEnd(linkEnd)) is var next && next >= 0
            && NumberReader.Read(text, tokens, next, lexicon, false, out var whole) && !whole.Glued && !whole.Weak
            && ReadPhrase(CountedStart(whole.End), out phrase) && !(phrase.Sense is { } sense && IsMeasure(sense));
    }

    /// <summary>
    /// "32 likely and 29 suspected cases", "12 confirmés et 30 cas suspects": the first of two numbers joined by "and", its
    /// noun left to the second (past its own describing words), counts what the second counts.
    /// </summary>
    private bool CoordinatedAfter(int at, out CountedPhrase phrase)
    {
        phrase = default;
        var q = at;
        var unlisted = false;
        while (q < tokens.Count && tokens[q].Kind == TokenKind.Word && !tokens[q].Upper && !lexicon.ListJoiners.Match(tokens, q, out _, out _)
            && (lexicon.Words.TryRead(WordSpan(q, q + 1), out var described) ? described.IsAdjective && !described.IsNoun : HasEnding(q, lexicon.AdjectiveEndings)))
        {
            unlisted |= described.Lemma is null;
            q++;
        }

        // "2 and 3 soldiers" shares nothing: only describing words of the first's own say its noun was left out. A
        // participle the word list lacks may also stand for people ("12 évacués et 30 blessés"), so it shares the
        // second's noun only when that noun is described too ("12 confirmés et 30 cas suspects").
        var secondStart = 0;
        return q > at && lexicon.ListJoiners.Match(tokens, q, out _, out var joinerEnd) && NumberStart(joinerEnd) is var next && next >= 0
            && NumberReader.Read(text, tokens, next, lexicon, false, out var second) && !second.Glued && !second.Weak
            && ReadPhrase(secondStart = CountedStart(second.End), out phrase) && !(phrase.Sense is { } sense && IsMeasure(sense)) && HeadIsNoun(phrase)
            && (!unlisted || (lexicon.HeadFirst ? Describes(phrase.End) : Describes(secondStart)));
    }

    /// <summary>Whether the word at <paramref name="q"/>, beside a noun, describes it: an adjective ("suspects"), or a participle the word list lacks.</summary>
    private bool Describes(int q) =>
        q < tokens.Count && tokens[q].Kind == TokenKind.Word && !tokens[q].Upper
        && (lexicon.Words.TryRead(WordSpan(q, q + 1), out var form) ? form.IsAdjective : HasEnding(q, lexicon.AdjectiveEndings));

    /// <summary>Whether the phrase's head is a noun only: "65 probables", "three wounded" name the second's state, not a thing the first shares.</summary>
    private bool HeadIsNoun(CountedPhrase phrase) => HeadIsNoun(phrase.Thing);

    private bool HeadIsNoun(CountedThing thing)
    {
        var lemma = thing.Lemma.AsSpan();
        var space = lexicon.HeadFirst ? lemma.IndexOf(' ') : lemma.LastIndexOf(' ');
        var head = space < 0 ? lemma : lexicon.HeadFirst ? lemma[..space] : lemma[(space + 1)..];
        return lexicon.Words.TryRead(head, out var form) && form.IsNoun && !form.IsAdjective;
    }

    /// <summary>
    /// "Le bilan est passé de 30 à 45 morts", "rose from 30 to 45 deaths": the old value of a change counts what its new
    /// value, written after it, counts, or is in its unit.
    /// </summary>
    private bool ChangeTargetAfter(int firstToken, int at, out CountedPhrase phrase)
    {
        phrase = default;
        return lexicon.RangeJoiners.Match(tokens, at, out _, out var joinerEnd) && NumberStart(joinerEnd) is var next && next >= 0
            && ChangeVerbBefore(firstToken) && NumberReader.Read(text, tokens, next, lexicon, false, out var changed) && !changed.Glued && !changed.Weak
            && ReadPhrase(CountedStart(changed.End), out phrase);
    }

    /// <summary>Past a possessor written with "'s" ("16 of the country's 34,000 polling stations"), or <paramref name="p"/> when none stands there.</summary>
    private int PossessorEnd(int p) =>
        p + 1 < tokens.Count && tokens[p].Kind == TokenKind.Word && TextFolding.IsApostrophe(text[tokens[p].End - 1])
        && tokens[p + 1].Adjacent && tokens[p + 1].Length == 1 && text[tokens[p + 1].Start] is 's' or 'S' ? p + 2 : p;

    /// <summary>
    /// "Tanks: 14", "Les missiles de croisière: 4 403": a list's noun before a colon, at the start of its line or sentence,
    /// after an article and before its complements.
    /// </summary>
    private bool NamedBefore(int firstToken, out CountedPhrase phrase)
    {
        phrase = default;
        var colon = firstToken - 1;
        if (colon < 1 || tokens[colon].Kind != TokenKind.Symbol || text[tokens[colon].Start] != ':')
        {
            return false;
        }

        var s = colon - 1;
        for (var k = 0; k < PhraseWords && s > 0 && !IsLineOrSentenceStart(s); k++)
        {
            s--;
        }

        if (!IsLineOrSentenceStart(s))
        {
            return false;
        }

        var afterDeterminer = lexicon.LabelDeterminers.Match(tokens, s, out _, out var determinerEnd) ? determinerEnd : s;
        return ReadPhrase(afterDeterminer, out phrase, colon, lineStart: true) && phrase.End <= colon;
    }

    /// <summary>
    /// Whether the count an elided number would take its noun from counts things, not people, named by a noun alone ("300
    /// tanks"; not "708 ill", nor "2 morts").
    /// </summary>
    private bool ElidesNounBefore(int firstToken) =>
        ElidedBefore(firstToken, out var counted, out var unit) && counted is { } thing && HeadIsNoun(thing) && unit is not ({ Person: true } or { Category: FigureCategory.Casualties });

    /// <summary>
    /// "the Germans send 14 tanks, the Poles 4", "327 Leopard 2 dont 219": a number that names nothing counts what the
    /// nearest figure before it in the same sentence counts, or the casualties it counts. A number that opens its sentence
    /// may take it from the sentence before, in the same paragraph ("Plus de 2,7 millions de réfugiés ont fui vers la
    /// Pologne. Plus de 725 000 ont atteint la Roumanie.").
    /// </summary>
    /// <param name="sentenceBefore">Whether the number may take it from the sentence before wherever it stands: an increment
    /// adds to what that sentence counted, a demonstrative count name ("ce chiffre") or a total ("the total") points back to it.</param>
    /// <param name="named">Whether a count's name, not a number, stands at <paramref name="firstToken"/> ("le total"): the
    /// words that keep a number from counting what came before ("le 12", "à 20 ans") are no blockers before a name.</param>
    private bool ElidedBefore(int firstToken, out CountedThing? counted, out UnitSense? unit, bool sentenceBefore = false, bool named = false)
    {
        counted = null;
        unit = null;
        if (tokens[firstToken].LineStart || (!named && lexicon.ElisionBlockers.MatchBefore(tokens, firstToken, out _, out _)))
        {
            return false;
        }

        // An increment ("Il s'agit exactement de 53 586 de plus") adds to what the sentence before counted.
        var sentencesLeft = sentenceBefore || OpensSentence(firstToken) ? 1 : 0;
        var listItem = IsNamedListItem(firstToken);
        var k = firstToken - 1;
        for (var j = findings.Count - 1; j >= 0; j--)
        {
            var earlier = findings[j];
            for (; k >= 0 && tokens[k].Start >= earlier.End; k--)
            {
                // "Suffrages exprimés : 3.129.742 / … / Alassane OUATTARA : 2.618.229": a list's entries named by a name
                // count what the list counted last, in the lines of the same list.
                if (tokens[k].LineStart && !(listItem && IsLabelledLineAt(k)))
                {
                    return false;
                }

                // "Kyiv received 14 tanks; Madrid sent six": a semicolon joins the clauses of one sentence.
                if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '.' or '!' or '?' && !AbbreviationStop(k) && sentencesLeft-- <= 0)
                {
                    return false;
                }
            }

            // "63 morts, dont trente dans le Kunar où quelque 1 500 maisons ont été détruites, dix au Nangarhar": a count
            // inside a relative clause describes a place or a thing of the list, not what the list counts.
            var earlierAt = TokenAt(earlier.Start);
            if (InRelativeClause(earlierAt) || IsDistributive(earlierAt, TokenAt(earlier.End)))
            {
                // "12 pays ont déclaré chacun plus de 10 000 cas, dont sept": a count per member of a set is no set the
                // elided number can be part of.
                k = earlierAt - 1;
                continue;
            }

            // "515 were injured, 60 of them seriously": a count of casualties named by their fate alone is people too.
            if (earlier.Counted is not null || earlier.Unit is { Category: FigureCategory.Casualties })
            {
                counted = earlier.Counted;
                unit = earlier.Unit;
                return true;
            }

            // A figure passed over ends no sentence with the marks inside it ("1.500", "$2.5 million").
            k = earlierAt - 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the full stop at <paramref name="k"/> closes an abbreviation inside its sentence: a month's ("as of Jan. 31,
    /// with 10,993 in Iraq"), or one of capitals not followed by a capitalised word ("the U.S.-led coalition", "the U.S. military").
    /// </summary>
    private bool AbbreviationStop(int k)
    {
        if (k + 1 >= tokens.Count || tokens[k + 1].LineStart || text[tokens[k].Start] != '.')
        {
            return false;
        }

        if (IsAbbreviatedMonth(k + 1))
        {
            return true;
        }

        var first = k - 1;
        while (first >= 2 && text[tokens[first - 1].Start] == '.' && tokens[first - 1].Adjacent && tokens[first - 2].Kind == TokenKind.Word)
        {
            first -= 2;
        }

        return first < k - 1 && AbbreviationEnd(first) == k + 1 && !(tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Upper);
    }

    /// <summary>
    /// Whether the number at <paramref name="firstToken"/> opens a sentence after another, or follows only a plural pronoun
    /// that does ("They include 497 in the capital", "Parmi eux, 497").
    /// </summary>
    private bool OpensSentence(int firstToken)
    {
        var opener = firstToken;
        var beforeComma = firstToken > 0 && text[tokens[firstToken - 1].Start] == ',' ? firstToken - 1 : firstToken;
        if (lexicon.AnaphoricOpeners.MatchBefore(tokens, beforeComma, out _, out var pronounAt))
        {
            opener = pronounAt;
        }

        return opener > 0 && !tokens[opener].LineStart && IsLineOrSentenceStart(opener) && IsSentenceEnd(opener - 1);
    }

    /// <summary>At most this many words in a name that labels a list's entry ("KONAN Kouadio Siméon : 22.117").</summary>
    private const int ListNameWords = 5;

    /// <summary>Whether the number at <paramref name="firstToken"/> follows a colon after a name that opens its line: an entry of a list.</summary>
    private bool IsNamedListItem(int firstToken)
    {
        var colon = firstToken - 1;
        if (colon < 1 || tokens[colon].Kind != TokenKind.Symbol || text[tokens[colon].Start] != ':')
        {
            return false;
        }

        for (var s = colon - 1; s >= 0 && colon - s <= ListNameWords; s--)
        {
            if (tokens[s].Kind != TokenKind.Word || !tokens[s].Upper)
            {
                return false;
            }

            if (tokens[s].LineStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line starting at token <paramref name="lineStart"/> holds a colon: a list's labelled entry or its heading.</summary>
    private bool IsLabelledLineAt(int lineStart)
    {
        for (var k = lineStart; k < tokens.Count && (k == lineStart || !tokens[k].LineStart); k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == ':')
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>Whether the figure over tokens [<paramref name="at"/>, <paramref name="end"/>) is a count per member of a set ("chacun plus de 10 000 cas", "10,000 cases each").</summary>
    private bool IsDistributive(int at, int end) =>
        (at > 0 && lexicon.Distributives.MatchBefore(tokens, at, out _, out _)) || (end < tokens.Count && lexicon.Distributives.Match(tokens, end, out _, out _));

    /// <summary>Whether the figure starting at token <paramref name="figureAt"/> opens a relative clause ("où quelque 1 500 maisons", "where 300 homes").</summary>
    private bool InRelativeClause(int figureAt)
    {
        for (var s = figureAt - 1; s >= 0 && s >= figureAt - 3 && tokens[s].Kind == TokenKind.Word; s--)
        {
            if (lexicon.RelativeOpeners.Contains(tokens[s].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The scale word (a million: 1e6) of the figure just before token <paramref name="at"/> in its sentence, when it counts
    /// the same thing and the bare <paramref name="value"/> at that scale is of its order; 1 otherwise.
    /// </summary>
    private double ScaleOfElidedCount(int at, CountedThing counted, double value)
    {
        if (findings.Count == 0 || findings[^1] is not { Value: { } previous and > 0, Counted: { } before } last || before.Lemma != counted.Lemma)
        {
            return 1;
        }

        var k = at - 1;
        for (; k >= 0 && tokens[k].Start >= last.End; k--)
        {
            if (EndsSentence(k) || tokens[k].LineStart)
            {
                return 1;
            }
        }

        while (k >= 0 && tokens[k].End > last.CoreEnd)
        {
            k--;
        }

        return k >= 0 && tokens[k].End == last.CoreEnd && lexicon.Numbers.Match(tokens, k, out var scale, out _) && scale.Kind == NumberWordKind.Scale
            && value * scale.Value / previous is >= 0.1 and <= 10 ? scale.Value : 1;
    }

    private bool IsSentenceEnd(int p) => p >= 0 && tokens[p].Kind == TokenKind.Symbol && text[tokens[p].Start] is '.' or '!' or '?';

    /// <summary>Past a word and the words glued to it by hyphens ("lance-roquettes", "self-propelled").</summary>
    private int WordEnd(int q)
    {
        var n = tokens.Count;
        var next = q + 1;
        while (next + 1 < n && tokens[next].Id == lexicon.Vocabulary.HyphenId && tokens[next].Adjacent && tokens[next + 1].Adjacent && tokens[next + 1].Kind == TokenKind.Word)
        {
            next += 2;
        }

        return next;
    }

    private ReadOnlySpan<char> WordSpan(int first, int end) => text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);

    /// <summary>The first token starting at or after a text offset.</summary>
    private int TokenAt(int offset)
    {
        var q = 0;
        var hi = tokens.Count;
        while (q < hi)
        {
            var mid = (q + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                q = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return q;
    }
}
