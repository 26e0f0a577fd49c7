using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>One left-to-right pass over an article's tokens, emitting figures and skipping what only looks like one.</summary>
/// <summary>A figure as found, before it becomes a public <see cref="Figure"/>: keeps where the number itself starts and bound inclusiveness.</summary>
internal readonly record struct FigureFinding(
    int Start,
    int CoreStart,
    int End,
    double? Value,
    double? Low,
    double? High,
    bool LowInclusive,
    bool HighInclusive,
    bool Approximate,
    UnitSense? Unit,
    bool Vague = false,
    int CoreEnd = 0,
    bool Equal = false,
    int BaseEnd = 0);

internal readonly ref struct FigureScan(string text, List<Token> tokens, FigureLexicon lexicon, List<FigureFinding> findings, bool lenient = false)
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

            if (token.Kind == TokenKind.Word && token.Id >= 0 && TryVague(i, out var vagueEnd))
            {
                i = vagueEnd;
                continue;
            }

            if (token.Kind == TokenKind.Symbol && VulgarFractions.ValueOf(text[token.Start]) is { } fraction && TryFractionOfUnit(i, fraction, out var fractionEnd))
            {
                i = fractionEnd;
                continue;
            }

            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && (lexicon.Numbers.Contains(token.Id) || lexicon.ScaleFractions.Contains(token.Id)))
                || (lenient && lexicon.FractionWords.Contains(token.Id)) || IsBoundedRank(i))
            {
                i = TryNumber(i);
                continue;
            }

            i++;
        }
    }

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

    /// <summary>"des centaines de milliers de soldats": an order of magnitude with honest bounds, 2× to 10× the base.</summary>
    private bool TryVague(int i, out int next)
    {
        next = i;
        var start = i;
        var p = i;
        if (lexicon.VagueDeterminers.Match(tokens, p, out _, out var afterDeterminer))
        {
            p = afterDeterminer;
        }

        if (!lexicon.Vague.Match(tokens, p, out var magnitude, out var end))
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
        Emit(start, p, end, unitEnd, null, 2 * magnitude, 10 * magnitude, true, CasualtyBefore(start, unit), vague: true);
        next = unitEnd;
        return true;
    }

    /// <summary>"⅓ cup", "½ tbsp": a fraction sign counts only as the amount of the unit after it.</summary>
    private bool TryFractionOfUnit(int i, double value, out int next)
    {
        next = FindUnit(i + 1, false, out var unit);
        if (unit is null || (i > 0 && tokens[i].Adjacent && tokens[i - 1].Kind != TokenKind.Symbol))
        {
            return false;
        }

        value *= unit.Factor;
        Emit(i, i, i + 1, next, value, value, value, false, unit);
        return true;
    }

    private int TryNumber(int i)
    {
        var n = tokens.Count;
        // A currency sign already read as the previous figure's unit ("10 $ 30 $") does not also open this one.
        // "$-99.99": a minus may stand between the currency sign and its amount.
        var signedAt = i > 1 && tokens[i].Adjacent && tokens[i - 1].Adjacent && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] == '-'
            && tokens[i - 2].Kind == TokenKind.Symbol ? i - 1 : i;
        var currencyBefore = lexicon.PrefixUnits.MatchBefore(tokens, signedAt, out var prefixUnit, out var prefixStart) && !tokens[signedAt].LineStart
            && tokens[signedAt].Start - tokens[signedAt - 1].End <= 1 && (findings.Count == 0 || findings[^1].End <= tokens[prefixStart].Start);
        if (!ReadNumber(i, currencyBefore, out var number))
        {
            return i + 1;
        }

        // "34 cents": digits times a hundred word are the lenient number reading; a quantity reads the word as its unit.
        if (!number.Words && ReadBeforeUnitWord(number, out var beforeUnitWord))
        {
            number = beforeUnitWord;
        }

        // "-30", "−273.15" (typographic minus): a minus sign glued to the number and standing apart from what precedes it; "minus five percent".
        var negativeAt = -1;
        if (i > 0 && tokens[i].Adjacent && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] is '-' or '−'
            && (i == 1 || tokens[i - 1].SpaceBefore || tokens[i - 2].Kind == TokenKind.Symbol) && (i == 1 || tokens[i - 2].Kind != TokenKind.Number))
        {
            negativeAt = i - 1;
            number.Value = -number.Value;
        }
        else if (!currencyBefore && lexicon.Negatives.MatchBefore(tokens, i, out _, out var negativeWordAt) && HedgeBefore(i, out _, out _) < 0)
        {
            negativeAt = negativeWordAt;
            number.Value = -number.Value;
        }
        else if (currencyBefore && IsAccountingNegative(prefixStart, number.End))
        {
            number.Value = -number.Value;
        }

        var next = Math.Max(number.End, i + 1);
        if (IsNotAFigure(number, ref next, currencyBefore: currencyBefore))
        {
            return next;
        }

        var start = currencyBefore ? prefixStart : negativeAt >= 0 ? negativeAt : i;
        var bound = Bound.Exact;
        if (lexicon.RangeStarts.MatchBefore(tokens, start, out var opener, out var rangeStartAt))
        {
            var hedgeStart = HedgeBefore(rangeStartAt, out var hedge, out _);
            if (TryRange(number, opener.Joiner, out var low, out var high, out var rangeEnd))
            {
                var from = hedgeStart >= 0 ? hedgeStart : opener.Bare ? start : rangeStartAt;
                var end = FindUnit(rangeEnd, false, out var unit, designation: !(IsYearLike(low) || IsYearLike(high)));
                if (unit is null && !currencyBefore && IsYearLike(low) && IsYearLike(high))
                {
                    return end;
                }

                Emit(from, opener.Bare ? start : rangeStartAt, rangeEnd, end, null, low, high, hedge == Bound.Approximate, currencyBefore ? unit ?? prefixUnit : CasualtyBefore(from, unit));
                return end;
            }
        }

        var coreStart = start;
        var hedgeAt = HedgeBefore(start, out bound, out var inclusive);
        if (hedgeAt >= 0)
        {
            start = hedgeAt;
        }

        if (TryRange(number, null, out var rangeLow, out var rangeHigh, out var afterRange))
        {
            var end = FindUnit(afterRange, false, out var unit, designation: !(IsYearLike(rangeLow) || IsYearLike(rangeHigh)));
            if (unit is null && !currencyBefore && IsYearLike(rangeLow) && IsYearLike(rangeHigh))
            {
                return end;
            }

            Emit(start, coreStart, afterRange, end, null, rangeLow, rangeHigh, bound == Bound.Approximate, currencyBefore ? unit ?? prefixUnit : CasualtyBefore(start, unit));
            return end;
        }

        var last = number.End;

        // "2 in 5 or more": a proportion bounded after it (conformance suites only; an article reader keeps "one in five" as words).
        if (lenient && NumberReader.ReadProportion(text, tokens, last, lexicon, number.Value, out var proportion, out var proportionEnd)
            && (lexicon.AtLeastAfter.Match(tokens, proportionEnd, out _, out _) || lexicon.AtMostAfter.Match(tokens, proportionEnd, out _, out _)))
        {
            number.Value = proportion;
            number.End = proportionEnd;
            last = proportionEnd;
        }

        // "500 ou plus" bounds the number; "12 et plus de 194" starts another figure.
        var hedged = bound == Bound.Approximate;
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

        var unitEnd = FindUnit(last, number.Scaled, out var found, currencyBefore, designation: !currencyBefore && !IsBareNonFigure(number));
        if (currencyBefore && found is not null && found.Category != FigureCategory.Money)
        {
            // "$14 million last year": the currency sign says what the number counts.
            found = null;
            unitEnd = last;
        }

        if (found is null && !currencyBefore && hedgeAt < 0 && negativeAt < 0 && number.Scaled && !number.Words && CurrencyNameBefore(i, out var currencyName, out var nameAt))
        {
            found = currencyName;
            start = coreStart = nameAt;
        }

        found ??= currencyBefore ? prefixUnit : null;
        if (found is not null && unitEnd == last && TryRate(unitEnd, found, out var prefixRate, out var prefixRateEnd))
        {
            // "$15.4/hour": the rate follows the number when the currency stands before it.
            found = prefixRate;
            unitEnd = prefixRateEnd;
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

        if (bound == Bound.Exact && IsBareNonFigure(number) && (found is null || (!currencyBefore && lexicon.YearPrepositions.MatchBefore(tokens, i, out _, out _))))
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
            Emit(start, coreStart, remainderEnd, remainderEnd, withRemainder, approximate ? null : withRemainder, approximate ? null : withRemainder, approximate, found);
            return remainderEnd;
        }

        if (found is not null && bound is Bound.Exact or Bound.Approximate && TryUnitRange(number, unitEnd, found, out var unitLow, out var unitHigh, out var unitRangeEnd))
        {
            Emit(start, coreStart, unitRangeEnd, unitRangeEnd, null, unitLow, unitHigh, bound == Bound.Approximate, found);
            return unitRangeEnd;
        }

        switch (bound)
        {
            case Bound.AtLeast:
                Emit(start, coreStart, last, unitEnd, null, value, null, hedged, found, lowInclusive: inclusive);
                break;
            case Bound.AtMost:
                Emit(start, coreStart, last, unitEnd, null, null, value, hedged, found, highInclusive: inclusive);
                break;
            case Bound.Approximate:
                Emit(start, coreStart, last, unitEnd, value, null, null, true, found);
                break;
            default:
                var equal = lexicon.Equal.MatchBefore(tokens, start, out _, out var equalStart);
                Emit(equal ? equalStart : start, coreStart, last, unitEnd, value, value - error, value + error, false, found, equal: equal);
                break;
        }

        return unitEnd;
    }

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

    /// <summary>The hedge or bound phrase ending just before token <paramref name="before"/>, longest first; -1 when none.</summary>
    private int HedgeBefore(int before, out Bound bound, out bool inclusive)
    {
        bound = Bound.Exact;
        inclusive = true;
        var best = -1;
        if (lexicon.AtLeast.MatchBefore(tokens, before, out var leastInclusive, out var s1) && !InsideOperator(s1) && !AfterOppositeBound(s1, lexicon.AtMost))
        {
            best = s1;
            bound = Bound.AtLeast;
            inclusive = leastInclusive;
        }

        if (lexicon.AtMost.MatchBefore(tokens, before, out var mostInclusive, out var s2) && !InsideOperator(s2) && !AfterOppositeBound(s2, lexicon.AtLeast)
            && (best < 0 || s2 < best))
        {
            best = s2;
            bound = Bound.AtMost;
            inclusive = mostInclusive;
        }

        if (lexicon.Approximate.MatchBefore(tokens, before, out _, out var s3) && (best < 0 || s3 < best))
        {
            best = s3;
            bound = Bound.Approximate;
            inclusive = true;
        }

        return best;
    }

    /// <summary>"&lt;&gt;30", "=&gt;30": a comparison sign glued after another is part of an operator that states no bound.</summary>
    private bool InsideOperator(int at) =>
        at > 0 && tokens[at].Kind == TokenKind.Symbol && tokens[at].Adjacent && tokens[at - 1].Kind == TokenKind.Symbol
        && text[tokens[at - 1].Start] is '<' or '>' or '=';

    /// <summary>"inférieur ou supérieur à 30": a bound offered as the alternative to its opposite means "not equal", no bound.</summary>
    private bool AfterOppositeBound(int at, PhraseTable<bool> opposite) =>
        at >= 2 && lexicon.BoundAlternatives.Match(tokens, at - 1, out _, out var end) && end == at && opposite.Contains(tokens[at - 2].Id);

    private bool TryRange(NumberMatch first, int[]? pairedJoiner, out double low, out double high, out int end)
    {
        low = high = 0;
        end = first.End;
        var j = first.End;
        if (j >= tokens.Count)
        {
            return false;
        }

        // "8- to 16-meter": the first number's hyphen waits for the unit after the second.
        if (j + 1 < tokens.Count && tokens[j].Id == lexicon.Vocabulary.HyphenId && tokens[j].Adjacent && tokens[j + 1].SpaceBefore
            && pairedJoiner is null && lexicon.RangeJoiners.Match(tokens, j + 1, out _, out _))
        {
            j++;
        }

        int afterJoiner;
        if (pairedJoiner is not null)
        {
            afterJoiner = MatchSequence(pairedJoiner, j);
            if (afterJoiner < 0)
            {
                return false;
            }
        }
        else if (!lexicon.RangeJoiners.Match(tokens, j, out _, out afterJoiner))
        {
            return false;
        }

        if (afterJoiner >= tokens.Count)
        {
            return false;
        }

        var second = tokens[afterJoiner];
        if (second.Kind != TokenKind.Number && !(second.Kind == TokenKind.Word && lexicon.Numbers.Contains(second.Id)) && !IsRankAt(afterJoiner))
        {
            return false;
        }

        var negative = false;
        if (afterJoiner + 1 < tokens.Count && tokens[afterJoiner].Kind == TokenKind.Symbol && text[tokens[afterJoiner].Start] == '-'
            && tokens[afterJoiner + 1].Adjacent && tokens[afterJoiner + 1].Kind == TokenKind.Number && tokens[afterJoiner].SpaceBefore)
        {
            negative = true;
            afterJoiner++;
        }

        if (!ReadNumber(afterJoiner, false, out var other) || other.Weak || other.Glued)
        {
            return false;
        }

        var next = other.End;
        if (IsNotAFigure(other, ref next, rangeEnd: true))
        {
            return false;
        }

        low = first.Value;
        if (other.Scaled && !first.Scaled && low * other.LastScale <= other.Value)
        {
            low *= other.LastScale;
        }

        high = negative ? -other.Value : other.Value;
        if (!(high > low))
        {
            return false;
        }

        end = other.End;
        return true;
    }

    private int MatchSequence(int[] ids, int at)
    {
        var j = at;
        foreach (var id in ids)
        {
            if (j >= tokens.Count || tokens[j].Id != id)
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    /// <summary>"44 mg to 50 mg", "between 44 mg and 50 mg": a range whose ends both carry the unit.</summary>
    private bool TryUnitRange(NumberMatch first, int unitEnd, UnitSense unit, out double low, out double high, out int end)
    {
        low = high = 0;
        end = unitEnd;
        var opened = lexicon.RangeStarts.MatchBefore(tokens, first.First, out var opener, out _);
        var j = unitEnd;
        var afterJoiner = opened ? MatchSequence(opener.Joiner, j) : -1;
        // "between 44 mg to 50 mg": writers mix the opener's joiner with a plain one.
        if (afterJoiner < 0 && !lexicon.RangeJoiners.Match(tokens, j, out _, out afterJoiner))
        {
            return false;
        }

        var n = tokens.Count;
        UnitSense? prefix = null;
        if (afterJoiner < n && lexicon.PrefixUnits.Match(tokens, afterJoiner, out var prefixSense, out var prefixEnd) && prefixEnd < n
            && tokens[prefixEnd].Kind == TokenKind.Number && tokens[prefixEnd].Start - tokens[prefixEnd - 1].End <= 1)
        {
            // "$350 per kg to $680 per kg": the second end repeats the currency sign.
            prefix = prefixSense;
            afterJoiner = prefixEnd;
        }

        var negative = false;
        if (prefix is null && afterJoiner + 1 < n && tokens[afterJoiner].Kind == TokenKind.Symbol && text[tokens[afterJoiner].Start] == '-'
            && tokens[afterJoiner].SpaceBefore && tokens[afterJoiner + 1].Adjacent && tokens[afterJoiner + 1].Kind == TokenKind.Number)
        {
            negative = true;
            afterJoiner++;
        }

        if (afterJoiner < 0 || afterJoiner >= n || tokens[afterJoiner].Kind != TokenKind.Number)
        {
            return false;
        }

        if (!NumberReader.Read(text, tokens, afterJoiner, lexicon, false, out var second, lenient) || second.Glued && !lexicon.Units.Contains(tokens[second.End].Id))
        {
            return false;
        }

        var secondUnitEnd = FindUnit(second.End, second.Scaled, out var secondUnit);
        if (secondUnit is null && prefix is not null)
        {
            var rated = TryRate(second.End, prefix, out var rate, out var rateEnd);
            secondUnit = rated ? rate : prefix;
            secondUnitEnd = rated ? rateEnd : second.End;
        }

        var secondValue = negative ? -second.Value : second.Value;
        // "-18 °C to -34 °C": below zero, writers order the ends by size, so the range may run downwards.
        var ordered = secondValue > first.Value || (first.Value < 0 && secondValue < first.Value);
        if (secondUnit is null || secondUnit.Unit != unit.Unit || !ordered)
        {
            return false;
        }

        low = Math.Min(first.Value, secondValue);
        high = Math.Max(first.Value, secondValue);
        end = secondUnitEnd;
        return true;
    }

    /// <summary>
    /// "3 dollars 50 cents", "thirteen dollars and forty-five", "5 ft 2 in": a whole number of a unit, then its remainder
    /// in the unit's subunit, written or implied (money only); another unit after the remainder means it is a new figure.
    /// A named remainder may go one subunit further down ("one kuai and five mao five").
    /// </summary>
    private bool TryRemainder(NumberMatch whole, double value, int unitEnd, UnitSense unit, out double total, out int end)
    {
        total = value;
        end = unitEnd;
        var n = tokens.Count;
        if (whole.Scaled || whole.Fraction || whole.Decimal || value != Math.Floor(value) || !lexicon.Subunits.TryGetValue(unit.Unit, out var subunit))
        {
            return false;
        }

        var p = unitEnd;
        if (p < n && lexicon.Connectors.Match(tokens, p, out _, out var afterConnector))
        {
            p = afterConnector;
        }

        if (p >= n || p == whole.End || tokens[p].LineStart || !(tokens[p].Kind == TokenKind.Number || (tokens[p].Kind == TokenKind.Word && lexicon.Numbers.Contains(tokens[p].Id)))
            || !NumberReader.Read(text, tokens, p, lexicon, false, out var part, lenient) || (part.Weak && lexicon.Articles.Match(tokens, p, out _, out _)) || part.Scaled || part.Fraction || part.Decimal || part.Glued
            || part.Value <= 0)
        {
            return false;
        }

        // "treize euros et quarante-cinq cents": the hundred word that names the subunit is its unit, not "× 100".
        if (ReadBeforeUnitWord(part, out var beforeSubunit) && lexicon.Units.Match(tokens, beforeSubunit.End, out var hundredUnit, out _) && hundredUnit.Unit == subunit.Unit)
        {
            part = beforeSubunit;
        }

        if (part.Value >= subunit.PerUnit || (!part.Words && tokens[p].Length > 2))
        {
            return false;
        }

        var q = part.End;
        if (q < n && (lexicon.SubunitWords.Match(tokens, q, out var named, out var namedEnd) || lexicon.Units.Match(tokens, q, out named, out namedEnd)))
        {
            if (named.Unit != subunit.Unit)
            {
                return false;
            }

            q = namedEnd;
        }
        else if (unit.Category != FigureCategory.Money || (q < n && tokens[q].Kind == TokenKind.Symbol && tokens[q].Adjacent && text[tokens[q].Start] is not ('.' or ',')))
        {
            return false;
        }

        // "five mao five": the remainder may have its own remainder in the next subunit down.
        var inSubunit = part.Value;
        if (q > part.End && lexicon.Subunits.ContainsKey(subunit.Unit)
            && TryRemainder(part, part.Value, q, new UnitSense(subunit.Unit, unit.Category, false), out var withSmaller, out var smallerEnd))
        {
            inSubunit = withSmaller;
            q = smallerEnd;
        }

        total = value + (inSubunit / subunit.PerUnit);
        end = q;
        return true;
    }

    /// <summary>
    /// The number read without its last word when that word is both a hundred and a unit (French "cents"): the tokens
    /// before it, read on their own.
    /// </summary>
    private bool ReadBeforeUnitWord(NumberMatch number, out NumberMatch shorter)
    {
        shorter = number;
        var last = number.End - 1;
        if (last <= number.First || !lexicon.Numbers.Match(tokens, last, out var word, out var wordEnd) || wordEnd != number.End
            || word.Kind != NumberWordKind.Hundred || !lexicon.Units.Match(tokens, last, out _, out var unitEnd) || unitEnd != number.End)
        {
            return false;
        }

        var head = tokens.GetRange(number.First, last - number.First);
        if (!NumberReader.Read(text, head, 0, lexicon, false, out shorter, lenient) || shorter.End != head.Count)
        {
            return false;
        }

        shorter.First += number.First;
        shorter.End += number.First;
        return true;
    }

    /// <summary>Unit noun after the number, past fillers ("prochains", "autres") and, after a scale, "de"/"of".</summary>
    private int FindUnit(int at, bool linked, out UnitSense? unit, bool afterCurrency = false, bool designation = false)
    {
        unit = null;
        var n = tokens.Count;
        var p = at;
        if (p + 1 < n && tokens[p].Id == lexicon.Vocabulary.HyphenId && tokens[p].Adjacent && tokens[p + 1].Adjacent && tokens[p + 1].Kind == TokenKind.Word)
        {
            // "27-kilometer ring", "a two-year period".
            p++;
        }

        var beforeFillers = p;
        p = SkipFillers(p);

        if (p < n && lexicon.UnitLinks.Match(tokens, p, out _, out var afterLink)
            && (linked || (afterLink < n && lexicon.Units.Match(tokens, afterLink, out var linkedUnit, out _) && linkedUnit.Category == FigureCategory.Money)))
        {
            p = afterLink;
        }

        var numbered = false;
        if (designation && SkipDesignation(p, out numbered) is var afterModel && afterModel > p && SkipFillers(afterModel) is var modelNoun
            && modelNoun < n && lexicon.Units.Match(tokens, modelNoun, out var modelled, out _) && CountsPeopleOrThings(modelled))
        {
            p = modelNoun;
        }
        else
        {
            numbered = false;
        }

        if (p >= n || !lexicon.Units.Match(tokens, p, out var sense, out var end))
        {
            // "20 dead": a filler that is itself a unit when no noun follows it.
            if (beforeFillers < p && lexicon.Units.Match(tokens, beforeFillers, out sense, out end))
            {
                p = beforeFillers;
            }
            else if (lexicon.TurningUnits.Match(tokens, beforeFillers, out sense, out end) && TurningVerbBefore(at))
            {
                p = beforeFillers;
            }
            else if (beforeFillers == at && lexicon.UnitSymbols.Read(text, tokens, at, out sense, out end))
            {
                p = at;
            }
            else if (beforeFillers == at && BracketedUnit(at, out sense, out end))
            {
                unit = sense;
                return end;
            }
            else if (beforeFillers == at && lexicon.QuoteUnits.Match(tokens, at, out sense, out end) && IsMeasureMark(at))
            {
                unit = sense;
                return end;
            }
            else if (beforeFillers == at && lexicon.TrailingUnits.Match(tokens, at, out sense, out end) && EndsMeasure(end))
            {
                unit = sense;
                return end;
            }
            else if (lexicon.Casualties.Match(tokens, beforeFillers, out var casualtyOnly, out var casualtyOnlyEnd) && !IsNumberAt(casualtyOnlyEnd))
            {
                // "at least 12 were injured": the casualty words alone say who is counted.
                unit = casualtyOnly;
                return casualtyOnlyEnd;
            }
            else
            {
                return at;
            }
        }

        if (numbered && lexicon.DesignatedUnits.Match(tokens, p, out var asModel, out var asModelEnd) && asModelEnd >= end)
        {
            sense = asModel;
            end = asModelEnd;
        }

        if (TryPower(end, sense, out var powered, out var poweredEnd))
        {
            sense = powered;
            end = poweredEnd;
        }

        // "24703 m212", "3 USD50": a unit glued to digits is an identifier or the next number's currency;
        // after "$ 20,000.00", a second "$ 37,305.97" opens the next figure.
        if (end < n && tokens[end].Adjacent && (tokens[end].Kind == TokenKind.Number
                || (end + 1 < n && tokens[end].Id == lexicon.Vocabulary.HyphenId && tokens[end + 1].Kind == TokenKind.Number && tokens[end + 1].Adjacent)))
        {
            return at;
        }

        if (lexicon.PrefixUnits.Match(tokens, p, out var sign, out var prefixEnd) && prefixEnd == end && end < n && tokens[end].Kind == TokenKind.Number
            && (afterCurrency || NamesCurrencyAgain(end, sign)))
        {
            return at;
        }

        // A lone capitalised demonym at a sentence start is a new sentence, not what the number counts.
        if (sense.Person && tokens[p].Upper && IsLineOrSentenceStart(p))
        {
            return at;
        }

        if (TryRate(end, sense, out var rate, out var rateEnd))
        {
            sense = rate;
            end = rateEnd;
        }

        unit = sense;
        if (sense.Person)
        {
            var q = end;
            for (var k = 0; k < 2 && q < n; k++)
            {
                if (lexicon.Casualties.Match(tokens, q, out var casualty, out var casualtyEnd))
                {
                    // "three people and wounded 11 others": a casualty verb before a number is that number's.
                    if (!IsNumberAt(casualtyEnd))
                    {
                        unit = casualty;
                    }

                    break;
                }

                if (tokens[q].Kind != TokenKind.Word)
                {
                    break;
                }

                q++;
            }
        }

        return end;
    }

    /// <summary>"4 km squared", "4km^3", "24703m2": a power after a unit names a unit of its own, when that unit is known.</summary>
    private bool TryPower(int unitEnd, UnitSense unit, out UnitSense powered, out int end)
    {
        powered = unit;
        end = unitEnd;
        if (!lexicon.UnitPowers.Match(tokens, unitEnd, out var power, out var powerEnd) || !lexicon.UnitsByName.TryGetValue(unit.Unit + power, out var known))
        {
            return false;
        }

        // "12 m 2 dm" is two measures: a power in digits or signs is glued to its unit.
        for (var k = unitEnd; k < powerEnd; k++)
        {
            if (tokens[k].Kind != TokenKind.Word && tokens[k].SpaceBefore)
            {
                return false;
            }
        }

        if (powerEnd < tokens.Count && tokens[powerEnd].Adjacent && tokens[powerEnd].Kind is TokenKind.Number or TokenKind.Word)
        {
            return false;
        }

        powered = known;
        end = powerEnd;
        return true;
    }

    /// <summary>
    /// "$80 a barrel", "50 meters per millisecond", "10 l/km": a measure or a price per a unit of something, named
    /// "USD per barrel". Counts of people or things are left alone ("1 500 soldats par jour" stays soldiers).
    /// </summary>
    private bool TryRate(int unitEnd, UnitSense unit, out UnitSense rate, out int end)
    {
        rate = unit;
        end = unitEnd;
        if (unit.Person || unit.Category is not (FigureCategory.Money or FigureCategory.Distance or FigureCategory.Area or FigureCategory.Dimension))
        {
            return false;
        }

        var n = tokens.Count;
        var name = unit.Unit;
        var p = unitEnd;
        while (p < n && lexicon.RateLinks.Match(tokens, p, out var article, out var afterLink) && lexicon.RateUnits.Match(tokens, afterLink, out var per, out var perEnd))
        {
            // "$1.17 billion a year earlier" is a time, not a price per year; "10 l/km2" is not "per km".
            if ((article && lexicon.RateBlockers.Match(tokens, perEnd, out _, out _)) || (perEnd < n && tokens[perEnd].Adjacent && tokens[perEnd].Kind is TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            name += " per " + per;
            p = perEnd;
        }

        if (p == unitEnd)
        {
            return false;
        }

        rate = unit with { Unit = name, Base = unit.Base ?? unit };
        end = p;
        return true;
    }

    /// <summary>"± 0.01", "+/- 1e-5": the error stated after a measured value.</summary>
    private bool Uncertainty(int at, out double error, out int end)
    {
        error = 0;
        end = at;
        if (!lexicon.Uncertainty.Match(tokens, at, out _, out var next))
        {
            return false;
        }

        // A phrase drops its hyphens, so "+/-" is stored as "+/" and its minus is stepped over here.
        if (next + 1 < tokens.Count && tokens[next].Id == lexicon.Vocabulary.HyphenId && tokens[next].Adjacent)
        {
            next++;
        }

        if (next >= tokens.Count || tokens[next].Kind != TokenKind.Number
            || !NumberReader.Read(text, tokens, next, lexicon, false, out var other, lenient) || other.Glued || other.Words)
        {
            return false;
        }

        error = Math.Abs(other.Value);
        end = other.End;
        return true;
    }

    /// <summary>"20 of 25 drones", "20 sur 25 drones": a part counts what the whole after it counts, when that is people or things.</summary>
    private UnitSense? WholeCountedAfter(NumberMatch part, int at)
    {
        if (!lexicon.PartOf.Match(tokens, at, out _, out var next) || !IsNumberAt(next)
            || !NumberReader.Read(text, tokens, next, lexicon, false, out var whole, lenient) || whole.Glued || whole.Weak || whole.Value < part.Value)
        {
            return null;
        }

        var afterWhole = whole.End;
        if (IsNotAFigure(whole, ref afterWhole, rangeEnd: true))
        {
            return null;
        }

        FindUnit(whole.End, whole.Scaled, out var unit, designation: true);
        return unit is { Base: null } && CountsPeopleOrThings(unit) ? unit : null;
    }

    private static bool CountsPeopleOrThings(UnitSense unit) =>
        unit.Category is FigureCategory.Personnel or FigureCategory.Equipment or FigureCategory.Casualties or FigureCategory.Count;

    /// <summary>"45 and 50 mg": a bare number listed before a measure shares its unit; people and durations are not shared.</summary>
    private UnitSense? SharedUnitAfter(int at)
    {
        if (!lexicon.ListJoiners.Match(tokens, at, out _, out var next) || next >= tokens.Count || tokens[next].Kind != TokenKind.Number
            || !NumberReader.Read(text, tokens, next, lexicon, false, out var other, lenient) || other.Glued || other.Words)
        {
            return null;
        }

        FindUnit(other.End, other.Scaled, out var unit);
        return unit is { Person: false, Category: FigureCategory.Dimension or FigureCategory.Distance or FigureCategory.Area } ? unit : null;
    }

    /// <summary>"20 (kg)", "20 [kg]": a measure's unit in brackets right after the number.</summary>
    private bool BracketedUnit(int at, out UnitSense sense, out int end)
    {
        sense = null!;
        end = at;
        var n = tokens.Count;
        if (at + 2 >= n || tokens[at].Kind != TokenKind.Symbol || Closer(text[tokens[at].Start]) is not { } closer
            || !lexicon.Units.Match(tokens, at + 1, out var inside, out var insideEnd) || inside.Person
            || insideEnd >= n || tokens[insideEnd].Kind != TokenKind.Symbol || text[tokens[insideEnd].Start] != closer)
        {
            return false;
        }

        sense = inside;
        end = insideEnd + 1;
        return true;
    }

    private static char? Closer(char open) => open switch
    {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        _ => null,
    };

    /// <summary>
    /// "a pen 10 " long", "Wrench 8"": a straight quote after a number marks inches when it neither closes a quotation
    /// (an odd number of quotes before it in the paragraph) nor opens one (glued to the word after it).
    /// </summary>
    private bool IsMeasureMark(int at)
    {
        var mark = text[tokens[at].Start];
        if (at + 1 < tokens.Count && tokens[at + 1].Adjacent && tokens[at + 1].Kind is TokenKind.Word or TokenKind.Number)
        {
            return false;
        }

        // Counted back to the paragraph's start, since hard-wrapped copy may break a quotation across lines.
        var quotes = 0;
        for (var k = tokens[at].Start - 1; k >= 0 && !(text[k] == '\n' && k > 0 && text.AsSpan(0, k).TrimEnd(" \t\r").EndsWith('\n')); k--)
        {
            if (text[k] == mark)
            {
                quotes++;
            }
        }

        return quotes % 2 == 0;
    }

    /// <summary>"2 1/2 in thick", "my pencil is 2 in.": a unit that is also a preposition ends a measure only before a word of size or at the text's end.</summary>
    private bool EndsMeasure(int end)
    {
        var n = tokens.Count;
        if (end >= n || (end + 1 == n && tokens[end].Kind == TokenKind.Symbol && text[tokens[end].Start] == '.'))
        {
            return true;
        }

        return lexicon.MeasureAdjectives.Match(tokens, end, out _, out _);
    }

    /// <summary>A verb of turning a few words before the number, in the same sentence: "rotate 90 degrees", "turn left 45 degrees".</summary>
    private bool TurningVerbBefore(int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 8; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '.' or '!' or '?' or ';')
            {
                return false;
            }

            if (lexicon.TurningVerbs.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "starts at dollar 22.5 million": a currency name just before a scaled amount in digits that names no unit after it
    /// is its currency, as headlines write it. Otherwise the name is usually its own ("the dollar 0.5 percent higher",
    /// "a dollar 50", "the dollars thousand of times").
    /// </summary>
    private bool CurrencyNameBefore(int i, out UnitSense? currency, out int nameAt)
    {
        currency = null;
        nameAt = i;
        if (tokens[i].LineStart || !lexicon.Units.MatchBefore(tokens, i, out var sense, out var at) || sense.Category != FigureCategory.Money
            || tokens[at].Kind != TokenKind.Word || (findings.Count > 0 && findings[^1].End > tokens[at].Start))
        {
            return false;
        }

        currency = sense;
        nameAt = at;
        return true;
    }

    /// <summary>
    /// "1 $ 10 dollars bill": the amount after a sign names the sign's currency again in words, so the sign opens it;
    /// in "10 $ 30 $" the signs follow their numbers.
    /// </summary>
    private bool NamesCurrencyAgain(int at, UnitSense sign) =>
        NumberReader.Read(text, tokens, at, lexicon, true, out var amount, lenient) && !amount.Glued
        && lexicon.Units.Match(tokens, amount.End, out var named, out var namedEnd) && named.Unit == sign.Unit
        && !(lexicon.PrefixUnits.Match(tokens, amount.End, out _, out var signEnd) && signEnd == namedEnd);

    /// <summary>
    /// "18 Leopard 2 tanks", "six F-16 jets", "31 M1 Abrams tanks": past up to three capitalised words of a model's name,
    /// each with its glued code ("F-16", "M1") or a model number standing after it ("Leopard 2", "Leopard 2A6"), which
    /// name the model and count nothing. A word that is itself a unit ("Russians") ends it; <paramref name="numbered"/>
    /// says whether the name carries digits.
    /// </summary>
    private int SkipDesignation(int p, out bool numbered)
    {
        numbered = false;
        var n = tokens.Count;
        for (var k = 0; k < 3 && p < n && tokens[p].Kind == TokenKind.Word && tokens[p].Upper && tokens[p].SpaceBefore && !tokens[p].LineStart; k++)
        {
            var tail = GluedTail(p + 1, ref numbered);
            if (tail == p + 1 && (lexicon.Units.Match(tokens, p, out _, out _) || lexicon.Fillers.Match(tokens, p, out _, out _)))
            {
                break;
            }

            p = tail;
            if (p < n && tokens[p].Kind == TokenKind.Number && tokens[p].SpaceBefore && !tokens[p].LineStart && tokens[p].Length <= 4)
            {
                numbered = true;
                p = GluedTail(p + 1, ref numbered);
            }
        }

        return p;
    }

    /// <summary>"Germany Sends 18 Leopard 2 Tanks": a model's name and then the noun it is a model of follow the number.</summary>
    private bool CountsModels(int at) =>
        SkipDesignation(at, out _) is var afterModel && afterModel > at && SkipFillers(afterModel) is var noun
        && lexicon.Units.Match(tokens, noun, out var counted, out _) && CountsPeopleOrThings(counted);

    /// <summary>Past the letters, digits and inner hyphens glued to a model name's word or number ("-16", "1A2").</summary>
    private int GluedTail(int p, ref bool numbered)
    {
        var n = tokens.Count;
        while (p < n && tokens[p].Adjacent)
        {
            if (tokens[p].Kind == TokenKind.Symbol
                && !(tokens[p].Id == lexicon.Vocabulary.HyphenId && p + 1 < n && tokens[p + 1].Adjacent && tokens[p + 1].Kind is TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            numbered |= tokens[p].Kind == TokenKind.Number;
            p++;
        }

        return p;
    }

    /// <summary>Past up to three fillers, two of them joined by a conjunction ("Russian and North Korean").</summary>
    private int SkipFillers(int p)
    {
        for (var k = 0; k < 3 && p < tokens.Count; k++)
        {
            if (lexicon.Fillers.Match(tokens, p, out _, out var afterFiller))
            {
                p = afterFiller;
            }
            else if (k > 0 && lexicon.FillerJoiners.Match(tokens, p, out _, out var afterJoiner)
                && lexicon.Fillers.Match(tokens, afterJoiner, out _, out afterFiller))
            {
                p = afterFiller;
            }
            else
            {
                break;
            }
        }

        return p;
    }

    /// <summary>
    /// "killed three people", "wounded 11 others": a casualty verb just before a count of people, or of nothing named,
    /// says they are casualties. It does not touch what is not people ("captured 12 villages").
    /// </summary>
    private UnitSense? CasualtyBefore(int start, UnitSense? found) =>
        (found is null || found.Person) && lexicon.CasualtyVerbs.MatchBefore(tokens, start, out var casualty, out _) ? casualty : found;

    private int SkipGluedHyphen(int p) =>
        p + 1 < tokens.Count && tokens[p].Id == lexicon.Vocabulary.HyphenId && tokens[p].Adjacent && tokens[p + 1].Adjacent ? p + 1 : p;

    private bool IsLineOrSentenceStart(int p)
    {
        if (tokens[p].LineStart || p == 0)
        {
            return true;
        }

        var prev = tokens[p - 1];
        return prev.Kind == TokenKind.Symbol && text[prev.Start] is '.' or '!' or '?' or '…' or ':' or '«' or '"' or '“';
    }

    /// <summary>Dates, designations ("F-16", "Challenger 2"), ordinals, ids, phone numbers and caption counters.</summary>
    private bool IsNotAFigure(NumberMatch number, ref int next, bool rangeEnd = false, bool currencyBefore = false)
    {
        var n = tokens.Count;
        var first = tokens[number.First];
        if (number.Glued)
        {
            return true;
        }

        // "trois cinquièmes des votants", "deux tiers": a numerator, not a count.
        if (!lenient && number.End < tokens.Count && lexicon.Denominators.Contains(tokens[number.End].Id) && !number.Scaled)
        {
            return true;
        }

        if (number.Words)
        {
            // "a gallon", "one-yen": an article counts only before its unit, and only when measuring against suites;
            // in "a $48.2 million contract" the sign belongs to the number after it.
            var unitAt = SkipGluedHyphen(number.End);
            return number.Weak && !(lenient && lexicon.Units.Match(tokens, unitAt, out _, out var unitEnd) && !lexicon.MeasureNouns.Match(tokens, unitAt, out _, out _)
                && !(lexicon.PrefixUnits.Match(tokens, unitAt, out _, out var prefixEnd) && prefixEnd == unitEnd && unitEnd < n && tokens[unitEnd].Kind == TokenKind.Number));
        }

        var i = number.First;
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
                if (c == '+' || ((c == '-' || c == '/' || c == ':' || c == '.') && i > 1 && tokens[i - 2].Kind is TokenKind.Word or TokenKind.Number && prev.Adjacent))
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

            if (c == '-' && ((number.Digits == 4 && tokens[end + 1].Length <= 2) || end + 3 < n && tokens[end + 2].Adjacent && tokens[end + 2].Kind == TokenKind.Symbol && tokens[end + 3].Kind == TokenKind.Number && tokens[end + 3].Adjacent
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

        if (lexicon.Labels.MatchBefore(tokens, i, out _, out _))
        {
            return true;
        }

        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Upper && tokens[i - 1].Id < 0 && !IsLineOrSentenceStart(i - 1) && !number.Scaled
            && !lexicon.Units.Match(tokens, end, out _, out _) && !(lexicon.QuoteUnits.Match(tokens, end, out _, out _) && IsMeasureMark(end))
            && !CountsModels(end))
        {
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

        if (first.LineStart && !number.Grouped && !number.Scaled && end < n && tokens[end].Kind == TokenKind.Word && tokens[end].Upper
            && !lexicon.Units.Match(tokens, end, out _, out _) && !lexicon.UnitSymbols.Read(text, tokens, end, out _, out _))
        {
            return true;
        }

        return false;
    }

    /// <summary>"-78-0 degrees Celsius": below zero, a hyphen and a lone zero before a unit close a range, not an identifier's next part.</summary>
    private bool IsRangeUpToZero(NumberMatch number, int zero) =>
        number.Value < 0 && tokens[zero].Length == 1 && !(zero + 1 < tokens.Count && tokens[zero + 1].Adjacent && tokens[zero + 1].Kind != TokenKind.Word)
        && lexicon.Units.Match(tokens, zero + 1, out _, out _);

    /// <summary>A bare year ("en 2023") or a lone small count with nothing counted is not reported.</summary>
    private static bool IsBareNonFigure(NumberMatch number)
    {
        return !number.Words && !number.Grouped && !number.Decimal && !number.Scaled && number.Digits == 4
            && number.Value is >= 1500 and <= 2100;
    }

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

    /// <summary>"égal à 5000 ou moins": the equality phrase belongs to the bound's span.</summary>
    private int EqualStart(int start) => lexicon.Equal.MatchBefore(tokens, start, out _, out var equalStart) ? equalStart : start;

    private static bool IsYearLike(double value) => value is >= 1800 and <= 2100 && value == Math.Floor(value);

    /// <summary>A number, or in a conformance suite a rank ("the tenth") where a range or bound asks for one.</summary>
    private bool ReadNumber(int at, bool currencyBefore, out NumberMatch number) =>
        (IsRankAt(at) && NumberReader.ReadRank(tokens, at, lexicon, out number)) || NumberReader.Read(text, tokens, at, lexicon, currencyBefore, out number, lenient);

    private bool IsRankAt(int at) => lenient && NumberReader.ReadRank(tokens, at, lexicon, out _);

    /// <summary>"between the tenth and …", "higher than the tenth": a rank after a range opener or a bound.</summary>
    private bool IsBoundedRank(int at) =>
        IsRankAt(at) && (lexicon.RangeStarts.MatchBefore(tokens, at, out _, out _) || lexicon.AtLeast.MatchBefore(tokens, at, out _, out _)
            || lexicon.AtMost.MatchBefore(tokens, at, out _, out _));

    private bool IsNumberAt(int token) =>
        token < tokens.Count && (tokens[token].Kind == TokenKind.Number || lexicon.Numbers.Contains(tokens[token].Id));

    private bool StartsBound(int token) =>
        lexicon.AtLeast.Match(tokens, token, out _, out _) || lexicon.AtMost.Match(tokens, token, out _, out _);

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
        bool equal = false)
    {
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
            tokens[Math.Max(numberEndToken, coreToken + 1) - 1].End,
            equal,
            unit?.Base is null ? 0 : RateStart(coreToken, endToken)));
    }

    /// <summary>Where the "per …" of a rate ending at <paramref name="endToken"/> begins, as a text offset: the end of its base quantity.</summary>
    private int RateStart(int coreToken, int endToken)
    {
        for (var k = coreToken + 1; k < endToken; k++)
        {
            var p = k;
            while (lexicon.RateLinks.Match(tokens, p, out _, out var afterLink) && lexicon.RateUnits.Match(tokens, afterLink, out _, out var perEnd))
            {
                p = perEnd;
            }

            if (p == endToken)
            {
                return tokens[k - 1].End;
            }
        }

        return 0;
    }
}
