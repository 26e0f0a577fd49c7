using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// One left-to-right pass over an article's tokens, emitting figures and skipping what only looks like one. This file
/// reads numbers and emits figures; the bounds and ranges around a number, what it counts, and what only looks like a
/// figure are read in the other FigureScan files.
/// </summary>
internal readonly ref partial struct FigureScan(string text, List<Token> tokens, FigureLexicon lexicon, List<FigureFinding> findings, NamedMentions names = default)
{
    private enum Bound : byte
    {
        Exact,
        Approximate,
        AtLeast,
        AtMost,
    }

    public void Run()
    {
        var n = tokens.Count;
        var i = 0;
        while (i < n)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && IsUrlStart(token))
            {
                i = SkipToSpace(i);
                continue;
            }

            if (token.Kind == TokenKind.Symbol && text[token.Start] == '@' && i + 1 < n && tokens[i + 1].Adjacent)
            {
                i = SkipToSpace(i);
                continue;
            }

            if (lexicon.Idioms.Match(tokens, i, out _, out var idiomEnd))
            {
                i = idiomEnd;
                continue;
            }

            if (token.Kind == TokenKind.Word && lexicon.NamedQuantities.Match(tokens, i, out var named, out var namedEnd))
            {
                // "absolute zero": a quantity named by words alone.
                Emit(i, i, namedEnd, namedEnd, named.Value, named.Value, named.Value, false, named.Unit);
                i = namedEnd;
                continue;
            }

            if (token.Kind == TokenKind.Word && token.Id >= 0 && TryMultiplier(i, out var multiplierEnd))
            {
                i = PastLastFigure(multiplierEnd);
                continue;
            }

            if (token.Kind == TokenKind.Word && token.Id >= 0 && TryVague(i, out var vagueEnd))
            {
                i = PastLastFigure(vagueEnd);
                continue;
            }

            if (token.Kind == TokenKind.Symbol && VulgarFractions.ValueOf(text[token.Start]) is { } fraction && TryVulgarFraction(i, fraction, out var fractionEnd))
            {
                i = fractionEnd;
                continue;
            }

            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && (lexicon.Numbers.Contains(token.Id) || lexicon.ScaleFractions.Contains(token.Id)
                || lexicon.FractionWords.Contains(token.Id) || (lexicon.RankArticles.Contains(token.Id) && IsBoundedRank(i)))))
            {
                i = PastLastFigure(TryNumber(i));
                continue;
            }

            i++;
        }
    }

    /// <summary>Past the words the last figure took as what it counts ("327 Leopard 2": the model's digits count nothing).</summary>
    private int PastLastFigure(int i)
    {
        if (findings.Count == 0)
        {
            return i;
        }

        var end = findings[^1].End;
        while (i < tokens.Count && tokens[i].Start < end)
        {
            i++;
        }

        return i;
    }

    /// <summary>"several hundred", "a few thousand", "several dozen", "several hundred thousand": a number word counted several times.</summary>
    private bool SeveralOf(int at, out double magnitude, out int end)
    {
        magnitude = 0;
        end = at;
        if (!lexicon.Numbers.Match(tokens, at, out var word, out end) || word.Kind == NumberWordKind.Unit || word.Value < 12)
        {
            return false;
        }

        magnitude = word.Value;
        while (lexicon.Numbers.Match(tokens, end, out var more, out var moreEnd) && more.Kind == NumberWordKind.Scale && more.Value > magnitude)
        {
            magnitude *= more.Value;
            end = moreEnd;
        }

        return true;
    }

    /// <summary>
    /// "des centaines de milliers de soldats": an order of magnitude states only its lower edge, roughly (100,000); a
    /// determiner that counts it several times raises the edge ("plusieurs milliers", "several dozen": twice the word).
    /// No upper bound: news writes "thousands" for 15,000 as readily as for 2,000.
    /// </summary>
    private bool TryVague(int i, out int next)
    {
        next = i;
        var start = i;
        var p = i;
        var beforeNumber = false;
        var times = 1.0;
        if (lexicon.VagueDeterminers.Match(tokens, p, out beforeNumber, out var afterDeterminer))
        {
            times = lexicon.VagueMultipliers.Match(tokens, p, out var multiplier, out _) ? multiplier : 1;
            p = afterDeterminer;
        }

        if (!lexicon.Vague.Match(tokens, p, out var magnitude, out var end) && !(beforeNumber && SeveralOf(p, out magnitude, out end)))
        {
            return false;
        }

        if (p == start && start > 0 && tokens[start - 1].Kind == TokenKind.Number)
        {
            return false;
        }

        while (lexicon.VagueLinks.Match(tokens, end, out _, out var afterLink)
            && lexicon.Vague.Match(tokens, afterLink, out var more, out var moreEnd) && more > magnitude)
        {
            magnitude *= more;
            end = moreEnd;
        }

        var unitEnd = FindUnit(end, true, out var unit);
        Emit(start, p, end, unitEnd, null, times * magnitude, null, true, CasualtyBefore(start, unit), vague: true);
        next = unitEnd;
        return true;
    }

    /// <summary>
    /// "⅓ cup", "½ tbsp": a fraction sign is the amount of the unit after it; standing alone ("le résultat est ⅙"), a share.
    /// Glued to digits ("3½") it is part of their number.
    /// </summary>
    private bool TryVulgarFraction(int i, double fraction, out int next)
    {
        next = FindUnit(i + 1, false, out var unit);
        if (i > 0 && tokens[i].Adjacent && tokens[i - 1].Kind != TokenKind.Symbol)
        {
            return false;
        }

        if (unit is null)
        {
            if (i + 1 < tokens.Count && tokens[i + 1].Adjacent && tokens[i + 1].Kind != TokenKind.Symbol)
            {
                return false;
            }

            unit = FigureLexicon.Share;
            next = i + 1;
        }

        var value = fraction * unit.Factor;
        Emit(i, i, i + 1, next, value, value, value, false, unit, first: Written(i, i + 1, fraction));
        return true;
    }

    /// <summary>
    /// "Harris leads 52%-47%", "le oui à 54 %-46 %": a dash glued after the percent sign of a share and before the next share
    /// joins two results, as the dash of "25%-30%" joins a range's ends; it is no minus sign of the second.
    /// </summary>
    private bool IsDashAfterShare(int dashAt) =>
        dashAt >= 2 && tokens[dashAt].Adjacent && text[tokens[dashAt].Start] is '-' or '–' && tokens[dashAt - 1].Kind == TokenKind.Symbol
        && text[tokens[dashAt - 1].Start] == '%' && tokens[dashAt - 2].Kind == TokenKind.Number;

    /// <summary>"minus-5 yards", "minus-130 degrees": a word of sign hyphened to the number.</summary>
    private bool NegativeWordHyphenedBefore(int i, out int wordAt)
    {
        wordAt = -1;
        return i > 1 && tokens[i].Adjacent && tokens[i - 1].Adjacent && tokens[i - 1].Id == lexicon.Vocabulary.HyphenId
            && lexicon.Negatives.MatchBefore(tokens, i - 1, out _, out wordAt);
    }

    private int TryNumber(int i)
    {
        var n = tokens.Count;
        // A currency sign already read as the previous figure's unit ("10 $ 30 $") does not also open this one.
        // "$-99.99": a minus may stand between the currency sign and its amount.
        var signedAt = i > 1 && tokens[i].Adjacent && tokens[i - 1].Adjacent && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] == '-'
            && tokens[i - 2].Kind == TokenKind.Symbol ? i - 1 : i;
        var currencyBefore = lexicon.PrefixUnits.MatchBefore(tokens, signedAt, out var prefixUnit, out var prefixStart) && !tokens[signedAt].LineStart
            && tokens[signedAt].Start - tokens[signedAt - 1].End <= 1 && (findings.Count == 0 || findings[^1].End <= tokens[prefixStart].Start)
            && !(prefixUnit.Capital && !tokens[prefixStart].Upper);
        if (!ReadNumber(i, currencyBefore, out var number))
        {
            return i + 1;
        }

        if (currencyBefore && IsLetterCodeBeforeDigit(signedAt, prefixUnit, number))
        {
            // "PS5": letters that stand for a currency sign only in transliterated copy, glued to one digit, name a model.
            return number.End;
        }

        // "34 cents": digits times a hundred word ("322 hundred") read the word as the unit when it is one.
        if (!number.Words && !number.Scaled && ReadBeforeUnitWord(number, out var beforeUnitWord))
        {
            number = beforeUnitWord;
        }

        // "un sur trois", "1 in 5", "one out of three", "un Français sur trois": a small part of a larger whole is a share.
        if (!number.Fraction && !number.Scaled && !number.Glued && number.Value is >= 1 and <= 10 && number.Value == Math.Floor(number.Value)
            && !IsLabelBefore(i)
            && ProportionOverAt(number.End) is var overAt && overAt >= 0
            && NumberReader.ReadProportion(text, tokens, overAt, lexicon, number.Value, out var proportionWhole) && IsProportionWhole(overAt, proportionWhole, overAt > number.End))
        {
            number.Value /= proportionWhole.Value;
            number.End = proportionWhole.End;
            number.Fraction = true;
            number.Weak = false;
            number.Words = true;
        }

        if (!number.Fraction && !number.Scaled && !number.Glued && !currencyBefore && RateOverRoundWhole(number, out var rateWhole))
        {
            number.Value /= rateWhole.Value;
            number.End = rateWhole.End;
            number.Fraction = true;
            number.Weak = false;
            number.ThousandsAlike = false;
        }

        // Where the number begins before its digits: "-30", "−273.15" (typographic minus), "(–52 %)" (an en dash typed for one), a
        // minus sign glued to the number and standing apart from what precedes it; "minus five percent"; the decimal mark of ".08".
        var signAt = -1;
        if (i > 0 && tokens[i].Adjacent && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] is '-' or '−' or '–' or '+'
            && (i == 1 || tokens[i - 1].SpaceBefore || tokens[i - 2].Kind == TokenKind.Symbol) && (i == 1 || tokens[i - 2].Kind != TokenKind.Number)
            && !IsDashAfterShare(i - 1))
        {
            // "+49,000" keeps its sign in its text and its value.
            signAt = i - 1;
            number.Value = text[tokens[i - 1].Start] == '+' ? number.Value : -number.Value;
        }
        else if (!currencyBefore && (lexicon.Negatives.MatchBefore(tokens, i, out _, out var negativeWordAt) || NegativeWordHyphenedBefore(i, out negativeWordAt))
            && HedgeBefore(i, out _, out _) < 0)
        {
            // "négative un", "minus one": after a sign, even a weak word is the number.
            signAt = negativeWordAt;
            number.Value = -number.Value;
            number.Weak = false;
        }
        else if (currencyBefore && IsAccountingNegative(prefixStart, number.End))
        {
            number.Value = -number.Value;
        }
        else if (i > 0 && tokens[i].Adjacent && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] == lexicon.DecimalSeparator
            && (i == 1 || tokens[i - 1].SpaceBefore) && !number.Words && !number.Grouped && !number.Decimal && !number.Scaled && number.End == i + 1)
        {
            // ".08", ",23456000": a decimal written without its zero.
            signAt = i - 1;
            number.Value /= Math.Pow(10, tokens[i].Length);
            number.Decimal = true;
        }

        var next = Math.Max(number.End, i + 1);
        if (IsNotAFigure(number, ref next, currencyBefore: currencyBefore))
        {
            return next;
        }

        if (signAt < 0 && !currencyBefore && OneOrFewBefore(i, number, out var oneAt, out var oneUnit, out var alternativeAt))
        {
            // "another pick or two": what is counted is read where the noun stands; "a day or two" is a range of the unit.
            Emit(oneAt, oneAt, number.End, number.End, null, 1, number.Value, false, oneUnit,
                first: Written(oneAt, oneAt + 1, 1), second: Written(i, number.End, number.Value), sharedAt: alternativeAt);
            return number.End;
        }

        var numberAt = signAt >= 0 ? signAt : i;
        var start = currencyBefore ? prefixStart : numberAt;
        var bound = Bound.Exact;
        // "passé de 200 à 300", "rose from 5% to 7%": after a verb of change, "from … to" tells the old and the new value.
        var opened = lexicon.RangeStarts.MatchBefore(tokens, start, out var opener, out var rangeStartAt)
            || (lexicon.MeasureNames.MatchBefore(tokens, start, out _, out var measureAt) && lexicon.RangeStarts.MatchBefore(tokens, measureAt, out opener, out rangeStartAt));
        var change = opened && ChangeVerbBefore(rangeStartAt);
        // "increased by $43.6 billion to $419.2 billion", "claims rose 5,000 to 220,000", "down 8.1p to 154.65p": the amount of
        // a change, then the new level, with "by" or right after the verb or a market report's word of a move.
        var changeBy = !opened && ((lexicon.ChangeAmounts.MatchBefore(tokens, start, out _, out var changeByAt) && ChangeVerbBefore(changeByAt))
            || lexicon.ChangeVerbs.MatchBefore(tokens, start, out _, out _) || lexicon.ChangeMarks.MatchBefore(tokens, start, out _, out _));
        if (opened && !change)
        {
            var hedgeStart = HedgeBefore(rangeStartAt, out var hedge, out _);
            // "près de 10 à 20": the hedge's own "de" is the range's opener, so the hedge ends at the number.
            if (hedgeStart < 0 && HedgeBefore(start, out var fusedHedge, out _) is var fusedAt and >= 0 && fusedAt < rangeStartAt
                && (fusedHedge == Bound.Approximate || NearlyAt(fusedAt)))
            {
                hedgeStart = fusedAt;
                hedge = Bound.Approximate;
            }

            if (TryRange(number, opener.Joiner, out var low, out var high, out var rangeEnd, out var secondEnd))
            {
                var from = hedgeStart >= 0 ? hedgeStart : opener.Bare ? start : rangeStartAt;
                var end = FindUnit(rangeEnd, false, out var unit, designation: !(IsYearLike(low) || IsYearLike(high)));
                if (unit is null && !currencyBefore && IsYearLike(low) && IsYearLike(high))
                {
                    return end;
                }

                Emit(from, opener.Bare ? start : rangeStartAt, rangeEnd, end, null, low, high, hedge == Bound.Approximate, currencyBefore ? unit ?? prefixUnit : CasualtyBefore(from, unit),
                    first: Written(numberAt, number.End, number.Value), second: secondEnd);
                return end;
            }
        }

        var coreStart = start;

        // "plus de la moitié": a bound or hedge may stand before the article of a fraction noun.
        var hedgeAt = HedgeBefore(ArticleBefore(number, start), out bound, out var inclusive);
        if (hedgeAt < 0 && number.Fraction && lexicon.FractionBounds.MatchBefore(tokens, start, out var fractionBound, out var fractionBoundAt))
        {
            // "près des deux tiers", "plus des trois quarts": a bound fused with the article of the fraction.
            hedgeAt = fractionBoundAt;
            (bound, inclusive) = FusedBound(fractionBound);
        }

        if (hedgeAt >= 0)
        {
            start = hedgeAt;
        }

        // "une centaine", "plus d'un millier": a collective numeral states its value roughly.
        if (number.Approximate && bound == Bound.Exact)
        {
            bound = Bound.Approximate;
        }

        if (!change && !(changeBy && number.Scaled) && TryRange(number, null, out var rangeLow, out var rangeHigh, out var afterRange, out var rangeSecond)
            && !(changeBy && LevelAfterChange(rangeLow, rangeHigh)))
        {
            var end = FindUnit(afterRange, false, out var unit, designation: !(IsYearLike(rangeLow) || IsYearLike(rangeHigh)));
            if (unit is null && !currencyBefore && IsYearLike(rangeLow) && IsYearLike(rangeHigh))
            {
                return end;
            }

            Emit(start, coreStart, afterRange, end, null, rangeLow, rangeHigh, bound == Bound.Approximate || NearlyAt(hedgeAt), currencyBefore ? unit ?? prefixUnit : CasualtyBefore(start, unit),
                first: Written(numberAt, number.End, number.Value), second: rangeSecond);
            return end;
        }

        var last = number.End;

        // "500 ou plus" bounds the number; "12 et plus de 194" starts another figure.
        var hedged = bound == Bound.Approximate || number.Approximate || NearlyAt(hedgeAt);
        if (lexicon.AtLeastAfter.Match(tokens, last, out _, out var atLeastEnd) && !StartsBound(atLeastEnd - 1) && !IsNumberAt(atLeastEnd))
        {
            start = EqualStart(start);
            bound = Bound.AtLeast;
            inclusive = true;
            last = atLeastEnd;
        }
        else if (lexicon.AtMostAfter.Match(tokens, last, out _, out var atMostEnd) && !StartsBound(atMostEnd - 1) && !IsNumberAt(atMostEnd))
        {
            start = EqualStart(start);
            bound = Bound.AtMost;
            inclusive = true;
            last = atMostEnd;
        }

        if (bound is Bound.AtLeast or Bound.AtMost && lexicon.InclusiveAfter.Match(tokens, last, out _, out var inclusiveEnd)
            && !(inclusiveEnd < tokens.Count && (tokens[inclusiveEnd].Kind == TokenKind.Number || lexicon.Numbers.Contains(tokens[inclusiveEnd].Id))))
        {
            inclusive = true;
            last = inclusiveEnd;
        }

        var error = 0.0;
        if (bound == Bound.Exact && Uncertainty(last, out var errorValue, out var afterError))
        {
            // "9.83e-3 +/- 1e-5 km/s2": the measure is the central value, its bounds the stated error.
            error = errorValue;
            last = afterError;
        }

        var unitEnd = FindUnit(last, number.Scaled || number.Fraction, out var found, currencyBefore, designation: !currencyBefore && !IsBareNonFigure(number) && !number.Fraction);
        if (currencyBefore && found is not null && found.Category != FigureCategory.Money)
        {
            // "$14 million last year": the currency sign says what the number counts.
            found = null;
            unitEnd = last;
        }

        if (number.Fraction && !number.Scaled && !currencyBefore && (found is null || CountsPeopleOrThings(found)))
        {
            // "deux tiers des soldats", "one in five Ukrainians": a share of a whole, not two thirds of a soldier; a
            // fraction of a measure is that measure ("trois quarts d'heure", "half a percentage point"); a fraction of a
            // scale word is a count ("a third of a million people" are 333,333 people).
            found = FigureLexicon.Share;
            unitEnd = last;
        }

        if (found is null && !currencyBefore && hedgeAt < 0 && signAt < 0 && number.Scaled && !number.Words && CurrencyNameBefore(i, out var currencyName, out var nameAt))
        {
            found = currencyName;
            start = coreStart = nameAt;
        }

        if (found is null && !currencyBefore && number.Scaled && !number.Words && unitEnd == last && ElidedCurrency(start, last) is { } elidedCurrency)
        {
            // "un bénéfice global record : 52,2 milliards": the currency named before is left out.
            found = elidedCurrency;
        }

        found ??= currencyBefore ? prefixUnit : null;
        if (found is not null && unitEnd == last && TryRate(unitEnd, found, out var prefixRate, out var prefixRateEnd))
        {
            // "$15.4/hour": the rate follows the number when the currency stands before it.
            found = prefixRate;
            unitEnd = prefixRateEnd;
        }
        else if (found is not null && unitEnd == last && TryRateAcrossBracket(unitEnd, found, out var bracketRate))
        {
            found = bracketRate;
        }

        if (!currencyBefore && CasualtyBefore(start, found) is { } casualtyVerb && casualtyVerb != found)
        {
            if (found is null)
            {
                unitEnd = SkipFillers(last);
            }

            found = casualtyVerb;
        }
        if (found is null && !number.Words && SharedUnitAfter(last) is { } shared)
        {
            found = shared;
        }

        if (found is null && !currencyBefore && WholeCountedAfter(number, last) is { } whole)
        {
            found = whole;
        }

        if (found is null && !currencyBefore && !IsBareNonFigure(number) && (UnitOfOpenedRange(i) ?? UnitOfParallelPreposition(numberAt)) is { } elidedUnit)
        {
            found = elidedUnit;
        }

        if (found is null && opened && !currencyBefore && unitEnd == last && !IsBareNonFigure(number)
            && UnitOfChangeEnd(number, opener.Joiner) is { Scale: > 0 } changeEnd)
        {
            // "slow from 4.8 to 4.7 percent", "passer de 24,2 à 33 milliards d'euros": the old value of a change (or of a
            // falling "from … to", which bounds nothing) is written bare and measures in the unit, and at the scale, of the new one.
            found = changeEnd.Unit;
            number.Value *= changeEnd.Scale;
        }

        // "four-, five- and six-cylinder engines": a number whose hyphen hangs shares the word hyphened to the list's last number.
        var sharedAt = found is null && !currencyBefore && unitEnd == last ? SharedHyphenAt(last) : -1;
        if (sharedAt >= 0)
        {
            FindUnit(sharedAt, false, out found);
        }

        // "en 2023", "depuis au moins 2021", "until at least 2030": a bare year, unless it counts something named ("au moins 2021
        // personnes") with no preposition of time before it. Hedged or bounded with nothing named, a round number is still a
        // count ("inférieur à 1500") and a year of our times a year ("au moins 2021").
        // Where the head comes first, a plural noun right after the number is what it counts ("enregistré 2078 cas").
        if (bound == Bound.AtLeast && hedgeAt >= 0 && found is { Category: FigureCategory.Duration } && lexicon.SpanBounds.Match(tokens, hedgeAt, out _, out var spanBoundEnd)
            && spanBoundEnd == coreStart && AmountOrChangeBefore(hedgeAt))
        {
            // "the 3.1% increase was over 12 months", "$10 billion over 10 years": the time the amount or change took.
            (bound, start) = (Bound.Exact, coreStart);
        }

        // After a verb that carries a count to its level ("un chiffre qui s'élève à 1724", "the toll reached 1850"), it is the count.
        if (IsBareNonFigure(number) && !lexicon.ReachingVerbs.MatchBefore(tokens, hedgeAt >= 0 ? hedgeAt : start, out _, out _)
            && ((!currencyBefore && lexicon.YearPrepositions.MatchBefore(tokens, hedgeAt >= 0 ? hedgeAt : i, out _, out _))
            || (found is null && (bound == Bound.Exact || (number.Value >= 1900 && number.Value % 100 != 0)) && !CountsPluralAfter(last))))
        {
            return next;
        }

        var value = number.Value;
        if (found is { Category: FigureCategory.Money } && !number.Scaled && unitEnd < tokens.Count
            && lexicon.Numbers.Match(tokens, unitEnd, out var scaleAfterUnit, out var scaleAfterUnitEnd) && scaleAfterUnit.Kind == NumberWordKind.Scale)
        {
            // "75 USD million".
            value *= scaleAfterUnit.Value;
            unitEnd = scaleAfterUnitEnd;
        }

        if (found is not null)
        {
            value *= found.Factor;
        }

        if (found is not null && bound is Bound.Exact or Bound.Approximate && TryRemainder(number, value, unitEnd, found, out var withRemainder, out var remainderEnd))
        {
            var approximate = bound == Bound.Approximate;
            Emit(start, coreStart, remainderEnd, remainderEnd, withRemainder, approximate ? null : withRemainder, approximate ? null : withRemainder, approximate, found,
                first: Written(numberAt, number.End, number.Value));
            return remainderEnd;
        }

        if (!change && found is not null && bound is Bound.Exact or Bound.Approximate
            && TryUnitRange(number, coreStart, unitEnd, found, changeBy, out var unitLow, out var unitHigh, out var unitRangeStart, out var unitRangeEnd, out var rangeUnit, out var unitSecond))
        {
            Emit(Math.Min(start, unitRangeStart), coreStart, unitRangeEnd, unitRangeEnd, null, unitLow, unitHigh, bound == Bound.Approximate, rangeUnit,
                first: Written(numberAt, number.End, number.Value), second: unitSecond);
            return unitRangeEnd;
        }

        var written = Written(numberAt, number.End, number.Value);
        var thousandsIfCount = number.ThousandsAlike && !number.Scaled && error == 0 ? Math.Pow(10, number.GroupDigits) : 0;
        switch (bound)
        {
            case Bound.AtLeast:
                if (!TryCloseBound(start, last, unitEnd, value, null, inclusive, hedged, found, written))
                {
                    Emit(start, coreStart, last, unitEnd, null, value, null, hedged, found, lowInclusive: inclusive, first: written, thousandsIfCount: thousandsIfCount);
                }

                break;
            case Bound.AtMost:
                if (!TryCloseBound(start, last, unitEnd, null, value, inclusive, hedged, found, written))
                {
                    Emit(start, coreStart, last, unitEnd, null, null, value, hedged, found, highInclusive: inclusive, first: written, thousandsIfCount: thousandsIfCount);
                }

                break;
            case Bound.Approximate:
                Emit(start, coreStart, last, unitEnd, value, null, null, true, found, first: written, thousandsIfCount: thousandsIfCount, sharedAt: sharedAt);
                break;
            default:
                var equal = lexicon.Equal.MatchBefore(tokens, start, out _, out var equalStart);
                Emit(equal ? equalStart : start, coreStart, last, unitEnd, value, value - error, value + error, false, found, equal: equal, first: written,
                    thousandsIfCount: thousandsIfCount, sharedAt: sharedAt);
                break;
        }

        return unitEnd;
    }

    /// <summary>A currency written in capital letters (<see cref="UnitSense.Capital"/>) glued to a lone digit: "PS5" is a console, not £5.</summary>
    private bool IsLetterCodeBeforeDigit(int numberAt, UnitSense prefix, NumberMatch number) =>
        prefix.Capital && tokens[numberAt].Adjacent && tokens[numberAt - 1].Kind == TokenKind.Word && number.Digits == 1
        && !number.Words && !number.Grouped && !number.Decimal && !number.Scaled;

    /// <summary>A noun in the plural right after a number, where heads come first ("2078 cas": an invariable noun ends in its plural mark too).</summary>
    private bool CountsPluralAfter(int at) =>
        lexicon.HeadFirst && ReadPhrase(at, out var phrase) && (phrase.Plural || (at < tokens.Count && text[tokens[at].End - 1] is 's' or 'x' or 'z'));

    /// <summary>
    /// "revenue is ($99.99)": an amount wholly in brackets is negative, as accountants write it, where the brackets stand
    /// for the amount itself (after a verb or preposition that wants it, or opening a line); "£10 ($13)" is a conversion.
    /// </summary>
    private bool IsAccountingNegative(int signAt, int end)
    {
        var open = signAt - 1;
        return open >= 0 && tokens[signAt].Adjacent && text[tokens[open].Start] == '(' && end < tokens.Count && tokens[end].Adjacent
            && text[tokens[end].Start] == ')' && (tokens[open].LineStart || lexicon.AccountingLeads.MatchBefore(tokens, open, out _, out _));
    }

    private bool IsLineOrSentenceStart(int p)
    {
        if (tokens[p].LineStart || p == 0)
        {
            return true;
        }

        var prev = tokens[p - 1];
        return prev.Kind == TokenKind.Symbol && text[prev.Start] is '.' or '!' or '?' or '…' or ':' or '«' or '"' or '“';
    }

    /// <summary>A number, or in a conformance suite a rank ("the tenth") where a range or bound asks for one.</summary>
    private bool ReadNumber(int at, bool currencyBefore, out NumberMatch number) =>
        (IsRankAt(at) && NumberReader.ReadRank(tokens, at, lexicon, out number)) || NumberReader.Read(text, tokens, at, lexicon, currencyBefore, out number);

    private bool IsNumberAt(int token) =>
        token < tokens.Count && (tokens[token].Kind == TokenKind.Number || lexicon.Numbers.Contains(tokens[token].Id));

    private void Emit(
        int firstToken,
        int coreToken,
        int numberEndToken,
        int endToken,
        double? value,
        double? low,
        double? high,
        bool approximate,
        UnitSense? unit,
        bool lowInclusive = true,
        bool highInclusive = true,
        bool vague = false,
        bool equal = false,
        WrittenNumber first = default,
        WrittenNumber second = default,
        double thousandsIfCount = 0,
        int sharedAt = -1)
    {
        var numberEnd = Math.Max(numberEndToken, coreToken + 1);
        CountedThing? counted;
        if (sharedAt >= 0)
        {
            // What the hanging hyphen shares is read where it is written; the figure's span stays its own number.
            (counted, unit, _) = ReadCounted(firstToken, sharedAt, sharedAt, unit, many: (value ?? low ?? high) >= 2);
        }
        else
        {
            (counted, unit, endToken) = ReadCounted(firstToken, numberEnd, endToken, unit, many: (value ?? low ?? high) >= 2);
        }

        if (counted is not null && (unit is null || CountsPeopleOrThings(unit)) && endToken == numberEnd && value is { } elided && low == elided && high == elided
            && elided != Math.Floor(elided) && first.Value == elided && ScaleOfElidedCount(firstToken, counted, elided) is var borrowed and > 1)
        {
            // "7.2 million Rwandans voted against 4.8 in 2008": no count is fractional, so a bare decimal whose noun is left
            // out also leaves out the scale of the count it stands beside.
            value = low = high = elided * borrowed;
            first = first with { Value = elided * borrowed };
        }

        if (counted is not null && (unit is null || CountsPeopleOrThings(unit)) && CountRateAfter(endToken, out var per))
        {
            // "three thousand tests per day": what is counted stays the noun, and the count is per a day.
            counted = counted with { Per = per };
        }

        if (counted is not null && value is { } exact && low == exact && high == exact && !approximate
            && lexicon.AtLeastAfterCounted.Match(tokens, endToken, out _, out var boundEnd) && !IsNumberAt(boundEnd))
        {
            // "135 morts au moins": the bound follows what the number counts.
            (value, high, endToken) = (null, null, boundEnd);
        }

        if ((counted is not null || unit is not null) && value is { } capped && low == capped && high == capped && !approximate
            && lexicon.AtMostAfterCounted.Match(tokens, endToken, out _, out var ceilingEnd) && !IsNumberAt(ceilingEnd) && !DescribesAfter(ceilingEnd))
        {
            // "plafonner la hausse à 3,5 % maximum", "200 people at most": the ceiling follows what the number counts or measures.
            (value, low, endToken) = (null, null, ceilingEnd);
        }

        if (!approximate && !IsNumberAt(endToken) && lexicon.ApproximateAfter.Match(tokens, endToken, out _, out var approximateEnd)
            && !(approximateEnd < tokens.Count && IsNumberAt(approximateEnd)))
        {
            // "un effectif de 300 environ", "300 soldats environ": the hedge follows the number or what it counts.
            (approximate, endToken) = (true, approximateEnd);
            if (value is { } about && low == about && high == about)
            {
                // As "environ 300": an approximate value bounds nothing.
                (low, high) = (null, null);
            }
        }

        if (thousandsIfCount > 0 && (unit is null ? counted is not null : CountsPeopleOrThings(unit)))
        {
            // "302,400 doses" in a French text: no count is fractional, so the mark groups thousands, as in English.
            value = Grouped(value, thousandsIfCount);
            low = Grouped(low, thousandsIfCount);
            high = Grouped(high, thousandsIfCount);
            first = first with { Value = Math.Round(first.Value * thousandsIfCount) };
        }

        findings.Add(new FigureFinding(
            tokens[firstToken].Start,
            tokens[coreToken].Start,
            tokens[endToken - 1].End,
            value,
            low,
            high,
            lowInclusive,
            highInclusive,
            approximate,
            unit,
            vague,
            tokens[numberEnd - 1].End,
            equal,
            unit?.Base is null ? 0 : RateStart(coreToken, endToken),
            first,
            second,
            counted));
    }

    private static double? Grouped(double? value, double factor) => value is { } v ? Math.Round(v * factor) : null;

    /// <summary>The number written over tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private WrittenNumber Written(int from, int to, double value) => new(tokens[from].Start, tokens[to - 1].End, value);
}
