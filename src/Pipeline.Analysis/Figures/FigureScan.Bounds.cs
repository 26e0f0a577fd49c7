using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>Hedges, bounds and ranges around a number: "plus de", "between … and", "15 000 à 20 000", "12.5 ± 0.5 kg".</summary>
internal readonly ref partial struct FigureScan
{
    /// <summary>The hedge or bound phrase ending just before token <paramref name="before"/>, longest first; -1 when none.</summary>
    private int HedgeBefore(int before, out Bound bound, out bool inclusive)
    {
        bound = Bound.Exact;
        inclusive = true;
        var best = -1;
        if ((lexicon.AtLeast.MatchBefore(tokens, before, out var leastInclusive, out var s1) || LevelVerbAcrossAdverb(before, out leastInclusive, out s1))
            && !InsideOperator(s1) && !AfterOppositeBound(s1, lexicon.AtMost) && !TimeAdjectiveAt(s1) && !IsRestriction(s1, before))
        {
            best = s1;
            bound = Bound.AtLeast;
            inclusive = leastInclusive;
        }

        if (lexicon.AtMost.MatchBefore(tokens, before, out var mostInclusive, out var s2) && !InsideOperator(s2) && !AfterOppositeBound(s2, lexicon.AtLeast)
            && !ParticleOfVerbAt(s2) && (best < 0 || s2 < best))
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

        if (lexicon.Nearly.MatchBefore(tokens, before, out _, out var s4) && (best < 0 || s4 < best))
        {
            best = s4;
            bound = Bound.AtMost;
            inclusive = false;
        }

        if (best < 0 && BoundHyphenedBefore(before, out var prefixAt))
        {
            best = prefixAt;
            bound = Bound.AtMost;
            inclusive = false;
        }

        return best;
    }

    /// <summary>
    /// "le bilan dépasse désormais les 200 morts", "dépasse largement les 1 000", "dépassent déjà 300": an adverb between
    /// a level verb and its number, and the article the number may take after it, leave the verb's lower bound.
    /// </summary>
    private bool LevelVerbAcrossAdverb(int before, out bool inclusive, out int start)
    {
        inclusive = true;
        start = -1;
        var adverbEnd = before;
        if (adverbEnd > 0 && (lexicon.PluralDeterminers.Contains(tokens[adverbEnd - 1].Id) || lexicon.CollectiveArticles.Contains(tokens[adverbEnd - 1].Id)))
        {
            adverbEnd--;
        }

        return lexicon.LevelAdverbs.MatchBefore(tokens, adverbEnd, out _, out var adverbAt)
            && lexicon.AtLeast.MatchBefore(tokens, adverbAt, out inclusive, out start);
    }

    /// <summary>"sub-7 nanometer", "sub-$1,000 laptops": a bound prefix hyphened to the quantity at <paramref name="at"/>.</summary>
    private bool BoundHyphenedBefore(int at, out int prefixAt)
    {
        prefixAt = -1;
        return at > 1 && tokens[at].Adjacent && tokens[at - 1].Adjacent && tokens[at - 1].Id == lexicon.Vocabulary.HyphenId
            && lexicon.HyphenedBounds.MatchBefore(tokens, at - 1, out _, out prefixAt);
    }

    /// <summary>At most this many words between a negation and the restrictive bound it turns into "only".</summary>
    private const int RestrictionReach = 5;

    /// <summary>"ne prévoit plus que 0,5 %", "il n'en reste plus que 12": after a negation, the bound word means only.</summary>
    private bool IsRestriction(int boundAt, int before)
    {
        if (!lexicon.RestrictiveBounds.Match(tokens, boundAt, out _, out var end) || end != before)
        {
            return false;
        }

        for (var s = boundAt - 1; s >= 0 && boundAt - s <= RestrictionReach && !IsSentenceEnd(s); s--)
        {
            if (lexicon.RestrictiveNegations.Match(tokens, s, out _, out var negationEnd) && negationEnd <= boundAt)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bound of a bound fused with an article ("près des deux tiers", "plus du double"), as the lexicon names it.</summary>
    private static (Bound Bound, bool Inclusive) FusedBound(string name) => name switch
    {
        "at-least" => (Bound.AtLeast, false),
        "at-most" or "nearly" => (Bound.AtMost, false),
        _ => (Bound.Approximate, true),
    };

    /// <summary>
    /// "unemployment ticked up to 4.1%", "the gain was revised up to 1.0%": the bound's first word is the particle of the
    /// verb before it, which moves the figure to its new level; no ceiling is stated.
    /// </summary>
    private bool ParticleOfVerbAt(int at) => at > 0 && lexicon.ParticleVerbs.Contains(tokens[at - 1].Id);

    /// <summary>"the past 10 years", "half past 7": a bound word that is a time there states no bound.</summary>
    private bool TimeAdjectiveAt(int at) =>
        at > 0 && lexicon.TimeBounds.Contains(tokens[at].Id) && lexicon.TimeBoundsBefore.Contains(tokens[at - 1].Id);

    /// <summary>"nearly 37,000": the hedge at <paramref name="at"/> bounds the number from above and says it roughly.</summary>
    private bool NearlyAt(int at) =>
        at >= 0 && (lexicon.Nearly.Match(tokens, at, out _, out _) || (lexicon.FractionBounds.Match(tokens, at, out var fused, out _) && fused == "nearly"));

    /// <summary>"&lt;&gt;30", "=&gt;30": a comparison sign glued after another is part of an operator that states no bound.</summary>
    private bool InsideOperator(int at) =>
        at > 0 && tokens[at].Kind == TokenKind.Symbol && tokens[at].Adjacent && tokens[at - 1].Kind == TokenKind.Symbol
        && text[tokens[at - 1].Start] is '<' or '>' or '=';

    /// <summary>"inférieur ou supérieur à 30": a bound offered as the alternative to its opposite means "not equal", no bound.</summary>
    private bool AfterOppositeBound(int at, PhraseTable<bool> opposite) =>
        at >= 2 && lexicon.BoundAlternatives.Match(tokens, at - 1, out _, out var end) && end == at && opposite.Contains(tokens[at - 2].Id);

    /// <summary>How far before "or" the opener of "a square mile or two" may stand: the opener and a unit of a few words.</summary>
    private const int OneOrFewReach = 4;

    /// <summary>
    /// "a day or two", "another pick or two", "une chèvre ou deux", "un siècle ou deux": an opener (an article,
    /// "another"), a unit or one noun, "or" and a small whole number state one of it or that many, a range from one. The
    /// unit is the range's (<paramref name="unit"/>); a noun is what the range counts (<paramref name="nounAt"/>). A number
    /// with a unit or a noun of its own ("un sergent ou deux officiers", "a day or two weeks") is a count apart.
    /// </summary>
    private bool OneOrFewBefore(int i, NumberMatch number, out int oneAt, out UnitSense? unit, out int nounAt)
    {
        oneAt = nounAt = -1;
        unit = null;
        if (number.Scaled || number.Fraction || number.Decimal || number.Grouped || number.Value is < 2 or > 10 || number.Value != Math.Floor(number.Value)
            || !lexicon.BoundAlternatives.MatchBefore(tokens, i, out _, out var joinerAt) || joinerAt < 2
            || ReadPhrase(number.End, out _) || (FindUnit(number.End, false, out var own) > number.End && own is not null))
        {
            return false;
        }

        for (var k = joinerAt - 2; k >= 0 && k >= joinerAt - OneOrFewReach; k--)
        {
            if (!lexicon.AlternativeOpeners.Match(tokens, k, out _, out var openerEnd))
            {
                continue;
            }

            oneAt = k;
            if (FindUnit(openerEnd, false, out unit) == joinerAt && unit is not null)
            {
                return true;
            }

            unit = null;
            nounAt = joinerAt - 1;
            return openerEnd == nounAt && tokens[nounAt].Kind == TokenKind.Word && !tokens[nounAt].Upper && NounAt(nounAt, out _)
                && !lexicon.Units.Match(tokens, nounAt, out _, out _);
        }

        return false;
    }

    /// <summary>
    /// "a 3% maximum rate", "3,5 % maximum autorisé": a word after the ceiling that is no preposition makes "maximum" describe
    /// a noun, not bound the number.
    /// </summary>
    private bool DescribesAfter(int at) =>
        at < tokens.Count && tokens[at].Kind == TokenKind.Word && !tokens[at].LineStart && !lexicon.Prepositions.Contains(tokens[at].Id);

    private bool TryRange(NumberMatch first, int[]? pairedJoiner, out double low, out double high, out int end, out WrittenNumber written)
    {
        low = high = 0;
        written = default;
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

        // "Leopard 1 A5": a word joiner glued to the next number ("A" folds to French "à") is a code, not a range.
        if (tokens[afterJoiner].Adjacent && tokens[afterJoiner - 1].Kind == TokenKind.Word)
        {
            return false;
        }

        var second = tokens[afterJoiner];
        if (second.Kind != TokenKind.Number && !(second.Kind == TokenKind.Word && lexicon.Numbers.Contains(second.Id)) && !IsRankAt(afterJoiner))
        {
            return false;
        }

        var negative = false;
        var secondAt = afterJoiner;
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

        low = ScaledLikeHighEnd(first, other);

        high = negative ? -other.Value : other.Value;
        if (!(high > low))
        {
            return false;
        }

        end = other.End;
        written = Written(secondAt, other.End, high);
        return true;
    }

    /// <summary>
    /// "$3 to $5 billion", "2 to 3 million", "entre 5 et 7 000": a low end with no scale of its own takes the high end's (a
    /// scale word, or the thousands its digits are grouped in, written as "sept mille" is said) when it is smaller than
    /// what stands before that scale ("5" beside "7"); "entre 50 et 7 000" keeps its 50.
    /// </summary>
    private static double ScaledLikeHighEnd(NumberMatch low, NumberMatch high)
    {
        var scale = high.Scaled ? high.LastScale
            : high.Grouped && !high.Decimal && !low.Grouped && !low.Words && !low.Decimal && !low.Fraction ? GroupScale(high) : 1;
        return !low.Scaled && scale > 1 && low.Value * scale < high.Value ? low.Value * scale : low.Value;
    }

    /// <summary>The thousands, millions… a number grouped in digits is written in: 1000 for "7 000" and "12,500", 10^6 for "7 500 000".</summary>
    private static double GroupScale(NumberMatch number)
    {
        var after = (int)Math.Floor(Math.Log10(number.Value)) + 1 - number.Digits;
        return after > 0 && after % 3 == 0 ? Math.Pow(10, after) : 1;
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

    /// <summary>
    /// "44 mg to 50 mg", "between $62 and $68 per share": a range whose ends both carry the unit, opened at <paramref name="from"/>
    /// (before any currency sign); a rate named after the second end ("per share") is the whole range's unit. After the
    /// amount of a change (<paramref name="changeBy"/>), a first end complete on its own is the change, not a range's end.
    /// </summary>
    private bool TryUnitRange(NumberMatch first, int from, int unitEnd, UnitSense unit, bool changeBy, out double low, out double high, out int start, out int end, out UnitSense rangeUnit, out WrittenNumber written)
    {
        low = high = 0;
        written = default;
        start = from;
        end = unitEnd;
        rangeUnit = unit;
        var opened = lexicon.RangeStarts.MatchBefore(tokens, from, out var opener, out var openerAt);
        var j = unitEnd;
        var afterJoiner = opened ? MatchSequence(opener.Joiner, j) : -1;
        var openerJoined = afterJoiner >= 0;
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
        var secondAt = afterJoiner;
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

        if (!NumberReader.Read(text, tokens, afterJoiner, lexicon, false, out var second) || second.Glued && !lexicon.Units.Contains(tokens[second.End].Id))
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
        var firstValue = ScaledLikeHighEnd(first, second);
        if (changeBy && firstValue == first.Value)
        {
            return false;
        }

        // "-18 °C to -34 °C": below zero, writers order the ends by size, so the range may run downwards.
        var ordered = secondValue > firstValue || (firstValue < 0 && secondValue < firstValue);
        var rateOfUnit = prefix is not null && unit.Base is null && secondUnit?.Base == unit;
        if (secondUnit is null || (secondUnit.Unit != unit.Unit && !rateOfUnit) || !ordered)
        {
            return false;
        }

        if (openerJoined && !opener.Bare)
        {
            start = openerAt;
        }

        rangeUnit = secondUnit;

        low = Math.Min(firstValue, secondValue);
        high = Math.Max(firstValue, secondValue);
        end = secondUnitEnd;
        written = Written(secondAt, second.End, secondValue);
        return true;
    }

    /// <summary>
    /// "supérieur à 20 et inférieur à 35", "at most 100 and at least 20": a bound joined to the opposite bound just read, with
    /// no unit between them, closes it into one range that takes this bound's unit.
    /// </summary>
    private bool TryCloseBound(int start, int numberEnd, int end, double? low, double? high, bool inclusive, bool approximate, UnitSense? unit, WrittenNumber written)
    {
        if (findings.Count == 0 || unit?.Base is not null || !lexicon.BoundJoiners.MatchBefore(tokens, start, out _, out var joinerAt) || joinerAt == 0)
        {
            return false;
        }

        // The joiner follows the first bound's number with nothing counted between them.
        var previous = findings[^1];
        if (previous.Value is not null || previous.Vague || (previous.Unit is not null && previous.Unit != unit)
            || (previous.Low is null) == (previous.High is null) || (previous.Low is null) == (low is null)
            || tokens[joinerAt - 1].End != previous.CoreEnd || previous.End > tokens[start - 1].End)
        {
            return false;
        }

        var closedLow = previous.Low ?? low;
        var closedHigh = previous.High ?? high;
        if (!(closedLow < closedHigh))
        {
            return false;
        }

        (var counted, unit, end) = ReadCounted(start, numberEnd, end, unit);
        findings[^1] = previous with
        {
            End = tokens[end - 1].End,
            CoreEnd = tokens[numberEnd - 1].End,
            Low = closedLow,
            High = closedHigh,
            LowInclusive = previous.Low is not null ? previous.LowInclusive : inclusive,
            HighInclusive = previous.High is not null ? previous.HighInclusive : inclusive,
            Approximate = previous.Approximate || approximate,
            Unit = unit,
            Second = written,
            Counted = counted,
        };
        return true;
    }

    /// <summary>
    /// "revised up by 16,000 to 167,000", "rose by 0.2 to 4.5 percent": a change is small beside the level it reaches, while
    /// the two ends of a range of changes ("rose by 2 to 3 percent") stay close; five times apart reads as change and level.
    /// </summary>
    private static bool LevelAfterChange(double change, double level) => change > 0 && level > 5 * change;

    /// <summary>A verb of change a few words before <paramref name="at"/> in the same sentence: "est passé de", "revised down by 72,000, from".</summary>
    private bool ChangeVerbBefore(int at)
    {
        for (var k = at; k > 0 && k >= at - 6; k--)
        {
            if (lexicon.ChangeVerbs.MatchBefore(tokens, k, out _, out _))
            {
                return true;
            }

            if (tokens[k - 1].Kind == TokenKind.Symbol && text[tokens[k - 1].Start] is '.' or '!' or '?' or ';' or ':')
            {
                return false;
            }
        }

        return false;
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
            || !NumberReader.Read(text, tokens, next, lexicon, false, out var other) || other.Glued || other.Words)
        {
            return false;
        }

        error = Math.Abs(other.Value);
        end = other.End;
        return true;
    }

    /// <summary>"égal à 5000 ou moins": the equality phrase belongs to the bound's span.</summary>
    private int EqualStart(int start) => lexicon.Equal.MatchBefore(tokens, start, out _, out var equalStart) ? equalStart : start;

    private bool IsRankAt(int at) =>
        at + 1 < tokens.Count && lexicon.Denominators.Contains(tokens[at + 1].Id) && NumberReader.ReadRank(tokens, at, lexicon, out _);

    /// <summary>
    /// "between the tenth and …", "higher than the tenth": a rank after a range opener or a bound; before a unit it is the
    /// unit's ordinal ("jusqu'à la troisième semaine", "until the second week"), a date, not a quantity.
    /// </summary>
    private bool IsBoundedRank(int at) =>
        IsRankAt(at) && (lexicon.RangeStarts.MatchBefore(tokens, at, out _, out _) || lexicon.AtLeast.MatchBefore(tokens, at, out _, out _)
            || lexicon.AtMost.MatchBefore(tokens, at, out _, out _))
        && !lexicon.Units.Match(tokens, at + 2, out _, out _) && !NounFollows(at + 2);

    private bool StartsBound(int token) =>
        lexicon.AtLeast.Match(tokens, token, out _, out _) || lexicon.AtMost.Match(tokens, token, out _, out _);
}
