using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>What only looks like a figure: dates, years, times, ids, phone numbers, URLs and designations.</summary>
internal readonly ref partial struct FigureScan
{
    private bool IsUrlStart(Token token)
    {
        var span = text.AsSpan(token.Start, token.Length);
        return (span.Equals("http", StringComparison.OrdinalIgnoreCase) || span.Equals("https", StringComparison.OrdinalIgnoreCase))
            ? token.End < text.Length && text[token.End] == ':'
            : span.Equals("www", StringComparison.OrdinalIgnoreCase) && token.End < text.Length && text[token.End] == '.';
    }

    private int SkipToSpace(int i)
    {
        i++;
        while (i < tokens.Count && !tokens[i].SpaceBefore)
        {
            i++;
        }

        return i;
    }

    /// <summary>"14 first-team players"; an ordinal that is also a unit ("second") is left to the rank rule, so "two second-round picks" is no time.</summary>
    private bool IsOrdinalCompound(int numberEnd, int ordinalAt) =>
        ordinalAt == numberEnd && tokens[ordinalAt].SpaceBefore && !lexicon.Units.Contains(tokens[ordinalAt].Id) && ordinalAt + 2 < tokens.Count && tokens[ordinalAt + 1].Id == lexicon.Vocabulary.HyphenId
        && tokens[ordinalAt + 1].Adjacent && tokens[ordinalAt + 2].Adjacent && tokens[ordinalAt + 2].Kind == TokenKind.Word;

    /// <summary>
    /// "vingt et unième", "vingt-et-unième", "mille et unième", "one hundred and first": number words joined by a connector to
    /// a singular ordinal are one ordinal, a rank, whatever the words before it.
    /// </summary>
    private bool RankAfterConnector(int end)
    {
        var connectorAt = SkipGluedHyphen(end);
        return connectorAt < tokens.Count && IsNumberAt(end - 1) && tokens[end - 1].Kind == TokenKind.Word
            && lexicon.Connectors.Match(tokens, connectorAt, out _, out var afterConnector)
            && SkipGluedHyphen(afterConnector) is var ordinalAt && ordinalAt < tokens.Count && lexicon.RankOrdinals.Contains(tokens[ordinalAt].Id);
    }

    /// <summary>
    /// "le logement neuf traverse une crise", "le marché du neuf": a number word of [adjective-numeral] right after a noun its
    /// article opens (or that opens a line), or after a singular article of [adjective-numeral-article], is the adjective it
    /// is spelled like, unless a plural noun after it is what it counts ("neuf logements") or a month makes it a date.
    /// </summary>
    private bool IsAdjectiveNumeral(NumberMatch number)
    {
        var at = number.First;
        if (number.End != at + 1 || at == 0 || !lexicon.AdjectiveNumerals.Contains(tokens[at].Id) || tokens[at].LineStart
            || tokens[at - 1].Kind != TokenKind.Word || PluralOrUnitAfter(number.End) || lexicon.Months.Match(tokens, number.End, out _, out _))
        {
            return false;
        }

        var before = at - 1;
        if (lexicon.AdjectiveNumeralArticles.Contains(tokens[before].Id))
        {
            return true;
        }

        var opened = tokens[before].LineStart || (before > 0 && (lexicon.NounArticles.Contains(tokens[before - 1].Id) || lexicon.AdjectiveNumeralArticles.Contains(tokens[before - 1].Id)));
        return opened && !IsNumberAt(before) && lexicon.Words.TryRead(WordSpan(before, at), out var form) && form.IsNoun && !lexicon.NotCounted.Contains(tokens[before].Id);
    }

    /// <summary>
    /// Whether what follows token <paramref name="at"/> is a word written with a plural mark ("neuf logements", "neuf mois") or
    /// a unit ("neuf %"), as a number's count is; the word list's plural forms are not asked, since "traverse" is one of "travers".
    /// </summary>
    private bool PluralOrUnitAfter(int at) =>
        at < tokens.Count && ((tokens[at].Kind == TokenKind.Word && text[tokens[at].End - 1] is 's' or 'x' or 'z') || lexicon.Units.Match(tokens, at, out _, out _));

    /// <summary>Dates, designations ("F-16", "Challenger 2"), ordinals, ids, phone numbers and caption counters.</summary>
    private bool IsNotAFigure(NumberMatch number, ref int next, bool rangeEnd = false, bool currencyBefore = false)
    {
        var n = tokens.Count;
        var first = tokens[number.First];
        if (IsAddedTime(number, out var addedEnd))
        {
            next = Math.Max(next, addedEnd);
            return true;
        }

        if (number.Glued)
        {
            return true;
        }

        if (IsAge(number, ref next))
        {
            return true;
        }

        // "vingt-deuxième jour", "the two millionth visitor": a number before an ordinal it did not make a fraction with is a rank.
        // "14 first-team players", "two second-round picks": an ordinal spaced from the number and hyphened to the next word is a
        // compound adjective of what is counted, not a rank. "3 quarters" are periods counted.
        if (SkipGluedHyphen(number.End) is var ordinalAt && ordinalAt < tokens.Count
            && (lexicon.Denominators.Contains(tokens[ordinalAt].Id) || lexicon.RankOrdinals.Contains(tokens[ordinalAt].Id)) && !number.Scaled
            && !number.Fraction && !IsOrdinalCompound(number.End, ordinalAt) && !lexicon.PeriodDenominators.Contains(tokens[ordinalAt].Id))
        {
            return true;
        }

        if (!number.Fraction && RankAfterConnector(number.End))
        {
            return true;
        }

        if (number.LoneFraction && !IsFractionInContext(number))
        {
            return true;
        }

        if (IsZeroCompound(number))
        {
            next = Math.Max(next, SkipGluedHyphen(number.End) + 1);
            return true;
        }

        if (IsAdjectiveNumeral(number))
        {
            return true;
        }

        if (number.Words && number.End == number.First + 1 && IsLabelBefore(number.First) && !lexicon.Units.Match(tokens, SkipGluedHyphen(number.End), out _, out _))
        {
            // "candidate pair number two", "le candidat numéro deux", "day two of the talks": a designation spelled out.
            return true;
        }

        if (number.Words)
        {
            // "a gallon", "un soldat": an article counts nothing, even before a unit; a weak numeral that is no article
            // does ("one mile", "one-yen"), but not in "a $48.2 million contract", where the sign opens the number after it.
            var unitAt = SkipGluedHyphen(number.End);
            if (number.Weak && number.End == number.First + 1 && !number.Fraction && lexicon.Units.Match(tokens, unitAt, out _, out var boundUnitEnd)
                && !IsNumberAt(boundUnitEnd) && HedgeBefore(number.First, out var bound, out _) >= 0 && bound is Bound.AtLeast or Bound.AtMost
                && !lexicon.ReferencePoints.Match(tokens, boundUnitEnd, out _, out _))
            {
                // "moins d'une semaine", "more than a year": after a bound, the article is the numeral one ("exceeds a $ 4
                // billion" is an article before an amount). "3% higher than a year earlier" compares with a time instead.
                return false;
            }

            if (number.Weak && number.End == number.First + 1 && !number.Fraction
                && (InCountList(number) || IsMarkedNumeral(number, unitAt) || IsOneBefallen(number) || OpensRange(number) || IsNumeralBeforeNoun(number)
                    || IsOneOfCount(number)))
            {
                return false;
            }

            return number.Weak && !(lexicon.CountingWeak.Match(tokens, number.First, out _, out var weakEnd) && weakEnd == number.End
                && lexicon.Units.Match(tokens, unitAt, out _, out var unitEnd) && !lexicon.MeasureNouns.Match(tokens, unitAt, out _, out _)
                && !(lexicon.PrefixUnits.Match(tokens, unitAt, out _, out var prefixEnd) && prefixEnd == unitEnd && unitEnd < n && tokens[unitEnd].Kind == TokenKind.Number));
        }

        var i = number.First;
        if (!rangeEnd && IsMatchScore(number, out var scoreEnd))
        {
            next = Math.Max(next, scoreEnd);
            return true;
        }

        if (IsReferenceCall(number) || IsModelNumber(number) || IsYearWithCall(number))
        {
            return true;
        }

        // "(202) 691-5902": an area code in brackets before a telephone number.
        if (i > 0 && number.Digits == 3 && text[tokens[i - 1].Start] == '(' && number.End + 3 < n && text[tokens[number.End].Start] == ')'
            && tokens[number.End + 1].Kind == TokenKind.Number && tokens[number.End + 1].Length == 3 && tokens[number.End + 2].Id == lexicon.Vocabulary.HyphenId
            && tokens[number.End + 2].Adjacent && tokens[number.End + 3].Adjacent && tokens[number.End + 3].Length == 4)
        {
            return true;
        }

        var chainEnd = PhoneChainEnd(i, out var groups);
        if (!number.Grouped && (groups >= 4 || groups >= 2 && i > 0 && tokens[i - 1].Adjacent && text[tokens[i - 1].Start] == '+'))
        {
            next = chainEnd;
            return true;
        }

        if (i > 0 && !rangeEnd)
        {
            var prev = tokens[i - 1];
            if (first.Adjacent && prev.Kind == TokenKind.Word && !currencyBefore)
            {
                return true;
            }

            if (first.Adjacent && prev.Kind == TokenKind.Symbol)
            {
                var c = text[prev.Start];
                // "+33": a plus sign opens a phone number; "+49,000", "+3.5%" state a change.
                // "Burkina Faso:11 militaires tués": a colon glued after a word is a headline's label missing its space.
                if ((c == '+' && !IsSignedChange(number))
                    || (i > 1 && (c is '-' or '–' or '/' or '.' || (c == ':' && tokens[i - 2].Kind == TokenKind.Number))
                        && tokens[i - 2].Kind is TokenKind.Word or TokenKind.Number && prev.Adjacent && !NegativeWordHyphenedBefore(i, out _) && !BoundHyphenedBefore(i, out _)
                        && !(c == '-' && lexicon.MeasureNames.MatchBefore(tokens, i - 1, out _, out _))))
                {
                    return true;
                }
            }
        }

        var end = number.End;
        if (end < n && tokens[end].Adjacent && tokens[end].Kind == TokenKind.Symbol && end + 1 < n && tokens[end + 1].Adjacent && tokens[end + 1].Kind == TokenKind.Number)
        {
            var c = text[tokens[end].Start];
            if (c is '/' or ':' or '.' or ',')
            {
                next = SkipChain(end);
                return true;
            }

            // "691-5902": three digits and four after a hyphen are a telephone number, not a range.
            // "1-800-RED CROSS": digits, hyphens and capital letters spell a telephone number.
            if (c == '-' && !GroupedRangeEnd(number, end + 1) && ((number.Digits == 4 && tokens[end + 1].Length <= 2) || (number.Digits == 3 && tokens[end + 1].Length == 4) || end + 3 < n && tokens[end + 2].Adjacent && tokens[end + 2].Kind == TokenKind.Symbol
                && tokens[end + 3].Adjacent && (tokens[end + 3].Kind == TokenKind.Number || (text[tokens[end + 2].Start] == '-' && tokens[end + 3].Kind == TokenKind.Word && IsAllCapitals(end + 3)))
                || (text[tokens[end + 1].Start] == '0' && !IsRangeUpToZero(number, end + 1))))
            {
                next = SkipChain(end);
                return true;
            }
        }

        if (first.Length >= 2 && text[first.Start] == '0' && !number.Decimal)
        {
            return true;
        }

        // "7 a.m. to 11 p.m.": an hour.
        if (!number.Grouped && !number.Scaled && lexicon.TimesAfter.Match(tokens, end, out _, out var timeEnd))
        {
            next = timeEnd;
            return true;
        }

        // "à 14 h 30", "14h30": an hour and its minutes.
        if (!number.Words && !number.Grouped && !number.Scaled && !number.Decimal && number.Value <= 24 && IsClockTime(i, end, out var clockEnd))
        {
            next = clockEnd;
            return true;
        }

        // "dial 911", "call 2-1-1", "text SHELTER to 43362": a number dialled or texted names a line, unless it counts something after it.
        if (!number.Words && !number.Grouped && !number.Decimal && !number.Scaled && IsDialled(i, end))
        {
            next = SkipChain(end - 1);
            return true;
        }

        // "$ 37,305.97 february expenses": a grouped or decimal number is no day of the month.
        if (end < n && !number.Grouped && !number.Decimal && lexicon.Months.Match(tokens, end, out _, out var monthEnd))
        {
            // "24 février 2022": the year after the month is part of the date too.
            next = monthEnd < n && tokens[monthEnd].Kind == TokenKind.Number ? monthEnd + 1 : monthEnd;
            return true;
        }

        if (lexicon.Months.MatchBefore(tokens, i, out _, out _))
        {
            return true;
        }

        // "du 23 au 24 août", "vendredi 19 et samedi 20 avril": a day joined to the day of a month is a day of that month.
        if (!number.Words && !number.Grouped && !number.Decimal && !number.Scaled && number.Value is >= 1 and <= 31 && first.Length <= 2
            && DayJoinedAt(end, out var otherDay) && otherDay + 1 < n && tokens[otherDay].Kind == TokenKind.Number
            && tokens[otherDay].Length <= 2 && lexicon.Months.Match(tokens, otherDay + 1, out _, out _))
        {
            return true;
        }

        // "Oct. 7": an abbreviated month's full stop stands between it and the day.
        if (i >= 2 && text[tokens[i - 1].Start] == '.' && tokens[i - 1].Adjacent && lexicon.Months.MatchBefore(tokens, i - 1, out var abbreviated, out _) && abbreviated)
        {
            return true;
        }

        if (!number.Words && !number.Grouped && !number.Decimal && !number.Scaled && lexicon.LabelsAfter.Match(tokens, end, out _, out _))
        {
            // "the 90049 ZIP code": a code named after it.
            return true;
        }

        if (IsLabelBefore(i) || (!number.Words && !number.Grouped && !number.Decimal && !number.Scaled && !lexicon.Units.Match(tokens, end, out _, out _)
            && !PluralNounAfter(end) && ListsLabelledNumber(i)))
        {
            // "Image 1 of 3", "page 2 sur 5": the label's count of the whole goes with it.
            if (lexicon.PartOf.Match(tokens, end, out _, out var wholeAt) && wholeAt < n && tokens[wholeAt].Kind == TokenKind.Number)
            {
                next = wholeAt + 1;
            }

            return true;
        }

        // "10 Downing Street", "au 55 rue du Faubourg": a number before a street's name is its address; so is a range of
        // house numbers ("16-18 Industrial Avenue").
        if (!number.Words && !number.Grouped && !number.Decimal && (IsStreetAfter(end) || (HouseRangeEnd(end) is var houseEnd && houseEnd > end && IsStreetAfter(houseEnd))))
        {
            next = Math.Max(next, HouseRangeEnd(end));
            return true;
        }

        // "Marine Le Pen 7 678 491 (21,30 %)": digits grouped in thousands are a count, never a model's number. A product
        // named in camel case is a name too: "the iPhone 11", "iOS 17".
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && (tokens[i - 1].Upper || IsCamelCase(i - 1)) && tokens[i - 1].Id < 0 && !IsLineOrSentenceStart(i - 1) && !number.Scaled
            && !number.Grouped && !NamesPeoplePlural(i - 1) && !names.NameEndsAt(tokens[i - 1].End) && !lexicon.Units.Match(tokens, end, out _, out _) && !(lexicon.QuoteUnits.Match(tokens, end, out _, out _) && IsMeasureMark(end))
            && !CountsModels(end) && !RepeatsEarlierCount(i, end) && !OpensResultAfterName(number))
        {
            return true;
        }

        if (IsModelNumberBeforeName(number))
        {
            return true;
        }

        // "Chu Xiaoyi, 20, said", "Alassane Ouattara, 73 ans, vainqueur": a small number set off by commas right after a
        // name, bare or with the language's word of age, is that person's age.
        var ageWordEnd = end;
        var ageWord = end < n && lexicon.AgesAfter.Match(tokens, end, out _, out ageWordEnd);
        var afterAge = ageWord ? ageWordEnd : end;
        if (i >= 2 && text[tokens[i - 1].Start] == ',' && tokens[i - 2].Kind == TokenKind.Word && tokens[i - 2].Upper && (!IsLineOrSentenceStart(i - 2) || IsNameOpening(i - 2, afterAge))
            && afterAge < n && text[tokens[afterAge].Start] == ',' && (ageWord || tokens[end].Adjacent) && !number.Grouped && !number.Decimal && !number.Scaled && number.Value < 120)
        {
            next = Math.Max(next, afterAge);
            return true;
        }

        // "the Leopard 2 tanks": a lone digit between a name and a weapon is the model's number, as news spells out
        // counts under ten.
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Upper && tokens[i - 1].Id < 0 && !IsLineOrSentenceStart(i - 1)
            && number.Digits == 1 && !number.Grouped && !number.Decimal && !number.Scaled && !rangeEnd
            && FindUnit(end, false, out var weapon) > end && weapon is { Category: FigureCategory.Equipment })
        {
            return true;
        }

        if (IsListMarker(number))
        {
            return true;
        }

        if (first.LineStart && !number.Grouped && !number.Scaled && end < n && tokens[end].Kind == TokenKind.Word && tokens[end].Upper
            && !IsAcronymPlural(end) && !lexicon.Units.Match(tokens, end, out _, out _) && !lexicon.UnitSymbols.Read(text, tokens, end, out _, out _)
            && !lexicon.ExactUnits.Read(text, tokens, end, out _, out _))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// "a zero-casualty approach", "a zero-tolerance policy", "zero-emission vehicles": zero hyphened to a word before a
    /// noun makes an adjective that names a goal or a kind; there is nothing to count.
    /// </summary>
    private bool IsZeroCompound(NumberMatch number)
    {
        var compound = SkipGluedHyphen(number.End);
        return number.Words && number.Value == 0 && number.End == number.First + 1 && compound > number.End && compound + 1 < tokens.Count
            && tokens[compound].Kind == TokenKind.Word && tokens[compound + 1].Kind == TokenKind.Word && tokens[compound + 1].SpaceBefore
            && !lexicon.Units.Match(tokens, compound, out _, out _);
    }

    /// <summary>"53 MPs were elected", "12 NGOs": an acronym with a plural mark is a common noun counted, not a title's word.</summary>
    private bool IsAcronymPlural(int at)
    {
        var word = text.AsSpan(tokens[at].Start, tokens[at].Length);
        if (word.Length < 3 || word[^1] != 's')
        {
            return false;
        }

        foreach (var c in word[..^1])
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Senard, 65, now faces": a capitalised word opening the sentence, alone before its comma, that the word list does not
    /// know as a common noun or adjective, nor our lexicon as a word of its own, is a name when the clause goes on in lower
    /// case after the age ("Texas, 12, Ohio, 9" lists scores).
    /// </summary>
    private bool IsNameOpening(int at, int ageCommaAt) =>
        tokens[at].Id < 0 && ageCommaAt + 1 < tokens.Count && tokens[ageCommaAt + 1].Kind == TokenKind.Word && !tokens[ageCommaAt + 1].Upper
        && !lexicon.Words.TryRead(text.AsSpan(tokens[at].Start, tokens[at].Length), out _);

    /// <summary>"au 24", "et samedi 20": the token a day joiner leads to, past a weekday naming that day.</summary>
    private bool DayJoinedAt(int end, out int day)
    {
        if (!lexicon.DayJoiners.Match(tokens, end, out _, out day))
        {
            return false;
        }

        if (lexicon.Weekdays.Match(tokens, day, out _, out var afterWeekday))
        {
            day = afterWeekday;
        }

        return true;
    }

    /// <summary>
    /// "a 78-year-old man", "a man aged 19", "children aged 5 to 12", "âgés de 18 à 60 ans", "les hommes de 18 à 60 ans",
    /// "un Soudanais de 78 ans": the age of a person or a group, an attribute rather than a quantity the news reports. A
    /// range's second number is passed too. A bounded age ("more than thirty years old") stays a figure: the bound is
    /// the news.
    /// </summary>
    private bool IsAge(NumberMatch number, ref int next)
    {
        if (IsAgeGroup(number))
        {
            next = Math.Max(next, number.End);
            return true;
        }

        // Past a bound, years are a duration ("une guerre de plus de 20 ans") unless a noun of people stands right before
        // the bound or its link ("les mineurs de plus de 1 an", "des enfants entre 1 et 14 ans" are people's ages).
        var hedge = HedgeBefore(number.First, out _, out _);
        if (NamesAgeGroup(number, hedge, ref next))
        {
            return true;
        }

        if (hedge >= 0)
        {
            return IsAgeAfterBound(number, hedge, ref next);
        }

        var end = PastSecondNumber(number);
        var after = SkipGluedHyphen(end);
        var ofPersonVerb = PersonAgeVerbBefore(number.First, out var bare);
        var age = lexicon.AgesBefore.MatchBefore(tokens, number.First, out _, out _)
            || (lexicon.AgesAfter.Match(tokens, after, out var ofPerson, out var ageEnd) && (!ofPerson || PersonBefore(number.First)
                || (ofPersonVerb && !lexicon.AgeBlockers.Match(tokens, ageEnd, out _, out _))));
        if (!age && ofPersonVerb && bare && IsBareAge(number, end))
        {
            // "The twins are 18 and 20": English says a person's age with "to be" and nothing after it.
            next = Math.Max(next, end);
            return true;
        }

        if (!age)
        {
            return lexicon.RangeStarts.MatchBefore(tokens, number.First, out _, out var rangeAt) && IsAgeAfterBound(number, rangeAt, ref next);
        }

        next = Math.Max(next, lexicon.AgesAfter.Match(tokens, after, out _, out ageEnd) ? ageEnd : end);
        return true;
    }

    /// <summary>
    /// "les 18-29 ans", "aux plus de 50 ans", "des moins de 60 ans", "les 80 ans et plus": an age after a determiner, with a
    /// bound or a range or "et plus" and no noun, names the people of that age. "Les 10 ans à venir", "les 20 ans de guerre",
    /// "plus de 20 ans" without a determiner are spans of time.
    /// </summary>
    private bool NamesAgeGroup(NumberMatch number, int hedge, ref int next)
    {
        var opener = hedge >= 0 ? hedge : number.First;
        if (opener == 0 || !lexicon.AgeGroupDeterminers.MatchBefore(tokens, opener, out _, out _))
        {
            return false;
        }

        var end = PastSecondNumber(number);
        if (!lexicon.AgesAfter.Match(tokens, end, out var ofPerson, out var ageEnd) || !ofPerson
            || (ageEnd < tokens.Count && lexicon.AgeBlockers.Match(tokens, ageEnd, out _, out _)))
        {
            return false;
        }

        var orOlder = lexicon.AgeGroupsAfter.Match(tokens, ageEnd, out _, out var groupEnd);
        if (hedge < 0 && end == number.End && !orOlder)
        {
            return false;
        }

        next = Math.Max(next, orOlder ? groupEnd : ageEnd);
        return true;
    }

    /// <summary>"15 745 under-five malaria cases", "the over-65s": a bound glued by a hyphen to the number names an age group.</summary>
    private bool IsAgeGroup(NumberMatch number) => number.First >= 2 && OpensAgeGroup(number.First - 2);

    /// <summary>Whether an age group's bound stands at <paramref name="at"/>, glued by a hyphen to a number ("under-five").</summary>
    private bool OpensAgeGroup(int at) =>
        at + 2 < tokens.Count && lexicon.AgeGroupsBefore.Match(tokens, at, out _, out var boundEnd) && boundEnd == at + 1
        && tokens[at + 1].Id == lexicon.Vocabulary.HyphenId && tokens[at + 1].Adjacent && tokens[at + 2].Adjacent
        && (tokens[at + 2].Kind == TokenKind.Number || lexicon.Numbers.Contains(tokens[at + 2].Id));

    /// <summary>At most this many numbers in a list of ages before the one read ("18, 19 and 20").</summary>
    private const int AgeListReach = 3;

    /// <summary>
    /// "ils ont 18 et 20 ans", "the twins are 18 and 20", "la victime, qui avait 17 ans": a verb of [age-verb] before the
    /// number or the list it ends, whose subject is people: a pronoun of [age-subject], or a noun of people that no fate
    /// counts ("the dead are 12" counts the dead), right before the verb or before the relative pronoun.
    /// </summary>
    private bool PersonAgeVerbBefore(int numberAt, out bool bare)
    {
        bare = false;
        var first = numberAt;
        for (var k = 0; k < AgeListReach && first >= 2; k++)
        {
            var joinerAt = lexicon.ListJoiners.MatchBefore(tokens, first, out _, out var listJoinerAt) ? listJoinerAt
                : text[tokens[first - 1].Start] == ',' ? first - 1 : -1;
            if (joinerAt < 1 || !IsNumberAt(joinerAt - 1))
            {
                break;
            }

            first = joinerAt - 1;
        }

        if (!lexicon.AgeVerbs.MatchBefore(tokens, first, out bare, out var verbAt) || verbAt == 0)
        {
            return false;
        }

        var subject = verbAt - 1;
        if (lexicon.AgeSubjects.MatchBefore(tokens, verbAt, out var relative, out var pronounAt))
        {
            if (!relative)
            {
                return true;
            }

            subject = pronounAt > 1 && text[tokens[pronounAt - 1].Start] == ',' ? pronounAt - 2 : pronounAt - 1;
        }

        return subject >= 0 && IsPersonNoun(subject)
            && !(lexicon.Words.TryRead(text.AsSpan(tokens[subject].Start, tokens[subject].Length), out var form)
                 && lexicon.CountedLemmas.GetValueOrDefault(form.Lemma) is { Category: FigureCategory.Casualties });
    }

    /// <summary>A whole number a person's age may be, with no noun or unit after it or its list ("are 18 and 20.").</summary>
    private bool IsBareAge(NumberMatch number, int end) =>
        !number.Scaled && !number.Fraction && !number.Decimal && !number.Grouped && number.Value is >= 1 and <= 120 && number.Value == Math.Floor(number.Value)
        && !ReadPhrase(end, out _) && !lexicon.Units.Match(tokens, end, out _, out _) && !lexicon.UnitLinks.Match(tokens, end, out _, out _);

    /// <summary>"les soldats de moins de 25 ans", "des enfants entre 1 et 14 ans": years past a bound are an age only when a
    /// noun of people stands right before the bound or its link. English names an age group with a bare number after
    /// "under" or "over" ("children under five", "residents over 65"), as it does hyphened ("the over-65s").</summary>
    private bool IsAgeAfterBound(NumberMatch number, int bound, ref int next)
    {
        if (bound == 0 || !(PersonBefore(bound) || IsPersonNoun(bound - 1)))
        {
            return false;
        }

        var end = PastSecondNumber(number);
        if (lexicon.AgeGroupsBefore.Match(tokens, bound, out _, out var boundEnd) && boundEnd == number.First && IsBareAge(number, end))
        {
            next = Math.Max(next, end);
            return true;
        }

        if (!lexicon.AgesAfter.Match(tokens, SkipGluedHyphen(end), out var ofPerson, out var ageEnd) || !ofPerson)
        {
            return false;
        }

        next = Math.Max(next, ageEnd);
        return true;
    }

    /// <summary>
    /// "de 18 à 60 ans", "de 18 et 20 ans", "entre 1 et 14 ans": the ages of a range or of two people end past the second
    /// number; else where the number ends.
    /// </summary>
    private int PastSecondNumber(NumberMatch number)
    {
        var end = number.End;
        return end + 1 < tokens.Count
               && (lexicon.RangeJoiners.Match(tokens, end, out _, out var afterJoiner) || lexicon.ListJoiners.Match(tokens, end, out _, out afterJoiner))
               && afterJoiner < tokens.Count && tokens[afterJoiner].Kind == TokenKind.Number
            ? afterJoiner + 1
            : end;
    }

    /// <summary>At most this many tokens between a weak numeral's list joiner and the count on its other side.</summary>
    private const int CountListReach = 6;

    /// <summary>"one or two ships", "un à deux jours": the numeral one opening a range with a number after it is its low end.</summary>
    private bool OpensRange(NumberMatch number) =>
        lexicon.ListedWeak.Match(tokens, number.First, out _, out var weakEnd) && weakEnd == number.End
        && lexicon.RangeJoiners.Match(tokens, number.End, out _, out var afterJoiner) && afterJoiner < tokens.Count
        && NumberReader.Read(text, tokens, afterJoiner, lexicon, false, out var other) && !other.Weak && !other.Glued;

    /// <summary>
    /// "nine victims were injured and one person is missing", "dix militaires et un gendarme", "one count of obstructing
    /// justice and three counts of fraud": a weak numeral before a noun, joined to a count of the same thing (or in a list
    /// of people) just before it or just after its noun, is that count's sibling, the numeral one.
    /// </summary>
    private bool InCountList(NumberMatch number)
    {
        var n = tokens.Count;
        var noun = number.End;
        if (!lexicon.ListedWeak.Match(tokens, number.First, out _, out var weakEnd) || weakEnd != noun || noun >= n
            || lexicon.PartOf.Match(tokens, noun, out _, out _) || !NounAt(noun, out var counted))
        {
            return false;
        }

        if (lexicon.ListJoiners.MatchBefore(tokens, number.First, out _, out var joinerAt))
        {
            // The count before may span its noun and what befell it ("nine victims were injured"): its words are read to its number.
            var kin = false;
            var inFigure = false;
            for (var s = joinerAt - 1; s >= 0 && (inFigure || joinerAt - s <= CountListReach) && !IsSentenceEnd(s); s--)
            {
                var now = InFigure(s);
                if (inFigure && !now)
                {
                    break;
                }

                inFigure |= now;
                kin |= NounAt(s, out var before) && Kin(before, counted);
            }

            if (inFigure && kin)
            {
                return true;
            }
        }

        for (var p = noun + 1; p < n && p - noun <= CountListReach && !IsSentenceEnd(p); p++)
        {
            // "un bilan de 912 morts et 5400 blessés": a number the noun governs, not one listed beside it, owns the list.
            if (IsNumberAt(p) && !(text[tokens[p - 1].Start] == ',' || lexicon.ListJoiners.Match(tokens, p - 1, out _, out _)))
            {
                return false;
            }

            if (lexicon.ListJoiners.Match(tokens, p, out _, out var afterJoiner) && afterJoiner < n
                && NumberReader.Read(text, tokens, afterJoiner, lexicon, false, out var sibling) && !sibling.Weak && !sibling.Glued)
            {
                return sibling.End < n && NounAt(sibling.End, out var after) && Kin(after, counted);
            }
        }

        return false;
    }

    /// <summary>
    /// "Trois prévenus, dont une personne morale", "seven meetings, including one by the minister", "five from Blantyre, one
    /// each from Mangochi and Dowa": after a count in its sentence, a weak numeral that opens a part of that count or is
    /// shared out is the number one; "dont un des", "including one of" are the partitive idiom.
    /// </summary>
    private bool IsOneOfCount(NumberMatch number)
    {
        if (!lexicon.ListedWeak.Match(tokens, number.First, out _, out var weakEnd) || weakEnd != number.End
            || !(lexicon.EachWords.Match(tokens, number.End, out _, out _)
                || (lexicon.SubsetOpeners.MatchBefore(tokens, number.First, out _, out _) && !lexicon.PartOf.Match(tokens, number.End, out _, out _))))
        {
            return false;
        }

        var sentenceStart = number.First;
        while (sentenceStart > 0 && !EndsSentence(sentenceStart - 1) && !tokens[sentenceStart].LineStart)
        {
            sentenceStart--;
        }

        return findings.Count > 0 && findings[^1].Start >= tokens[sentenceStart].Start;
    }

    /// <summary>
    /// "huit Français ont été tués et 23 blessés ; un Français est porté disparu": in a sentence that already counts
    /// casualties, a weak numeral before a person whom a casualty befalls is the toll's numeral one, not an article ("un
    /// soldat a été tué" alone tells of a soldier). A noun written with a capital inside the sentence is a people's name.
    /// </summary>
    private bool IsOneBefallen(NumberMatch number)
    {
        var noun = SkipFillers(number.End);
        return lexicon.ListedWeak.Match(tokens, number.First, out _, out var weakEnd) && weakEnd == number.End && noun < tokens.Count
            && NounAt(noun, out var person) && (person.Person || (tokens[noun].Upper && !IsLineOrSentenceStart(noun))) && PeopleFate(noun + 1) is { Category: FigureCategory.Casualties }
            && CasualtiesCountedBefore(number.First);
    }

    /// <summary>Whether a figure of casualties stands before token <paramref name="at"/> in its sentence.</summary>
    private bool CasualtiesCountedBefore(int at)
    {
        var sentenceStart = at;
        while (sentenceStart > 0 && !IsSentenceEnd(sentenceStart - 1) && !tokens[sentenceStart].LineStart)
        {
            sentenceStart--;
        }

        for (var j = findings.Count - 1; j >= 0 && findings[j].Start >= tokens[sentenceStart].Start; j--)
        {
            if (findings[j].Unit is { Category: FigureCategory.Casualties })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "one proposal", "pled guilty to one count", "She raised one hand": a weak numeral that is never an article (English
    /// "one", unlike "a" or French "un") counts whatever noun follows it, not only a unit; after a word that makes it a
    /// pronoun ("the one person who", "that one") or before "of" ("one of the best") it counts nothing.
    /// </summary>
    private bool IsNumeralBeforeNoun(NumberMatch number)
    {
        var noun = number.End;
        return noun < tokens.Count && tokens[noun].SpaceBefore && tokens[noun].Kind == TokenKind.Word
            && lexicon.CountingWeak.Match(tokens, number.First, out _, out var weakEnd) && weakEnd == noun
            && !lexicon.PronounContext.MatchBefore(tokens, number.First, out _, out _)
            && ReadPhrase(noun, out _);
    }

    /// <summary>
    /// "de un point de pourcentage", "un an de prison", "requis un an d'emprisonnement": a weak numeral before a unit is the
    /// numeral one after a word that only a numeral follows unelided, or when the length of time it opens is a sentence.
    /// </summary>
    private bool IsMarkedNumeral(NumberMatch number, int unitAt)
    {
        if (!lexicon.Units.Match(tokens, unitAt, out var unit, out var unitEnd) || IsNumberAt(unitEnd))
        {
            return false;
        }

        return (number.First > 0 && lexicon.NumeralMarkers.Match(tokens, number.First - 1, out _, out var markerEnd) && markerEnd == number.First)
            || (unit.Category == FigureCategory.Duration && lexicon.SentenceComplements.Match(tokens, unitEnd, out _, out _));
    }

    /// <summary>The noun at <paramref name="p"/>: its lemma, and whether it names people (by the word list, our counted lemmas or our units).</summary>
    private bool NounAt(int p, out (string Lemma, bool Person) noun)
    {
        noun = default;
        if (tokens[p].Kind != TokenKind.Word || !lexicon.Words.TryRead(text.AsSpan(tokens[p].Start, tokens[p].Length), out var form) || !form.IsNoun)
        {
            return false;
        }

        // A death is a person's too: "one death and 30 hospitalizations" lists people.
        noun = (form.Lemma, form.IsPerson || lexicon.CountedLemmas.GetValueOrDefault(form.Lemma) is { Person: true } or { Category: FigureCategory.Casualties }
            || (lexicon.Units.Match(tokens, p, out var unit, out _) && unit.Person));
        return true;
    }

    /// <summary>
    /// Two nouns that may be counted in one list: the same lemma, or a list of people ("dix militaires et un gendarme":
    /// the word list does not know every person's noun, so one known person makes the list people's).
    /// </summary>
    private static bool Kin((string Lemma, bool Person) a, (string Lemma, bool Person) b) => a.Lemma == b.Lemma || a.Person || b.Person;

    /// <summary>"les hommes de", "un Soudanais de": a person or a people named right before the age's "de".</summary>
    private bool PersonBefore(int numberAt)
    {
        if (!lexicon.AgeLinks.MatchBefore(tokens, numberAt, out _, out var linkAt) || linkAt == 0 || tokens[linkAt - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = linkAt - 1;
        return (tokens[word].Upper && !IsLineOrSentenceStart(word)) || IsPersonNoun(word);
    }

    /// <summary>"enfants", "soldiers", "mineurs": a noun, or the last word of a unit, that names people.</summary>
    private bool IsPersonNoun(int word)
    {
        if (tokens[word].Kind != TokenKind.Word)
        {
            return false;
        }

        for (var s = Math.Max(0, word - 2); s <= word; s++)
        {
            if (lexicon.Units.Match(tokens, s, out var unit, out var unitEnd) && unitEnd == word + 1 && unit.Person)
            {
                return true;
            }
        }

        return lexicon.Words.TryRead(text.AsSpan(tokens[word].Start, tokens[word].Length), out var form) && form.IsNoun
            && (form.IsPerson || lexicon.CountedLemmas.GetValueOrDefault(form.Lemma) is { Person: true });
    }

    /// <summary>At most this many numbers between a labelled number and one listed after it ("n°71, 72, 73 et 74").</summary>
    private const int LabelListReach = 4;

    /// <summary>
    /// "les n°71 et 72", "articles 12, 13 et 14", "pages 9 and 10": a number listed after a labelled one, each above the one
    /// before it and below ten times it, names a label of the same kind ("Flight 17 and 300 other flights" counts flights).
    /// </summary>
    private bool ListsLabelledNumber(int at)
    {
        for (var k = 0; k < LabelListReach && at >= 2; k++)
        {
            var joinerAt = at - 1;
            if (text[tokens[joinerAt].Start] != ',' && !lexicon.Connectors.Match(tokens, joinerAt, out _, out _))
            {
                return false;
            }

            var listed = DigitsValue(at);
            at = joinerAt - 1;
            var before = DigitsValue(at);
            if (before <= 0 || listed <= before || listed >= before * 10)
            {
                return false;
            }

            if (IsLabelBefore(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "On day 40, 318 new cases were reported", "Au jour 40, 318 nouveaux cas": a number followed by a noun written with a
    /// plural mark, one describing word at most between, counts that noun; no label lists it ("pages 9 and 10 of").
    /// </summary>
    private bool PluralNounAfter(int at)
    {
        if (at < tokens.Count && tokens[at].Kind == TokenKind.Word && lexicon.Words.TryRead(text.AsSpan(tokens[at].Start, tokens[at].Length), out var before)
            && before.IsAdjective && !before.IsNoun)
        {
            at++;
        }

        return at < tokens.Count && tokens[at].Kind == TokenKind.Word && text[tokens[at].End - 1] is 's' or 'x'
            && lexicon.Words.TryRead(text.AsSpan(tokens[at].Start, tokens[at].Length), out var form) && form.IsNoun;
    }

    /// <summary>The value of a token of plain digits, or -1.</summary>
    private long DigitsValue(int at) =>
        tokens[at].Kind == TokenKind.Number && long.TryParse(text.AsSpan(tokens[at].Start, tokens[at].Length), out var value) ? value : -1;

    private bool IsLabelBefore(int at) =>
        lexicon.Labels.MatchBefore(tokens, at, out var capitalOnly, out var labelAt) && (!capitalOnly || tokens[labelAt].Upper);

    private bool IsAllCapitals(int p)
    {
        foreach (var c in text.AsSpan(tokens[p].Start, tokens[p].Length))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>At most this many words between a dialling verb and its number ("Text SHELTER and your zip code to 43362").</summary>
    private const int DialWords = 8;

    /// <summary>A dialling verb ("dial", "call", "text … to", "composez") a few words before the number, in its sentence, and no noun it counts after it.</summary>
    private bool IsDialled(int at, int end)
    {
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Word && lexicon.Words.TryRead(text.AsSpan(tokens[end].Start, tokens[end].Length), out var form) && form.IsNoun
            && !lexicon.NotCounted.Contains(tokens[end].Id))
        {
            return false;
        }

        for (var p = at - 1; p >= 0 && p >= at - DialWords; p--)
        {
            if (tokens[p].Kind != TokenKind.Word)
            {
                return false;
            }

            if (lexicon.DialVerbs.Contains(tokens[p].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past a hyphen and the digits glued after <paramref name="at"/> ("16-18"), else <paramref name="at"/>.</summary>
    private int HouseRangeEnd(int at) =>
        at + 1 < tokens.Count && tokens[at].Adjacent && tokens[at].Id == lexicon.Vocabulary.HyphenId && tokens[at + 1].Adjacent && tokens[at + 1].Kind == TokenKind.Number
            ? at + 2
            : at;

    /// <summary>A street's name after a number: a street word at once ("rue", "avenue") or after at most three capitalised words ("Downing Street").</summary>
    private bool IsStreetAfter(int at)
    {
        // "au 10, rue de la Paix": a comma may stand between the number and its street.
        if (at + 1 < tokens.Count && tokens[at].Adjacent && text[tokens[at].Start] == ',' && tokens[at + 1].Kind == TokenKind.Word && !tokens[at + 1].Upper)
        {
            at++;
        }

        for (var p = at; p < tokens.Count && p <= at + 3; p++)
        {
            if (p > at && tokens[p].Kind == TokenKind.Number && p + 1 < tokens.Count && tokens[p + 1].Adjacent && tokens[p + 1].Kind == TokenKind.Word)
            {
                // "9 E 71st St": an ordinal in digits names the street.
                p++;
                continue;
            }

            if (tokens[p].Kind != TokenKind.Word)
            {
                return false;
            }

            if (lexicon.StreetWords.Match(tokens, p, out var capitalised, out var streetEnd) && !(p == at && capitalised && tokens[p].Upper && !IsStreetEndAt(streetEnd)))
            {
                // "300 Wall Street bankers" counts bankers.
                // A verb the word list knows as a plural noun ("has") counts nothing: "16 Baker Avenue has leased".
                var countsAfter = streetEnd < tokens.Count && tokens[streetEnd].Kind == TokenKind.Word && !tokens[streetEnd].Upper && !lexicon.NotCounted.Contains(tokens[streetEnd].Id)
                    && lexicon.Words.TryRead(text.AsSpan(tokens[streetEnd].Start, tokens[streetEnd].Length), out var form) && form.IsNoun && form.Inflected;
                return !countsAfter && (p > at ? tokens[p].Upper : !capitalised);
            }

            if (!tokens[p].Upper)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a street word ending at <paramref name="end"/> ends the address ("10 Downing St,"), not opens a name ("10 St James Street").</summary>
    private bool IsStreetEndAt(int end) => end >= tokens.Count || tokens[end].Kind != TokenKind.Word || !tokens[end].Upper;

    /// <summary>"the Germans send 14, the Poles 4": a capitalised plural noun before a number is a people, not a model's name.</summary>
    /// <summary>
    /// "1- UPR : 37,56 %", "2) the Greens", "4: FCBE": a bare integer opening a line, closed by a dash, a bracket, a colon or
    /// a full stop before the item's text, numbers the item in a list.
    /// </summary>
    private bool IsListMarker(NumberMatch number)
    {
        var end = number.End;
        if (!tokens[number.First].LineStart || number.Words || number.Grouped || number.Decimal || number.Scaled || number.Fraction || end + 1 >= tokens.Count)
        {
            return false;
        }

        var marker = tokens[end];
        var item = tokens[end + 1];
        return marker.Kind == TokenKind.Symbol && text[marker.Start] is '-' or '–' or ')' or ':' or '.' && (marker.Adjacent || text[marker.Start] is '-' or '–')
            && item.SpaceBefore && !item.LineStart && item.Kind != TokenKind.Number;
    }

    /// <summary>
    /// "Marine Tondelier 1-2%", "- Philippe 53 à 47": a number after a name that opens a dashed range whose far end carries a
    /// unit, or a pair falling to a smaller second number (a duel's two results), states that name's result; a model's number is
    /// neither ranged in a unit nor followed by a smaller one.
    /// </summary>
    private bool OpensResultAfterName(NumberMatch number)
    {
        var end = number.End;
        if (!lexicon.RangeJoiners.Match(tokens, end, out _, out var secondAt) || secondAt >= tokens.Count || tokens[secondAt].Kind != TokenKind.Number
            || (tokens[secondAt].Adjacent && tokens[secondAt - 1].Kind == TokenKind.Word) || !ReadNumber(secondAt, false, out var second) || second.Words)
        {
            return false;
        }

        // "l'iPhone 15 à 969 euros": a word joiner before an amount leaves the model and prices it; only a dash ranges a result.
        var dashed = secondAt == end + 1 && tokens[end].Adjacent && tokens[secondAt].Adjacent;
        return (dashed && (lexicon.Units.Match(tokens, second.End, out _, out _) || lexicon.UnitSymbols.Read(text, tokens, second.End, out _, out _)))
            || (second.Value < number.Value && !IsNumberAt(second.End));
    }

    /// <summary>
    /// "Labour a 53 sièges, le Bloc Républicain 28 sièges": a number after a name, followed by the noun an earlier number of
    /// the same sentence counts, is the next count of a gapped list, not a model's number.
    /// </summary>
    private bool RepeatsEarlierCount(int numberAt, int nounAt)
    {
        if (nounAt >= tokens.Count || tokens[nounAt].Kind != TokenKind.Word || tokens[nounAt].Upper || !tokens[nounAt].SpaceBefore)
        {
            return false;
        }

        var noun = WordSpan(nounAt, nounAt + 1);
        for (var p = numberAt - 1; p > 0 && !IsLineOrSentenceStart(p + 1); p--)
        {
            if (tokens[p].Kind == TokenKind.Word && tokens[p - 1].Kind == TokenKind.Number && WordSpan(p, p + 1).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesPeoplePlural(int word) =>
        !lexicon.HeadFirst && lexicon.Words.TryRead(text.AsSpan(tokens[word].Start, tokens[word].Length), out var form) && form.IsNoun && form.Inflected;

    /// <summary>
    /// "un cinquième mandat", "the first half of 2023", "9/11": a fraction that may be something else is a quantity only
    /// before a unit ("un quart d'heure", "1/4 mile") or the whole it is a share of ("la moitié des", "a third of"), after
    /// a bound or hedge ("plus de la moitié"), or, spelled with a numerator, where the line ends ("un cinquième").
    /// </summary>
    private bool IsFractionInContext(NumberMatch number)
    {
        var n = tokens.Count;
        var end = number.End;
        var noun = lexicon.FractionWords.Match(tokens, number.First, out _, out var nounEnd) && nounEnd == end && !lexicon.Weak.Contains(tokens[number.First].Id);
        if (lexicon.FractionBlockers.MatchBefore(tokens, number.First, out _, out _))
        {
            return false;
        }

        var unitAt = SkipGluedHyphen(end);
        if (unitAt > end && lexicon.OrdinalDenominators.Contains(tokens[end - 1].Id) && lexicon.Units.Match(tokens, unitAt, out _, out var compoundEnd)
            && compoundEnd < n && tokens[compoundEnd].SpaceBefore && ReadPhrase(compoundEnd, out _))
        {
            // "a third-year student", "a twenty-first-century problem": an ordinal hyphened to a unit before a noun is a rank.
            return false;
        }

        if (lexicon.Units.Match(tokens, unitAt, out _, out _) || lexicon.ShareLinks.Match(tokens, end, out _, out _)
            || lexicon.ShareLinks.Match(tokens, AfterBrackets(end), out _, out _)
            || (lexicon.UnitLinks.Match(tokens, end, out _, out var afterLink) && lexicon.Units.Match(tokens, afterLink, out _, out _)))
        {
            return true;
        }

        var before = ArticleBefore(number, number.First);
        if (HedgeBefore(before, out _, out _) >= 0 || lexicon.RangeStarts.MatchBefore(tokens, before, out _, out _))
        {
            return true;
        }

        // "… en avoir récupéré la moitié.": a fraction with its article closing the sentence is a share of what it stands for.
        var lineEnds = end >= n || tokens[end].LineStart || (noun && before < number.First && IsSentenceEnd(end));
        return number.Words && lineEnds && (!noun || before < number.First);
    }

    /// <summary>At most this many tokens from a bracket to the one that closes it, in an aside after a fraction noun.</summary>
    private const int AsideReach = 6;

    /// <summary>"la moitié (49 %) des cas": where the text goes on after a bracketed aside at <paramref name="at"/>, else <paramref name="at"/>.</summary>
    private int AfterBrackets(int at)
    {
        if (at >= tokens.Count || text[tokens[at].Start] != '(')
        {
            return at;
        }

        for (var k = at + 1; k < tokens.Count && k <= at + AsideReach; k++)
        {
            if (text[tokens[k].Start] == ')')
            {
                return k + 1;
            }
        }

        return at;
    }

    /// <summary>The article before a fraction noun ("la" of "la moitié"), where a bound before it ends; else <paramref name="start"/>.</summary>
    private int ArticleBefore(NumberMatch number, int start) =>
        number.LoneFraction && lexicon.FractionWords.Contains(tokens[number.First].Id) && lexicon.RankArticles.MatchBefore(tokens, start, out _, out var articleAt)
            ? articleAt
            : start;

    /// <summary>
    /// "… en 2023 1.", "en 2022 2, puis", "en 2023[1]": a footnote call copied with the text, a small number in brackets or
    /// right after a year with nothing counted after it.
    /// </summary>
    private bool IsReferenceCall(NumberMatch number)
    {
        var i = number.First;
        var end = number.End;
        var n = tokens.Count;
        if (number.Words || number.Grouped || number.Decimal || number.Scaled || number.Digits > 3 || i == 0)
        {
            return false;
        }

        if (text[tokens[i - 1].Start] == '[' && tokens[i].Adjacent && end < n && tokens[end].Adjacent && text[tokens[end].Start] == ']')
        {
            return true;
        }

        var before = tokens[i - 1];
        return number.Digits <= 2 && before.Kind == TokenKind.Number && before.Length == 4 && tokens[i].SpaceBefore && !tokens[i].LineStart
            && IsYearLike(ParseYear(before)) && (end >= n || tokens[end].LineStart
                || (tokens[end].Kind == TokenKind.Symbol && text[tokens[end].Start] is '.' or ',' or ';' or ':' or ')' or '!' or '?'));
    }

    /// <summary>
    /// "in 2023.1 Analysts expect": a year after its preposition with a footnote call glued after the full stop reads as
    /// a decimal; a year-like whole part, one or two digits after the point, and a capitalised word after it are a year
    /// and a call.
    /// </summary>
    private bool IsYearWithCall(NumberMatch number)
    {
        var i = number.First;
        var end = number.End;
        return number.Decimal && !number.Grouped && !number.Scaled && number.Digits == 4 && end - i == 3 && tokens[i + 2].Length <= 2
            && IsYearLike(ParseYear(tokens[i])) && end < tokens.Count && tokens[end].Kind == TokenKind.Word && tokens[end].Upper
            && lexicon.YearPrepositions.MatchBefore(tokens, i, out _, out _);
    }

    /// <summary>
    /// "à 14 h 30", "vers 9 h": a clock's hour mark after the number, with its minutes after it or a preposition of time
    /// before it ("en 24 h" is a length of time). Where the time ends, in <paramref name="clockEnd"/>.
    /// </summary>
    private bool IsClockTime(int i, int end, out int clockEnd)
    {
        clockEnd = end;
        var n = tokens.Count;
        if (end >= n || !lexicon.ClockMarks.Match(tokens, end, out _, out var markEnd))
        {
            return IsClockWordTime(i, end, out clockEnd);
        }

        if (MinutesAt(markEnd))
        {
            clockEnd = markEnd + 1;
            return true;
        }

        if (lexicon.ClockDayParts.Match(tokens, markEnd, out _, out var dayPartEnd))
        {
            // "5 h du matin": a part of the day after the hour makes it a time of day, whatever stands before it.
            clockEnd = dayPartEnd;
            return true;
        }

        // "depuis dimanche 22 h", "lundi 6 h": a day of the week names the day whose hour it is.
        clockEnd = markEnd;
        return lexicon.ClockPrepositions.MatchBefore(tokens, i, out _, out _) || lexicon.Weekdays.MatchBefore(tokens, i, out _, out _);
    }

    /// <summary>"vers 16 heures", "à 3 heures du matin", "à 16 heures 30": an hour written as a word, as a time of day.</summary>
    private bool IsClockWordTime(int i, int end, out int clockEnd)
    {
        clockEnd = end;
        var n = tokens.Count;
        if (end >= n || !lexicon.ClockWords.Match(tokens, end, out _, out var wordEnd))
        {
            return false;
        }

        if (lexicon.ClockDayParts.Match(tokens, wordEnd, out _, out var dayPartEnd))
        {
            clockEnd = dayPartEnd;
            return true;
        }

        if (!lexicon.ClockWordPrepositions.MatchBefore(tokens, i, out _, out _) || (wordEnd < n && lexicon.UnitLinks.Match(tokens, wordEnd, out _, out _)))
        {
            return false;
        }

        clockEnd = MinutesAt(wordEnd) ? wordEnd + 1 : wordEnd;
        return true;
    }

    /// <summary>Two digits from 00 to 59 after an hour's mark or word: its minutes ("14 h 30", "16 heures 30").</summary>
    private bool MinutesAt(int at) =>
        at < tokens.Count && tokens[at].Kind == TokenKind.Number && tokens[at].Length == 2 && text[tokens[at].Start] is >= '0' and <= '5';

    private double ParseYear(Token token) =>
        ((text[token.Start] - '0') * 1000) + ((text[token.Start + 1] - '0') * 100) + ((text[token.Start + 2] - '0') * 10) + (text[token.Start + 3] - '0');

    /// <summary>
    /// "Leopard 1 A5", "Leopard 2 A6": a number between a name and a variant code (letters glued to digits) is the model's,
    /// even at a sentence start, where a capital alone says nothing.
    /// </summary>
    private bool IsModelNumber(NumberMatch number)
    {
        var i = number.First;
        var end = number.End;
        var n = tokens.Count;
        if (number.Words || number.Grouped || number.Decimal || number.Scaled || i == 0 || end + 1 >= n || !tokens[end].SpaceBefore || tokens[end].LineStart)
        {
            return false;
        }

        var name = tokens[i - 1];
        var code = tokens[end];
        var glued = tokens[end + 1];
        return name.Kind == TokenKind.Word && name.Upper && name.Id < 0 && tokens[i].SpaceBefore
            && glued.Adjacent && ((code.Kind == TokenKind.Word && code.Upper && code.Length <= 3 && glued.Kind == TokenKind.Number)
                || (code.Kind == TokenKind.Number && glued.Kind == TokenKind.Word && glued.Upper));
    }

    /// <summary>
    /// "Boeing's own 787 Dreamliner", "the iPhone 11 Pro and 11 Pro Max": digits right before a capitalised name in the
    /// singular, which no plural noun follows, are the model's number. A name the entities know as equipment is counted
    /// ("14 Leopard", "31 Abrams"), as is one carrying its own number ("10 Leopard 1 A5"), a plural or a name ending as one
    /// ("12 Republican senators", "3 Democrats", "23 Français"); a headline's Title Case ("Storm Kills 12 In Texas"), a unit ("300 PS"), a month or a weekday ("rose 200
    /// Tuesday"), a lone digit and a hedged number ("approximately 66 Ma ago") name no model.
    /// </summary>
    private bool IsModelNumberBeforeName(NumberMatch number)
    {
        var i = number.First;
        var end = number.End;
        if (number.Words || number.Grouped || number.Decimal || number.Scaled || number.Digits < 2 || IsBareNonFigure(number) || end >= tokens.Count
            || HedgeBefore(i, out _, out _) >= 0)
        {
            return false;
        }

        var name = tokens[end];
        if (name.Kind != TokenKind.Word || !name.Upper || !name.SpaceBefore || name.LineStart || name.Length < 2
            || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Upper && !IsLineOrSentenceStart(i - 1))
            || names.ModelAt(name.Start, out _) || lexicon.NotCounted.Match(tokens, end, out _, out _)
            || lexicon.Units.Match(tokens, end, out _, out _) || lexicon.ExactUnits.Read(text, tokens, end, out _, out _)
            || lexicon.Months.Match(tokens, end, out _, out _) || lexicon.Weekdays.Match(tokens, end, out _, out _))
        {
            return false;
        }

        // "10 Leopard 1 A5", "327 Leopard 2": a name that carries its own number is the model counted.
        if (CountBefore(i))
        {
            return true;
        }

        return text[name.End - 1] is not ('s' or 'x') && !(ReadPhrase(end, out var phrase) && phrase.Plural) && !CountsModels(end)
            && !(SkipDesignation(end, out var numbered) > end && numbered);
    }

    /// <summary>"two new 737 Max jets", "three 747 Jumbo jets": a count, and at most one adjective, right before the digits.</summary>
    private bool CountBefore(int i)
    {
        var p = i - 1;
        if (p > 0 && tokens[p].Kind == TokenKind.Word && !tokens[p].Upper && !IsNumberAt(p) && lexicon.Words.TryRead(WordSpan(p, p + 1), out var word) && word.IsAdjective && !word.IsNoun)
        {
            p--;
        }

        return p >= 0 && p < i && IsNumberAt(p) && tokens[p].Kind == TokenKind.Word;
    }

    /// <summary>
    /// "+49,000", "+3.5%", "(+429 par rapport à samedi)": after a plus sign, a grouped or decimal number, a percentage or a
    /// number followed by a word is a change, never a phone number (whose digit groups follow one another).
    /// </summary>
    private bool IsSignedChange(NumberMatch number) =>
        number.Grouped || number.Decimal || (number.End < tokens.Count && tokens[number.End].Kind == TokenKind.Symbol && text[tokens[number.End].Start] == '%')
        || (number.End < tokens.Count && tokens[number.End].Kind == TokenKind.Word && tokens[number.End].SpaceBefore && !tokens[number.End].LineStart);

    /// <summary>"-78-0 degrees Celsius": below zero, a hyphen and a lone zero before a unit close a range, not an identifier's next part.</summary>
    private bool IsRangeUpToZero(NumberMatch number, int zero) =>
        number.Value < 0 && tokens[zero].Length == 1 && !(zero + 1 < tokens.Count && tokens[zero + 1].Adjacent && tokens[zero + 1].Kind != TokenKind.Word)
        && lexicon.Units.Match(tokens, zero + 1, out _, out _);

    /// <summary>A bare year ("en 2023", "by 2120") or a lone small count with nothing counted is not reported.</summary>
    private static bool IsBareNonFigure(NumberMatch number)
    {
        return !number.Words && !number.Grouped && !number.Decimal && !number.Scaled && number.Digits == 4
            && number.Value is >= 1500 and <= 2200;
    }

    /// <summary>
    /// "1,000-10,000 deaths", "100-1,000": digits grouped in thousands on either side of a hyphen bound a range; no
    /// telephone number or id groups its digits so, and the hyphen ends the chain.
    /// </summary>
    private bool GroupedRangeEnd(NumberMatch number, int at) =>
        NumberReader.Read(text, tokens, at, lexicon, false, out var other) && (number.Grouped || other.Grouped) && other.Value > number.Value && !number.Decimal && !other.Decimal
        && (other.Grouped || other.End == at + 1) && !(other.End + 1 < tokens.Count && tokens[other.End].Adjacent && tokens[other.End].Kind == TokenKind.Symbol
            && tokens[other.End + 1].Adjacent && tokens[other.End + 1].Kind == TokenKind.Number);

    /// <summary>"+33 1 23 45 67 89", "06.12.34.56.78": short digit groups in a row are a phone number or an id.</summary>
    private int PhoneChainEnd(int i, out int groups)
    {
        groups = 1;
        var j = i + 1;
        while (j < tokens.Count)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Number && t.Length <= 4 && t.SpaceBefore && !t.LineStart && t.Start - tokens[j - 1].End == 1)
            {
                groups++;
                j++;
                continue;
            }

            if (t.Kind == TokenKind.Symbol && t.Adjacent && text[t.Start] is '-' or '.' or '/' && j + 1 < tokens.Count
                && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Adjacent)
            {
                groups++;
                j += 2;
                continue;
            }

            break;
        }

        return j;
    }

    private int SkipChain(int j)
    {
        j++;
        while (j < tokens.Count && tokens[j].Adjacent && tokens[j].Kind != TokenKind.Word)
        {
            j++;
        }

        return j;
    }

    private static bool IsYearLike(double value) => value is >= 1800 and <= 2100 && value == Math.Floor(value);

    /// <summary>A word written in camel case from a lower-case letter, as products are named: "iPhone", "iOS", "eBay".</summary>
    private bool IsCamelCase(int at) =>
        tokens[at].Length >= 3 && char.IsLower(text[tokens[at].Start]) && char.IsUpper(text[tokens[at].Start + 1]);
}
