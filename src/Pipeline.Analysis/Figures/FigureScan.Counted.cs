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
    /// it names people, whether its head is written in the plural, whether its head may name people in another sense
    /// ("boaters", whom a fate said of them befalls), whether it names animals (whom no fate makes casualties).
    /// </summary>
    private readonly record struct CountedPhrase(CountedThing Thing, int End, UnitSense? Sense, bool Person, bool Plural = false, bool MayBePerson = false, bool Animal = false)
    {
        /// <summary>Whether a fate said of the phrase befalls people ("2 missing boaters"), not things ("12 missing documents").</summary>
        public bool MeetsFate => Person || MayBePerson;
    }

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
            && ReadPhrase(endToken, out var fated, many: many))
        {
            if (fated.MeetsFate)
            {
                return (fated.Thing, unit, fated.End);
            }

            // "1,000 dead fish", "12 missing documents": a fate said of what are no people only describes them, and the
            // number counts them; a word the list lacks opens no such phrase ("nine wounded during the raid").
            if (!(fated.Sense is { } fatedSense && IsMeasure(fatedSense)) && KnownWordAt(endToken))
            {
                return (fated.Thing, fated.Sense, fated.End);
            }
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
            if (phrase.MeetsFate && FateBefore(from, phrase.End) is { } fateInPhrase)
            {
                // "20 critically wounded patients", "four slain officers": what befell the people is said before their noun.
                sense = fateInPhrase;
            }

            if ((phrase.MeetsFate || (sense is null && !phrase.Animal)) && PeopleFate(phrase.End) is { } fate && (phrase.MeetsFate || IsKillingOrWounding(fate))
                && !OutranksFate(sense, fate))
            {
                // "12 journalistes ont été tués": a noun the lexicon does not say is a person still names people when
                // killed or wounded; "12 chars ont été capturés" are no prisoners, "1,000 fish died" no casualties.
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

    /// <summary>
    /// Whether what the phrase says of the people stays theirs though a fate follows: a casualty ("five injured people
    /// were evacuated" are wounded, whom the evacuation does not make displaced), or any sense before a fate that leaves
    /// them people ("40 marins ont été secourus" stay sailors).
    /// </summary>
    private static bool OutranksFate(UnitSense? sense, UnitSense fate) =>
        fate.Category == FigureCategory.Count ? sense is not null : sense is { Category: FigureCategory.Casualties } && fate.Category != FigureCategory.Casualties;

    /// <summary>Whether the word at <paramref name="q"/> is a noun or an adjective the word list knows.</summary>
    private bool KnownWordAt(int q) =>
        q < tokens.Count && tokens[q].Kind == TokenKind.Word && lexicon.Words.TryRead(WordSpan(q, WordEnd(q)), out var form) && (form.IsNoun || form.IsAdjective);

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
                var numberAt = lexicon.IncrementsBefore.Match(tokens, casualtyEnd, out _, out var afterIncrement) ? afterIncrement : casualtyEnd;
                return OpensNumber(numberAt) && !tokens[casualtyEnd].LineStart ? null : casualty;
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
