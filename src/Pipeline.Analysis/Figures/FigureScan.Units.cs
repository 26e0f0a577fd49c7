using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>What a number counts: the unit or noun after it, past fillers and model names, its subunit remainder, power, rate and shared or bracketed forms.</summary>
internal readonly ref partial struct FigureScan
{
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
            || !NumberReader.Read(text, tokens, p, lexicon, false, out var part) || (part.Weak && lexicon.Articles.Match(tokens, p, out _, out _)) || part.Scaled || part.Fraction || part.Decimal || part.Glued
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
        if (!NumberReader.Read(text, head, 0, lexicon, false, out shorter) || shorter.End != head.Count)
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
        if (p < n && tokens[p].LineStart && IsLabelledLine(p - 1))
        {
            // "Tanks: 14" ends its line: the next line ("Artillery systems: 30") is the list's next entry.
            return at;
        }

        if (p + 1 < n && tokens[p].Id == lexicon.Vocabulary.HyphenId && tokens[p].Adjacent && tokens[p + 1].Adjacent && tokens[p + 1].Kind == TokenKind.Word)
        {
            // "27-kilometer ring", "a two-year period".
            p++;
        }

        if (p < n && lexicon.PeriodComparisons.Match(tokens, p, out _, out _))
        {
            // "a gain of 63,000 year-over-year", "150,000 month-over-month": the period compared over is no unit of the number.
            return at;
        }

        var beforeFillers = p;
        p = SkipFillers(p);

        if (linked && p < n && lexicon.MeasureLinks.Match(tokens, p, out _, out var afterMeasureLink)
            && lexicon.Units.Match(tokens, afterMeasureLink, out var measure, out _) && !CountsPeopleOrThings(measure))
        {
            // "half of a mile": a fraction of one unit of measure.
            p = afterMeasureLink;
        }
        else if (p < n && lexicon.UnitLinks.Match(tokens, p, out _, out var afterLink)
            && (linked || (afterLink < n && lexicon.Units.Match(tokens, afterLink, out var linkedUnit, out _) && linkedUnit.Category == FigureCategory.Money)))
        {
            p = afterLink;
        }

        var numbered = false;
        if (designation && SkipDesignation(p, out numbered) is var afterModel && afterModel > p && SkipFillers(afterModel) is var modelNoun
            && modelNoun < n && lexicon.Units.Match(tokens, modelNoun, out var modelled, out _) && CountsPeopleOrThings(modelled)
            && !(modelled.Capital && !tokens[modelNoun].Upper))
        {
            p = modelNoun;
        }
        else
        {
            numbered = false;
        }

        UnitSense sense;
        int end;
        if (p == beforeFillers && lexicon.ExactUnits.Read(text, tokens, p, out var symbol, out var symbolEnd))
        {
            // "450 Nm" is a torque, though the table, read in any case, has "nm" (a wavelength).
            sense = symbol;
            end = symbolEnd;
        }
        else if (p >= n || !lexicon.Units.Match(tokens, p, out sense, out end) || (sense.Capital && !tokens[p].Upper))
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
            else if (lexicon.FactorUnits.Match(tokens, beforeFillers, out sense, out end) && lexicon.FactorComparisons.Match(tokens, end, out _, out _))
            {
                // "three times higher", "deux fois plus": a factor; "il en a parlé deux fois" counts occasions.
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
            else if (beforeFillers == at && at < n && tokens[at].Adjacent && tokens[at - 1].Kind == TokenKind.Number && lexicon.GluedUnits.Match(tokens, at, out sense, out end))
            {
                unit = sense;
                return end;
            }
            else if (beforeFillers == at && lexicon.TrailingUnits.Match(tokens, at, out sense, out end) && (end - at > 1 || EndsMeasure(end)))
            {
                unit = sense;
                return end;
            }
            else if ((lexicon.Casualties.Match(tokens, beforeFillers, out var casualtyOnly, out var casualtyOnlyEnd)
                    || (p > beforeFillers && lexicon.Casualties.Match(tokens, p, out casualtyOnly, out casualtyOnlyEnd))) && !IsNumberAt(casualtyOnlyEnd))
            {
                // "27 others have been injured": past the filler too.
                // "at least 12 were injured": the casualty words alone say who is counted.
                unit = casualtyOnly;
                return casualtyOnlyEnd;
            }
            else
            {
                return at;
            }
        }

        // "100 jours-amende": a unit's word glued by a hyphen to a noun is the first half of a compound noun, not the unit
        // ("a 10-year-old", "a 20 km-long convoy" glue an adjective and keep it).
        if (end + 1 < n && tokens[end].Id == lexicon.Vocabulary.HyphenId && tokens[end].Adjacent && tokens[end + 1].Adjacent
            && tokens[end + 1].Kind == TokenKind.Word && lexicon.Words.TryRead(text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length), out var glued)
            && glued.IsNoun && !glued.IsAdjective)
        {
            return at;
        }

        if (numbered && lexicon.DesignatedUnits.Match(tokens, p, out var asModel, out var asModelEnd) && asModelEnd >= end)
        {
            sense = asModel;
            end = asModelEnd;
        }

        if (lexicon.WeightUnits.Match(tokens, p, out var weight, out var weightEnd) && weightEnd == end && WeightCueNear(at, end))
        {
            // "he weighs 208 pounds": the word of a currency that is also a weight weighs where the sentence speaks of weight.
            sense = weight;
        }

        if (TryPower(end, sense, out var powered, out var poweredEnd))
        {
            sense = powered;
            end = poweredEnd;
        }

        // "24703 m212", "3 USD50": a unit glued to digits is an identifier or the next number's currency;
        // after "$ 20,000.00", a second "$ 37,305.97" opens the next figure. "80%-90%" is a range, each end with its unit.
        if (end < n && tokens[end].Adjacent && (tokens[end].Kind == TokenKind.Number
                || (end + 1 < n && tokens[end].Id == lexicon.Vocabulary.HyphenId && tokens[end + 1].Kind == TokenKind.Number && tokens[end + 1].Adjacent
                    && !RepeatsUnit(end + 1, sense))))
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
        else if (TryRateAcrossBracket(end, sense, out rate))
        {
            sense = rate;
        }

        unit = sense.Person && PeopleFate(end) is { } fate ? fate : sense;
        return end;
    }

    /// <summary>Whether the line ending at token <paramref name="last"/> is a label and its value: "Tanks: 14".</summary>
    private bool IsLabelledLine(int last)
    {
        for (var k = last; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == ':')
            {
                return true;
            }

            if (tokens[k].LineStart)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Three people, including a child, were killed": past an aside between commas (a few words and no number) that
    /// stands between the people counted and what happened to them.
    /// </summary>
    private int AfterAside(int at)
    {
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Symbol || text[tokens[at].Start] != ',')
        {
            return at;
        }

        for (var q = at + 1; q < tokens.Count && q <= at + 8; q++)
        {
            if (tokens[q].Kind == TokenKind.Number || tokens[q].LineStart)
            {
                return at;
            }

            if (tokens[q].Kind == TokenKind.Symbol)
            {
                return text[tokens[q].Start] == ',' && q > at + 1 ? q + 1 : at;
            }
        }

        return at;
    }

    /// <summary>Whether the number at <paramref name="at"/> carries the same unit again ("90%" after "80%-").</summary>
    private bool RepeatsUnit(int at, UnitSense unit) =>
        NumberReader.Read(text, tokens, at, lexicon, false, out var other) && !other.Glued && lexicon.Units.Match(tokens, other.End, out var again, out _)
        && again.Unit == unit.Unit;

    /// <summary>
    /// "un sur trois", "one in five Ukrainians": the whole of a proportion counts nothing after it, or, after "in", the
    /// people or things it is a share of. "20 sur 25 drones" is a part counted in its whole (<see cref="WholeCountedAfter"/>)
    /// and "2 over 3 years" a time.
    /// </summary>
    private bool IsProportionWhole(int overAt, NumberMatch whole, bool namedBetween)
    {
        var afterWhole = whole.End;
        if (IsNotAFigure(whole, ref afterWhole, rangeEnd: true))
        {
            return false;
        }

        FindUnit(whole.End, whole.Scaled, out var unit);
        return unit is null || (!namedBetween && !lexicon.PartOf.Match(tokens, overAt, out _, out _) && CountsPeopleOrThings(unit));
    }

    /// <summary>Whether a figure of money, a share or a factor stands before token <paramref name="at"/> in its sentence.</summary>
    private bool AmountOrChangeBefore(int at)
    {
        var sentenceStart = at;
        while (sentenceStart > 0 && !EndsSentence(sentenceStart - 1) && !tokens[sentenceStart].LineStart)
        {
            sentenceStart--;
        }

        for (var f = findings.Count - 1; f >= 0 && findings[f].Start >= tokens[sentenceStart].Start; f--)
        {
            if (findings[f].Unit is { Category: FigureCategory.Money or FigureCategory.Percentage } or { Unit: "times" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "208 pour 100.000 habitants", "12 per 100,000", "3 for every 1,000 births": a count over a round whole (a power of ten
    /// from a hundred) of people or things is a rate, a share of that whole; "5 per 100 km" measures, and "5 pour cent" is
    /// the percent unit itself.
    /// </summary>
    private bool RateOverRoundWhole(NumberMatch part, out NumberMatch whole)
    {
        whole = default;
        var at = RateOverAt(part.End);
        if (at < 0 || !lexicon.RateOver.Match(tokens, at, out _, out var afterOver) || afterOver >= tokens.Count
            || (tokens[afterOver].Kind != TokenKind.Number && !lexicon.Numbers.Contains(tokens[afterOver].Id))
            || !NumberReader.Read(text, tokens, afterOver, lexicon, false, out whole) || whole.Weak || whole.Glued || whole.Fraction || whole.Decimal
            || whole.Value < 100 || (whole.Words && whole.Value == 100) || part.Value <= 0 || part.Value >= whole.Value)
        {
            return false;
        }

        var power = whole.Value;
        while (power >= 10 && power % 10 == 0)
        {
            power /= 10;
        }

        return power == 1 && IsProportionWhole(at, whole, false);
    }

    /// <summary>How many words may name what a rate counts between its count and its "per" ("259 nouveaux cas pour 100 000").</summary>
    private const int RateCountedReach = 2;

    /// <summary>
    /// Where the "per" or "pour" of a rate stands after its count ending at <paramref name="at"/>: right there ("208 pour
    /// 100.000 habitants"), or past the one or two words of what it counts, people or things ("183 cases per 100,000 people",
    /// "437 cas pour 100.000 habitants"), never past a measure or money ("5 euros pour 100 grammes"); -1 when none.
    /// </summary>
    private int RateOverAt(int at)
    {
        if (lexicon.RateOver.Match(tokens, at, out _, out _))
        {
            return at;
        }

        for (var p = at; p < tokens.Count && p < at + RateCountedReach; p++)
        {
            if (tokens[p].Kind != TokenKind.Word || tokens[p].Upper || lexicon.Numbers.Contains(tokens[p].Id) || lexicon.ListJoiners.Match(tokens, p, out _, out _))
            {
                return -1;
            }

            if (lexicon.RateOver.Match(tokens, p + 1, out _, out _))
            {
                return FindUnit(at, false, out var counted) > at && counted is not null && !CountsPeopleOrThings(counted) ? -1 : p + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the "sur", "in" or "out of" of a proportion stands after its part ending at <paramref name="at"/>: right there
    /// ("un sur trois"), or past one or two words naming who is counted ("un Français sur trois", "one American in five"), never
    /// past a list joiner; -1 when none.
    /// </summary>
    private int ProportionOverAt(int at)
    {
        var n = tokens.Count;
        for (var p = at; p < n && p <= at + 2; p++)
        {
            if (lexicon.Over.Match(tokens, p, out _, out _))
            {
                return p;
            }

            // "killing 9 and injuring over 800": a list joiner opens another figure, whose "over" is a bound.
            if (tokens[p].Kind != TokenKind.Word || tokens[p].LineStart || lexicon.Numbers.Contains(tokens[p].Id) || lexicon.ListJoiners.Match(tokens, p, out _, out _))
            {
                return -1;
            }
        }

        return -1;
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

    /// <summary>At most this many tokens between a word of weight before a number and the number.</summary>
    private const int WeightCueReach = 8;

    /// <summary>
    /// A word of weight shortly before the number ending at <paramref name="numberEnd"/>, in its sentence and with no other
    /// number between, or right after its unit ("20 pounds heavier").
    /// </summary>
    private bool WeightCueNear(int numberEnd, int unitEnd)
    {
        if (lexicon.WeightCues.Match(tokens, unitEnd, out _, out _))
        {
            return true;
        }

        // Past the number itself ("208", "50,000", "two hundred").
        var before = numberEnd - 1;
        while (before >= 0 && (IsNumberAt(before) || (tokens[before].Kind == TokenKind.Symbol && tokens[before].Adjacent && before + 1 < tokens.Count && tokens[before + 1].Adjacent)))
        {
            before--;
        }

        for (var k = before; k >= 0 && k >= before - WeightCueReach; k--)
        {
            // "it weighs 10 tons and cost 50,000 pounds": the weight spoken of is another figure's.
            if (IsSentenceStop(k) || (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '!' or '?' or ';') || tokens[k].Kind == TokenKind.Number)
            {
                return false;
            }

            if (lexicon.WeightCues.Match(tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most this many words between the first end of a "from … to" and its joiner ("from 21 mpg combined to 23"; "de 46 % par rapport à 2024" is no range).</summary>
    private const int OpenedRangeGap = 1;

    /// <summary>At most this many tokens back from the second end of a "from … to" to the start of its first end.</summary>
    private const int OpenedRangeReach = 24;

    /// <summary>
    /// "from 4.8 to 4.7 percent", "de 24,2 à 33 milliards d'euros": the unit of a change's new value, when it measures
    /// (counts are left to what they count), and the scale the bare old value shares with it when both are then of one
    /// order ("from 5 to 7 million people"; "from 900 to 1.2 million" keeps 900). Scale 0: nothing to share.
    /// </summary>
    private (UnitSense? Unit, double Scale) UnitOfChangeEnd(NumberMatch old, int[]? joiner)
    {
        if (old.Scaled || joiner is null)
        {
            return default;
        }

        var afterJoiner = MatchSequence(joiner, old.End);
        if (afterJoiner < 0 || afterJoiner >= tokens.Count || !IsNumberAt(afterJoiner)
            || !NumberReader.Read(text, tokens, afterJoiner, lexicon, false, out var next) || next.Weak || next.Glued)
        {
            return default;
        }

        FindUnit(next.End, next.Scaled, out var unit);
        var scale = next.Scaled && next.LastScale > 1 && old.Value * next.LastScale / next.Value is >= 0.1 and <= 10 ? next.LastScale : 1;
        return unit is null || CountsPeopleOrThings(unit) ? (null, scale > 1 ? scale : 0) : (unit, scale);
    }

    /// <summary>
    /// "from 208 pounds to 193", "from about 14-18 mpg to 24": the bare second end of a "from … to" (a change or a range)
    /// whose first end, the figure just read, carries a measure's unit measures in that unit. Counts are left to what
    /// they count.
    /// </summary>
    private UnitSense? UnitOfOpenedRange(int at)
    {
        if (findings.Count == 0 || findings[^1].Unit is not { } unit || CountsPeopleOrThings(unit))
        {
            return null;
        }

        // The joiner stands right before the number, at most a word after the first end: no long walk back.
        var previous = findings[^1];
        if (at < 2 || previous.End < tokens[Math.Max(0, at - OpenedRangeReach)].Start)
        {
            return null;
        }

        var first = at - 1;
        while (first > 0 && first >= at - OpenedRangeReach && tokens[first].Start > previous.Start)
        {
            first--;
        }

        var afterPrevious = first;
        while (afterPrevious < at && tokens[afterPrevious].Start < previous.End)
        {
            afterPrevious++;
        }

        if (tokens[first].Start != previous.Start || !lexicon.RangeStarts.MatchBefore(tokens, first, out var opener, out _))
        {
            return null;
        }

        var joinerAt = at - opener.Joiner.Length;
        if (joinerAt < afterPrevious || joinerAt - afterPrevious > OpenedRangeGap || MatchSequence(opener.Joiner, joinerAt) != at)
        {
            return null;
        }

        for (var k = afterPrevious; k < joinerAt; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || IsNumberAt(k))
            {
                return null;
            }
        }

        return unit;
    }

    /// <summary>
    /// "the DAX rose by 2 percent but the Nasdaq fell by 1": a bare number after a preposition of [parallel-preposition] measures in the unit of the nearest figure before it in
    /// the sentence after the same preposition, when that figure is a measure.
    /// </summary>
    private UnitSense? UnitOfParallelPreposition(int numberAt)
    {
        var prepositionAt = numberAt - 1;
        if (prepositionAt < 0 || !lexicon.ParallelPrepositions.Match(tokens, prepositionAt, out _, out var prepositionEnd) || prepositionEnd != numberAt)
        {
            return null;
        }

        var sentenceStart = prepositionAt;
        while (sentenceStart > 0 && !IsSentenceStop(sentenceStart - 1) && !(tokens[sentenceStart - 1].Kind == TokenKind.Symbol && text[tokens[sentenceStart - 1].Start] is '!' or '?'))
        {
            sentenceStart--;
        }

        var k = prepositionAt - 1;
        for (var f = findings.Count - 1; f >= 0 && findings[f].Start >= tokens[sentenceStart].Start; f--)
        {
            while (k > 0 && tokens[k].Start > findings[f].CoreStart)
            {
                k--;
            }

            if (tokens[k].Start == findings[f].CoreStart && k > 0 && tokens[k - 1].Id == tokens[prepositionAt].Id)
            {
                return findings[f].Unit is { } unit && !CountsPeopleOrThings(unit) ? unit : null;
            }
        }

        return null;
    }

    /// <summary>At most this many numbers with a hanging hyphen in one list ("four-, five- and six-cylinder").</summary>
    private const int HangingListReach = 5;

    /// <summary>
    /// "four-, five- and six-cylinder engines", "2- or 3-bedroom flats": when the number's hyphen at <paramref name="at"/>
    /// hangs, the hyphen of the list's last number, whose word every number of the list shares; -1 when none.
    /// </summary>
    private int SharedHyphenAt(int at)
    {
        var n = tokens.Count;
        if (!IsHangingHyphen(at))
        {
            return -1;
        }

        var p = at + 1;
        for (var k = 0; k < HangingListReach && p < n; k++)
        {
            if (tokens[p].Kind == TokenKind.Symbol && text[tokens[p].Start] == ',')
            {
                p++;
            }

            if (lexicon.ListJoiners.Match(tokens, p, out _, out var afterJoiner))
            {
                p = afterJoiner;
            }

            if (!IsNumberAt(p) || !NumberReader.Read(text, tokens, p, lexicon, false, out var next) || next.End >= n || tokens[next.End].Id != lexicon.Vocabulary.HyphenId
                || !tokens[next.End].Adjacent)
            {
                return -1;
            }

            if (!IsHangingHyphen(next.End))
            {
                return next.End + 1 < n && tokens[next.End + 1].Kind == TokenKind.Word ? next.End : -1;
            }

            p = next.End + 1;
        }

        return -1;
    }

    /// <summary>A hyphen glued to the number before it and to no word or number after it ("four-,", "2- or").</summary>
    private bool IsHangingHyphen(int at) =>
        at < tokens.Count && tokens[at].Id == lexicon.Vocabulary.HyphenId && tokens[at].Adjacent
        && !(at + 1 < tokens.Count && tokens[at + 1].Adjacent && tokens[at + 1].Kind is TokenKind.Word or TokenKind.Number);

    /// <summary>At most this many tokens inside the brackets of a conversion between an amount and its rate.</summary>
    private const int ConversionReach = 8;

    /// <summary>
    /// "9 billion shekels ($2.408 billion) a year": a conversion in brackets between an amount and the "per" of its rate,
    /// which the amount (before the brackets) and its conversion (in them) share. The figure's span stays its own, so the
    /// conversion is read as a figure too.
    /// </summary>
    private bool TryRateAcrossBracket(int unitEnd, UnitSense unit, out UnitSense rate)
    {
        rate = unit;
        var n = tokens.Count;
        if (unitEnd >= n || tokens[unitEnd].Kind != TokenKind.Symbol)
        {
            return false;
        }

        int close;
        if (text[tokens[unitEnd].Start] == '(')
        {
            close = -1;
            for (var k = unitEnd + 1; k < n && k <= unitEnd + ConversionReach && close < 0; k++)
            {
                if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is ')' or '(' or ';' || IsSentenceStop(k))
                {
                    close = text[tokens[k].Start] == ')' && tokens[k - 1].Kind != TokenKind.Symbol ? k : n;
                }
            }

            if (close < 0 || close >= n || !HasNumber(unitEnd + 1, close))
            {
                return false;
            }
        }
        else if (text[tokens[unitEnd].Start] == ')' && OpeningBracket(unitEnd, ConversionReach) is var open and > 0 && findings.Count > 0 && findings[^1].End == tokens[open - 1].End)
        {
            close = unitEnd;
        }
        else
        {
            return false;
        }

        return TryRate(close + 1, unit, out rate, out _);
    }

    /// <summary>A full stop that ends a sentence, not the decimal point of "2.408".</summary>
    private bool IsSentenceStop(int k) =>
        tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == '.' && (k + 1 >= tokens.Count || !tokens[k + 1].Adjacent);

    /// <summary>A full stop that is no decimal point ("3.1%"), or a question or exclamation mark.</summary>
    private bool EndsSentence(int k) =>
        IsSentenceStop(k) || (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '!' or '?');

    private bool HasNumber(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "(" that the ")" at <paramref name="close"/> closes, within <paramref name="reach"/> tokens of its sentence; -1 when none.</summary>
    private int OpeningBracket(int close, int reach)
    {
        for (var k = close - 1; k >= 0 && k >= close - reach; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '(' or ')' or ';' || EndsSentence(k))
            {
                return text[tokens[k].Start] == '(' ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>The ")" that closes the "(" at <paramref name="open"/>, before token <paramref name="limit"/> in its sentence; -1 when none.</summary>
    private int ClosingBracket(int open, int limit)
    {
        for (var k = open + 1; k < limit; k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '(' or ')' or ';' || EndsSentence(k))
            {
                return text[tokens[k].Start] == ')' ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>"3,000 tests per day", "1,500 soldiers a day": the unit a count of people or things is per, after what it counts.</summary>
    private bool CountRateAfter(int at, out string per)
    {
        per = "";
        var n = tokens.Count;
        if (!lexicon.RateLinks.Match(tokens, at, out var article, out var afterLink) || !lexicon.RateUnits.Match(tokens, afterLink, out per, out var perEnd)
            || (article && lexicon.RateBlockers.Match(tokens, perEnd, out _, out _)) || (perEnd < n && tokens[perEnd].Adjacent && tokens[perEnd].Kind is TokenKind.Word or TokenKind.Number))
        {
            per = "";
            return false;
        }

        return true;
    }

    /// <summary>
    /// "20 of 25 drones", "20 sur 25 drones", "280 million of the 1.5 billion shekels": a part counts what the whole after
    /// it counts, people, things or money (not a rate, nor a measure, which often describes a noun: "3 of 5 km races").
    /// </summary>
    private UnitSense? WholeCountedAfter(NumberMatch part, int at)
    {
        if (!lexicon.PartOf.Match(tokens, at, out _, out var next) || !IsNumberAt(next)
            || !NumberReader.Read(text, tokens, next, lexicon, false, out var whole) || whole.Glued || whole.Weak || whole.Value < part.Value)
        {
            return null;
        }

        var afterWhole = whole.End;
        if (IsNotAFigure(whole, ref afterWhole, rangeEnd: true))
        {
            return null;
        }

        FindUnit(whole.End, whole.Scaled, out var unit, designation: true);
        return unit is { Base: null } && (CountsPeopleOrThings(unit) || unit.Category == FigureCategory.Money) ? unit : null;
    }

    private static bool CountsPeopleOrThings(UnitSense unit) =>
        unit.Category is FigureCategory.Personnel or FigureCategory.Equipment or FigureCategory.Casualties or FigureCategory.Count or FigureCategory.Displaced;

    /// <summary>
    /// "45 and 50 mg", "54 contre 46 %": a bare number listed or opposed before a measure or a share shares its unit;
    /// people and durations are not shared.
    /// </summary>
    private UnitSense? SharedUnitAfter(int at)
    {
        if (!(lexicon.ListJoiners.Match(tokens, at, out _, out var next) || lexicon.PairJoiners.Match(tokens, at, out _, out next)) || next >= tokens.Count || tokens[next].Kind != TokenKind.Number
            || !NumberReader.Read(text, tokens, next, lexicon, false, out var other) || other.Glued || other.Words)
        {
            return null;
        }

        FindUnit(other.End, other.Scaled, out var unit);
        return unit is { Person: false, Category: FigureCategory.Dimension or FigureCategory.Distance or FigureCategory.Area or FigureCategory.Percentage } ? unit : null;
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

    /// <summary>
    /// "2 1/2 in thick", "my pencil is 2 in.": a unit that is also a preposition ends a measure only before a word of size
    /// or at the text's end; a phrase ("on the Richter scale") is no preposition and needs neither.
    /// </summary>
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
        NumberReader.Read(text, tokens, at, lexicon, true, out var amount) && !amount.Glued
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
        (found is null || found.Person) && lexicon.CasualtyVerbs.MatchBefore(tokens, PastIncrementBefore(start), out var casualty, out _) ? casualty : found;

    /// <summary>Where "another", "a further" before the number at <paramref name="start"/> begin; <paramref name="start"/> when none stands there.</summary>
    private int PastIncrementBefore(int start) =>
        lexicon.IncrementsBefore.MatchBefore(tokens, start, out _, out var incrementStart) ? incrementStart : start;

    private int SkipGluedHyphen(int p) =>
        p + 1 < tokens.Count && tokens[p].Id == lexicon.Vocabulary.HyphenId && tokens[p].Adjacent && tokens[p + 1].Adjacent ? p + 1 : p;

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
