using System.Globalization;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A number read from tokens [First, End).</summary>
internal struct NumberMatch
{
    public int First;
    public int End;
    public double Value;
    public bool Words;
    public bool Weak;
    public bool Scaled;
    public double LastScale;
    public bool Grouped;
    public bool Decimal;
    public bool Glued;
    public bool Fraction;

    /// <summary>
    /// A fraction that says nothing alone: a noun ("moitié", "half"), a slash ("3/4", also a date or a name such as
    /// "9/11") or a numerator that is also an article ("un cinquième", "a third", which also begin "un cinquième
    /// mandat", "a third term"); the scan reads it only where its context makes it a quantity.
    /// </summary>
    public bool LoneFraction;

    /// <summary>A collective numeral ("une centaine", "un millier"), which states its value only roughly.</summary>
    public bool Approximate;

    /// <summary>
    /// "302,400" in French, "2.500" in English: the decimal mark before exactly three digits, which the other convention
    /// reads as a thousands group; the scan reads it so where the number counts people or things, never fractional.
    /// </summary>
    public bool ThousandsAlike;

    /// <summary>How many digits follow the decimal mark: the power of ten a thousands-alike count is multiplied by.</summary>
    public int GroupDigits;
    public int Digits;
    public int WordCount;
}

/// <summary>
/// Reads one number, in digits or words, at a token: grouping, decimals, scale words and abbreviations, halves,
/// collective numerals ("une centaine"), fractions ("trois cinquièmes", "3/4", "la moitié"), decimal words
/// ("virgule"), exponents ("1e10") and spaced abbreviations ("2,33 k"). Whether what it reads is a figure is the
/// scan's judgement.
/// </summary>
internal static class NumberReader
{
    /// <summary>Spelled-out words kept per nesting depth while a fraction may follow; reused, so reading allocates nothing.</summary>
    [ThreadStatic]
    private static List<SpokenWord>[]? spokenBuffers;

    public static bool Read(string text, List<Token> tokens, int at, FigureLexicon lexicon, bool currencyBefore, out NumberMatch match)
    {
        var token = tokens[at];
        if (token.Kind == TokenKind.Word && lexicon.ScaleFractions.Match(tokens, at, out var part, out var partEnd)
            && lexicon.Numbers.Match(tokens, HyphenGlued(text, tokens, partEnd), out var partScale, out var partScaleEnd) && partScale.Kind == NumberWordKind.Scale)
        {
            // "a quarter million", "three quarters billion", "a half-million": a fraction of the scale that follows.
            match = default;
            match.First = at;
            match.Words = true;
            match.Scaled = true;
            match.LastScale = partScale.Value;
            var scaled = part * partScale.Value;
            var j = partScaleEnd;
            ReadScaleWords(tokens, ref j, lexicon, ref scaled, ref match);
            match.Value = scaled;
            match.End = j;
            return true;
        }

        if (token.Kind == TokenKind.Word && at > 0 && lexicon.Numbers.Match(tokens, at, out var collective, out var collectiveEnd) && collective.Collective
            && lexicon.CollectiveArticles.MatchBefore(tokens, at, out _, out _) && lexicon.UnitLinks.Match(tokens, collectiveEnd, out _, out _))
        {
            // "la vingtaine de morts", "le millier de manifestants": a definite article makes one of the collective, as "une"
            // does; without "de" after it, "la quarantaine" is a quarantine.
            match = default;
            match.First = at;
            match.End = collectiveEnd;
            match.Value = collective.Value;
            match.Words = true;
            match.Scaled = true;
            match.LastScale = collective.Value;
            match.Approximate = true;
            match.WordCount = 1;
            return true;
        }

        if (token.Kind == TokenKind.Word && lexicon.FractionWords.Match(tokens, at, out var fractionValue, out var fractionEnd))
        {
            match = default;
            match.First = at;
            match.End = fractionEnd;
            match.Value = fractionValue;
            match.Words = true;
            match.Fraction = true;
            match.LoneFraction = true;
            return true;
        }

        if (token.Kind == TokenKind.Number)
        {
            ReadDigits(text, tokens, at, lexicon, currencyBefore, out match);
            return true;
        }

        return ReadWords(text, tokens, at, lexicon, out match);
    }

    /// <summary>
    /// "un sur trois", "one out of three", "2 in 5" after a number read up to <paramref name="at"/>: the whole must be
    /// larger, so "huit sur cinq" is two numbers, and no year ("1 in 2022").
    /// </summary>
    public static bool ReadProportion(string text, List<Token> tokens, int at, FigureLexicon lexicon, double value, out NumberMatch whole)
    {
        whole = default;
        var n = tokens.Count;
        return at < n && lexicon.Over.Match(tokens, at, out _, out var afterOver) && afterOver < n
            && (tokens[afterOver].Kind == TokenKind.Number || lexicon.Numbers.Contains(tokens[afterOver].Id))
            && Read(text, tokens, afterOver, lexicon, false, out whole) && !whole.Weak && !whole.Glued
            && whole.Value > value && !whole.Fraction && !(whole.Digits == 4 && whole.Value is >= 1500 and <= 2100);
    }

    /// <summary>
    /// "the tenth", "le quinzième": a rank read as its number where a bound or range asks for one. An ordinal that also
    /// names a part ("the quarter", "le quart de", "le tiers des") is left out.
    /// </summary>
    public static bool ReadRank(List<Token> tokens, int at, FigureLexicon lexicon, out NumberMatch match)
    {
        match = default;
        if (!lexicon.RankArticles.Match(tokens, at, out _, out var ordinalAt) || !lexicon.Denominators.Match(tokens, ordinalAt, out var rank, out var end)
            || rank < 3 || lexicon.ScaleFractions.Contains(tokens[ordinalAt].Id) || lexicon.FractionWords.Contains(tokens[ordinalAt].Id)
            || lexicon.ShareLinks.Match(tokens, end, out _, out _))
        {
            return false;
        }

        match.First = at;
        match.End = end;
        match.Value = rank;
        match.Words = true;
        return true;
    }

    private static double ParseDigits(string text, Token token)
    {
        double v = 0;
        for (var k = token.Start; k < token.End; k++)
        {
            v = (v * 10) + (text[k] - '0');
        }

        return v;
    }

    /// <summary>"1/4", "1⁄32", "3∕8": the solidus and the fraction and division slashes typesetters put between the two numbers.</summary>
    private static bool IsFractionSlash(string text, List<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].Kind == TokenKind.Symbol && text[tokens[j].Start] is '/' or '\u2044' or '\u2215';

    /// <summary>Past a hyphen glued on both sides at <paramref name="j"/> ("half-million"), else <paramref name="j"/>.</summary>
    private static int HyphenGlued(string text, List<Token> tokens, int j) =>
        j + 1 < tokens.Count && IsSymbol(text, tokens, j, '-') && tokens[j].Adjacent && tokens[j + 1].Adjacent ? j + 1 : j;

    private static bool IsGroupMark(char c, FigureLexicon lexicon) => c == lexicon.GroupSeparator || lexicon.QuoteGroupSeparators.Contains(c);

    private static bool IsSymbol(string text, List<Token> tokens, int j, char c) =>
        j < tokens.Count && tokens[j].Kind == TokenKind.Symbol && text[tokens[j].Start] == c;

    private static void ReadDigits(string text, List<Token> tokens, int at, FigureLexicon lexicon, bool currencyBefore, out NumberMatch match)
    {
        match = default;
        match.First = at;
        var first = tokens[at];
        var value = ParseDigits(text, first);
        var n = tokens.Count;
        var j = at + 1;
        var firstLength = first.Length;
        var grouped = false;
        var groupSpace = '\0';
        var groupMark = '\0';
        var decimalMark = lexicon.DecimalSeparator;
        var otherConvention = false;
        if (firstLength <= 2 && ReadIndianGroups(text, tokens, ref j, ref value))
        {
            otherConvention = true;
            decimalMark = '.';
        }
        else if (firstLength <= 3 && ReadMirroredGroups(text, tokens, ref j, lexicon, ref value))
        {
            otherConvention = true;
            match.Decimal = true;
        }

        grouped = otherConvention;
        while (j < n && !otherConvention)
        {
            var g = tokens[j];
            if (g.Kind == TokenKind.Number && g.Length == 3 && g.SpaceBefore && !g.LineStart && firstLength <= 3
                && g.Start - tokens[j - 1].End == 1 && TextFolding.IsGroupSpace(text[g.Start - 1])
                && (groupSpace == '\0' || groupSpace == text[g.Start - 1]))
            {
                groupSpace = text[g.Start - 1];
                value = (value * 1000) + ParseDigits(text, g);
                grouped = true;
                j++;
                continue;
            }

            if (g.Kind == TokenKind.Symbol && g.Adjacent && IsGroupMark(text[g.Start], lexicon) && groupSpace == '\0'
                && (groupMark == '\0' || groupMark == text[g.Start]) && j + 1 < n && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Adjacent && tokens[j + 1].Length == 3
                && firstLength <= 3
                && !(j + 2 < n && tokens[j + 2].Kind == TokenKind.Number && tokens[j + 2].Adjacent))
            {
                groupMark = text[g.Start];
                value = (value * 1000) + ParseDigits(text, tokens[j + 1]);
                grouped = true;
                j += 2;
                continue;
            }

            break;
        }

        // "192.168.1.2" is a dotted identifier, not a decimal.
        var dottedChain = (at >= 2 && tokens[at].Adjacent && tokens[at - 1].Kind == TokenKind.Symbol && tokens[at - 1].Adjacent
                && tokens[at - 2].Kind == TokenKind.Number && text[tokens[at - 1].Start] is '.' or ',')
            || (j + 3 < n && tokens[j + 2].Adjacent && tokens[j + 2].Kind == TokenKind.Symbol && text[tokens[j + 2].Start] == text[tokens[j].Start]
                && tokens[j + 3].Kind == TokenKind.Number && tokens[j + 3].Adjacent);
        if (!dottedChain && j + 1 < n && tokens[j].Kind == TokenKind.Symbol && tokens[j].Adjacent
            && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Adjacent)
        {
            var c = text[tokens[j].Start];
            // "Pendarovski - 19,19%" in English: a group mark with fewer than three digits after it groups nothing, and
            // before a percent sign it can only be a decimal comma.
            var foreignDecimal = c == lexicon.GroupSeparator && c != decimalMark && !grouped && tokens[j + 1].Length <= 2
                && j + 2 < n && tokens[j + 2].Kind == TokenKind.Symbol && text[tokens[j + 2].Start] == '%';
            if (!match.Decimal && (c == decimalMark || (c == lexicon.LooseDecimalSeparator && !grouped) || foreignDecimal))
            {
                var fraction = tokens[j + 1];
                var scale = 1.0;
                double digits = 0;
                for (var k = fraction.Start; k < fraction.End; k++)
                {
                    digits = (digits * 10) + (text[k] - '0');
                    scale *= 10;
                }

                // "5034.439 Ukrainiens": where the loose decimal mark is also the group mark, a count may group thousands
                // after any number of digits.
                // "7.834608 inscrits": six digits are two groups with one mark left out, never the decimals of a count.
                match.ThousandsAlike = !grouped && fraction.Length is 3 or 6 && value >= 1
                    && ((c == decimalMark && firstLength <= 3) || (c == lexicon.GroupSeparator && c == lexicon.LooseDecimalSeparator));
                value += digits / scale;
                match.GroupDigits = fraction.Length;
                match.Decimal = true;
                j += 2;
            }
        }

        // "7, 95% des voix": a decimal comma typed with a space after it, before the two decimals of a percentage (a list
        // of numbers would not put a percent sign on its second one alone).
        if (!dottedChain && !grouped && !match.Decimal && decimalMark == ',' && firstLength <= 2 && j + 2 < n && tokens[j].Kind == TokenKind.Symbol
            && tokens[j].Adjacent && text[tokens[j].Start] == ',' && tokens[j + 1].Kind == TokenKind.Number && !tokens[j + 1].Adjacent
            && tokens[j + 1].Length == 2 && tokens[j + 2].Kind == TokenKind.Symbol && text[tokens[j + 2].Start] == '%')
        {
            value += ((text[tokens[j + 1].Start] - '0') * 10 + (text[tokens[j + 1].Start + 1] - '0')) / 100.0;
            match.Decimal = true;
            j += 2;
        }

        match.Grouped = grouped;
        match.Digits = firstLength;
        if (!grouped && !match.Decimal)
        {
            match.LoneFraction = match.Fraction = ReadDigitFraction(text, tokens, ref j, ref value) && j - at == 3;
        }

        // "3½": a fraction sign glued to the digits.
        if (!grouped && !match.Decimal && j == at + 1 && j < n && tokens[j].Adjacent && tokens[j].Kind == TokenKind.Symbol
            && VulgarFractions.ValueOf(text[tokens[j].Start]) is { } glyph)
        {
            value += glyph;
            match.Decimal = true;
            j++;
        }

        if (!AddedTimeAt(text, tokens, j, value, grouped || match.Decimal))
        {
            value = ReadExponent(text, tokens, ref j, value);
        }

        if (j < n && tokens[j].Kind == TokenKind.Word && (tokens[j].Adjacent || NextIsNotWord(tokens, j)))
        {
            var glued = text.AsSpan(tokens[j].Start, tokens[j].Length);
            var found = false;
            foreach (var suffix in lexicon.SuffixScales)
            {
                if ((!suffix.CurrencyOnly || currencyBefore) && !(suffix.SeveralDigits && !currencyBefore && firstLength == 1 && !grouped && !match.Decimal && j == at + 1)
                    && glued.SequenceEqual(suffix.Text))
                {
                    value *= suffix.Value;
                    match.Scaled = true;
                    match.LastScale = suffix.Value;
                    found = true;
                    j++;
                    break;
                }
            }

            if (!found && tokens[j].Adjacent && !lexicon.Units.Contains(tokens[j].Id) && !lexicon.GluedUnits.Contains(tokens[j].Id) && !lexicon.UnitSymbols.IsProduct(glued)
                && !lexicon.ExactUnits.Contains(glued) && !(lexicon.Numbers.Match(tokens, j, out var gluedWord, out _) && gluedWord.Kind == NumberWordKind.Scale))
            {
                match.Glued = true;
            }
        }

        if (j < n && lexicon.Numbers.Match(tokens, j, out var hundred, out var hundredEnd) && hundred.Kind == NumberWordKind.Hundred)
        {
            // "322 cent", "3 hundred and 21".
            value *= hundred.Value;
            j = hundredEnd;
            var restAt = lexicon.Connectors.Match(tokens, j, out _, out var afterAnd) ? afterAnd : j;
            if (restAt < n && (tokens[restAt].Kind == TokenKind.Number || lexicon.Numbers.Contains(tokens[restAt].Id))
                && Read(text, tokens, restAt, lexicon, false, out var rest) && !rest.Scaled && rest.Value is > 0 and < 100 && !rest.Fraction)
            {
                value += rest.Value;
                j = rest.End;
            }
        }

        ReadScaleWords(tokens, ref j, lexicon, ref value, ref match);
        var lowerAt = j;
        if (match.Scaled && j < n && lexicon.Connectors.Match(tokens, j, out var allowedAfter, out var afterScaleAnd) && allowedAfter is null
            && afterScaleAnd < n && tokens[afterScaleAnd].Kind == TokenKind.Word && lexicon.Numbers.Contains(tokens[afterScaleAnd].Id))
        {
            // "6 crore and two hundred": a free connector may join the smaller group spelled out after the scale.
            lowerAt = afterScaleAnd;
        }

        if (match.Scaled && lowerAt < n && (tokens[lowerAt].Kind == TokenKind.Number || lowerAt > j)
            && Read(text, tokens, lowerAt, lexicon, false, out var lower) && lower.Value < match.LastScale && (!lower.Scaled || lower.LastScale < match.LastScale)
            && !lower.Fraction && lower.Value > 0 && lower.Value % 1 == 0)
        {
            // "4 mille 3 cents": a smaller group after a scale continues the number, and so does one with a smaller scale of
            // its own ("7 millions 371 mille 891").
            value += lower.Value;
            j = lower.End;
        }

        ReadTrailingFraction(text, tokens, ref j, lexicon, ref value, match.Scaled ? match.LastScale : 0, 0);

        match.Value = value;
        match.End = j;
    }

    /// <summary>"12,34,567.89": lakh and crore grouping, pairs of digits before the last three; the decimal mark is then a point.</summary>
    private static bool ReadIndianGroups(string text, List<Token> tokens, ref int j, ref double value)
    {
        var k = j;
        var v = value;
        var pairs = 0;
        while (IsDigitGroup(text, tokens, k, ',', 2))
        {
            v = (v * 100) + ParseDigits(text, tokens[k + 1]);
            k += 2;
            pairs++;
        }

        if (pairs == 0 || !IsDigitGroup(text, tokens, k, ',', 3) || IsDigitGroup(text, tokens, k + 2, ',', 0))
        {
            return false;
        }

        value = (v * 1000) + ParseDigits(text, tokens[k + 1]);
        j = k + 2;
        return true;
    }

    /// <summary>
    /// "1.111,11" in an English text, "1,111.11" in a French one: groups of three marked with the language's decimal
    /// sign, then its group sign before one or two digits, which only the other convention can read.
    /// </summary>
    private static bool ReadMirroredGroups(string text, List<Token> tokens, ref int j, FigureLexicon lexicon, ref double value)
    {
        var k = j;
        var v = value;
        var groups = 0;
        while (IsDigitGroup(text, tokens, k, lexicon.DecimalSeparator, 3))
        {
            v = (v * 1000) + ParseDigits(text, tokens[k + 1]);
            k += 2;
            groups++;
        }

        if (groups == 0 || !IsDigitGroup(text, tokens, k, lexicon.GroupSeparator, 0) || tokens[k + 1].Length > 2
            || IsDigitGroup(text, tokens, k + 2, lexicon.GroupSeparator, 0) || IsDigitGroup(text, tokens, k + 2, lexicon.DecimalSeparator, 0))
        {
            return false;
        }

        var fraction = tokens[k + 1];
        value = v + (ParseDigits(text, fraction) / Math.Pow(10, fraction.Length));
        j = k + 2;
        return true;
    }

    /// <summary>A separator glued to a run of digits (of <paramref name="length"/> digits, or any when zero).</summary>
    private static bool IsDigitGroup(string text, List<Token> tokens, int k, char separator, int length) =>
        k + 1 < tokens.Count && IsSymbol(text, tokens, k, separator) && tokens[k].Adjacent && tokens[k + 1].Kind == TokenKind.Number
        && tokens[k + 1].Adjacent && (length == 0 || tokens[k + 1].Length == length);

    /// <summary>
    /// "10 1/2 miles", "1/4 mile": a proper fraction with a small denominator; a longer slash chain
    /// ("3 17/05/2018") is a date.
    /// </summary>
    private static bool ReadDigitFraction(string text, List<Token> tokens, ref int j, ref double value)
    {
        var n = tokens.Count;
        var k = j;
        var mixed = k < n && tokens[k].Kind == TokenKind.Number && tokens[k].SpaceBefore && !tokens[k].LineStart;
        if (mixed)
        {
            k++;
        }
        else if (HyphenJoinsFraction(text, tokens, k))
        {
            // "more than 2-1/2 years", "1-1/2 inches": American news joins the whole to its fraction with a hyphen.
            mixed = true;
            k += 2;
        }
        else if (tokens[j - 1].Length > 2)
        {
            return false;
        }

        if (k + 1 >= n || !IsFractionSlash(text, tokens, k) || !tokens[k].Adjacent || tokens[k + 1].Kind != TokenKind.Number || !tokens[k + 1].Adjacent
            || (k + 2 < n && tokens[k + 2].Adjacent && tokens[k + 2].Kind != TokenKind.Word && !HyphenBeforeWord(text, tokens, k + 2)))
        {
            return false;
        }

        var numerator = mixed ? ParseDigits(text, tokens[k - 1]) : value;
        var denominator = ParseDigits(text, tokens[k + 1]);
        // A mixed number takes the small denominators of measures ("10 1/2 miles"); a fraction alone, which the scan reads only
        // before a unit or "of", may have two digits ("1/40 of the wavelength"). A typographic fraction slash ("1⁄128") is
        // written for fractions only, so it takes any denominator up to four digits.
        var typeset = text[tokens[k].Start] != '/';
        var longest = typeset ? 4 : 2;
        if (tokens[k + 1].Length > longest || denominator < 2 || (mixed && !typeset && denominator > 16) || numerator >= denominator || numerator == 0
            || tokens[k - 1].Length > longest)
        {
            return false;
        }

        value = mixed ? value + (numerator / denominator) : numerator / denominator;
        j = k + 2;
        return true;
    }

    /// <summary>"2-1/2": a hyphen glued between the whole at <paramref name="at"/> - 1 and a slashed fraction.</summary>
    private static bool HyphenJoinsFraction(string text, List<Token> tokens, int at) =>
        at + 2 < tokens.Count && IsSymbol(text, tokens, at, '-') && tokens[at].Adjacent && tokens[at + 1].Kind == TokenKind.Number && tokens[at + 1].Adjacent
        && IsFractionSlash(text, tokens, at + 2);

    /// <summary>"1-1/2-cent", "2 1/2-inch": a hyphen glued between a fraction and the unit it makes a compound of.</summary>
    private static bool HyphenBeforeWord(string text, List<Token> tokens, int at) =>
        at + 1 < tokens.Count && IsSymbol(text, tokens, at, '-') && tokens[at + 1].Adjacent && tokens[at + 1].Kind == TokenKind.Word;

    /// <summary>"2,33 k", "- 10  k": a spaced abbreviation stands alone, with nothing glued after it ("31 M1 Abrams" is a model).</summary>
    private static bool NextIsNotWord(List<Token> tokens, int j) =>
        tokens[j].Length <= 2 && (j + 1 >= tokens.Count || (tokens[j + 1].Kind == TokenKind.Symbol && !(tokens[j + 1].Adjacent && j + 2 < tokens.Count
            && tokens[j + 2].Adjacent && tokens[j + 2].Kind != TokenKind.Symbol)));

    /// <summary>
    /// "(2-2, 90e+3)": the minute closing a period of play, the French ordinal mark and the minutes added after it, which an
    /// exponent's "e+" would otherwise read as 90,000. An exponent scales what it counts ("90e+3 particles"), so a word after
    /// the added minutes keeps it one.
    /// </summary>
    private static bool AddedTimeAt(string text, List<Token> tokens, int j, double value, bool notWhole) =>
        !notWhole && MatchMinutes.ClosesPeriod(value) && j + 2 < tokens.Count && tokens[j].Adjacent && tokens[j].Kind == TokenKind.Word
        && text.AsSpan(tokens[j].Start, tokens[j].Length) is "e" && IsSymbol(text, tokens, j + 1, '+') && tokens[j + 1].Adjacent
        && tokens[j + 2].Adjacent && tokens[j + 2].Kind == TokenKind.Number && MatchMinutes.CanBeAdded(ParseDigits(text, tokens[j + 2]))
        && (j + 3 >= tokens.Count || tokens[j + 3].Kind != TokenKind.Word);

    /// <summary>"1e10", "12,32e+14", "1,1^23", "1.3x10^6", "2.48×10−5", "8x2^10"; "5x10" with no power sign is a size, not a number.</summary>
    private static double ReadExponent(string text, List<Token> tokens, ref int j, double value)
    {
        var n = tokens.Count;
        if (j >= n || !tokens[j].Adjacent)
        {
            return value;
        }

        var k = j;
        var power = false;
        var numberBase = 10.0;
        if (tokens[k].Kind == TokenKind.Word && text.AsSpan(tokens[k].Start, tokens[k].Length) is "e" or "E")
        {
            k++;
        }
        else if (IsTimes(text, tokens, k) && k + 2 < n && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Adjacent && tokens[k + 2].Adjacent
            && (IsSymbol(text, tokens, k + 2, '^') || (text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length) is "10" && IsSign(text, tokens, k + 2))))
        {
            numberBase = ParseDigits(text, tokens[k + 1]);
            k += IsSymbol(text, tokens, k + 2, '^') ? 3 : 2;
        }
        else if (IsSymbol(text, tokens, k, '^'))
        {
            power = true;
            k++;
        }
        else
        {
            return value;
        }

        var negative = false;
        while (k < n && tokens[k].Adjacent && IsSign(text, tokens, k))
        {
            negative ^= text[tokens[k].Start] != '+';
            k++;
        }

        if (k >= n || tokens[k].Kind != TokenKind.Number || !tokens[k].Adjacent)
        {
            return value;
        }

        var exponent = ParseDigits(text, tokens[k]) * (negative ? -1 : 1);
        j = k + 1;
        return power ? Math.Pow(value, exponent) : value * Math.Pow(numberBase, exponent);
    }

    private static bool IsTimes(string text, List<Token> tokens, int k) =>
        (tokens[k].Kind == TokenKind.Word && text.AsSpan(tokens[k].Start, tokens[k].Length) is "x") || IsSymbol(text, tokens, k, '×');

    /// <summary>A sign in an exponent, the typographic minus included.</summary>
    private static bool IsSign(string text, List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '+' or '-' or '−';

    /// <summary>Scale words after a number ("27,4 milliards", "deux autres millions"), then "et demi" / "and a half".</summary>
    private static void ReadScaleWords(List<Token> tokens, ref int j, FigureLexicon lexicon, ref double value, ref NumberMatch match)
    {
        var n = tokens.Count;
        while (j < n)
        {
            var k = j;
            if (lexicon.ScaleFillers.Match(tokens, k, out _, out var afterFiller))
            {
                k = afterFiller;
            }

            // "une dizaine de milliers": after a collective, "de" joins the larger scale it counts.
            if (match.Approximate && lexicon.VagueLinks.Match(tokens, k, out _, out var afterLink))
            {
                k = afterLink;
            }

            // "a couple of hundred": after a collective below a hundred, "hundred" scales it as "thousand" would.
            if (k < n && lexicon.Numbers.Match(tokens, k, out var word, out var end)
                && (word.Kind == NumberWordKind.Scale || (word.Kind == NumberWordKind.Hundred && match.Approximate && value < 100))
                && (!match.Scaled || word.Value > match.LastScale))
            {
                value *= word.Value;
                match.Scaled = true;
                match.LastScale = word.Value;
                match.Approximate |= word.Collective;
                j = end;
                continue;
            }

            break;
        }

        if (match.Scaled && j < n && lexicon.Connectors.Match(tokens, j, out _, out var afterConnector)
            && lexicon.Halves.Match(tokens, afterConnector, out _, out var afterHalf))
        {
            value += match.LastScale / 2;
            j = afterHalf;
        }
    }

    /// <summary>"cent et trois quarts", "cinq milliards et trois quarts", "three and a fifth": a whole part, a connector, a fraction.</summary>
    private static void ReadTrailingFraction(string text, List<Token> tokens, ref int j, FigureLexicon lexicon, ref double value, double lastScale, int depth)
    {
        if (depth > 1 || j >= tokens.Count || !lexicon.Connectors.Match(tokens, j, out _, out var after) || after >= tokens.Count)
        {
            return;
        }

        var token = tokens[after];
        if (token.Kind != TokenKind.Word || !lexicon.Numbers.Contains(token.Id))
        {
            return;
        }

        if (ReadWords(text, tokens, after, lexicon, out var fraction, depth + 1) && fraction.Fraction)
        {
            if (lastScale > 0 && SmallerScale(tokens, fraction.End, lexicon, lastScale, out var smaller, out var smallerEnd))
            {
                // "one billion and three quarters million": the fraction is of the smaller scale that follows it.
                value += fraction.Value * smaller;
                j = smallerEnd;
                return;
            }

            value += lastScale > 0 ? fraction.Value * lastScale : fraction.Value;
            j = fraction.End;
        }
    }

    /// <summary>A scale word below <paramref name="lastScale"/> at <paramref name="at"/>: "a half million" after "one billion and".</summary>
    private static bool SmallerScale(List<Token> tokens, int at, FigureLexicon lexicon, double lastScale, out double scale, out int end)
    {
        scale = 0;
        end = at;
        if (at >= tokens.Count || !lexicon.Numbers.Match(tokens, at, out var word, out end) || word.Kind != NumberWordKind.Scale || word.Value >= lastScale)
        {
            return false;
        }

        scale = word.Value;
        return true;
    }

    private static bool ReadWords(string text, List<Token> tokens, int at, FigureLexicon lexicon, out NumberMatch match, int depth = 0)
    {
        match = default;
        match.First = at;
        match.Words = true;
        var items = SpokenBuffer(depth);
        if (!ReadCardinal(tokens, at, lexicon, items, out var state))
        {
            return false;
        }

        var value = state.Total + state.Current;
        var end = state.End;
        var n = tokens.Count;
        match.Scaled = state.LastScale > 0;
        match.LastScale = state.LastScale;
        match.Weak = state.WeakStart && state.TokensUsed == 1;
        match.Approximate = state.Collective;
        match.WordCount = state.TokensUsed;
        var articleNumerator = match.Weak && !lexicon.CountingWeak.Contains(tokens[at].Id);

        if (items.Count > 0 && !state.EndedWithHalf)
        {
            var q = SkipHyphen(text, tokens, end);
            var viaConnector = false;
            if (q < n && !lexicon.Denominators.Contains(tokens[q].Id) && lexicon.Connectors.Match(tokens, q, out _, out var afterConnector)
                && (afterConnector = SkipHyphen(text, tokens, afterConnector)) < n && lexicon.Denominators.Match(tokens, afterConnector, out _, out _))
            {
                // "vingt et unième": the connector belongs to the denominator.
                viaConnector = true;
                q = afterConnector;
            }

            // "vingt-deuxième", "twenty-fifth": a tens word glued to an ordinal that extends it is one ordinal, not a fraction
            // ("deux-tiers" is two thirds).
            // "the next three quarters": a span of periods counted, not a share.
            if (q < n && lexicon.Denominators.Match(tokens, q, out var denominator, out var denominatorEnd)
                && !(q > end && items.Count == 1 && IsComposable(items[0].Word.Value, denominator))
                && !(lexicon.PeriodDenominators.Contains(tokens[q].Id) && lexicon.PeriodOpeners.MatchBefore(tokens, at, out _, out _)
                     && !(denominatorEnd < n && lexicon.ShareLinks.Match(tokens, denominatorEnd, out _, out _))))
            {
                var rankForm = lexicon.RankOrdinals.Match(tokens, q, out _, out var rankEnd) && rankEnd == denominatorEnd;
                var fraction = SplitFraction(items, denominator, viaConnector, lexicon.BareHundred, rankForm);
                if (!double.IsNaN(fraction))
                {
                    value = fraction;
                    end = denominatorEnd;
                    match.Fraction = true;
                    match.Weak = false;
                }
            }
            else if (q < n && tokens[q].Kind == TokenKind.Word && lexicon.Numbers.Contains(tokens[q].Id) && !lexicon.Connectors.Match(tokens, q, out _, out _))
            {
                // "un vingt-cinquième": a numerator, then a compound denominator.
                var more = SpokenBuffer(DenominatorBuffer);
                if (ReadCardinal(tokens, q, lexicon, more, out var denominatorState))
                {
                    var r = SkipHyphen(text, tokens, denominatorState.End);
                    if (r < n && lexicon.Connectors.Match(tokens, r, out _, out var afterAnd) && (afterAnd = SkipHyphen(text, tokens, afterAnd)) < n
                        && lexicon.Denominators.Contains(tokens[afterAnd].Id))
                    {
                        r = afterAnd;
                    }

                    if (r < n && lexicon.Denominators.Match(tokens, r, out var d2, out var d2End))
                    {
                        more.Add(new SpokenWord(new NumberWord(d2, NumberWordKind.Unit), false));
                        var denominatorValue = Evaluate(more, 0);
                        if (!double.IsNaN(denominatorValue) && denominatorValue > 0)
                        {
                            value /= denominatorValue;
                            end = d2End;
                            match.Fraction = true;
                            match.Weak = false;
                        }
                    }
                }
            }

            if (match.Fraction && end < n && lexicon.UnitLinks.Match(tokens, end, out _, out var afterOf))
            {
                // "deux tiers de million", "two thirds of a million".
                var k = afterOf < n && lexicon.Articles.Match(tokens, afterOf, out _, out var afterArticle) ? afterArticle : afterOf;
                if (k < n && lexicon.Numbers.Match(tokens, k, out var ofScale, out var ofScaleEnd) && ofScale.Kind == NumberWordKind.Scale)
                {
                    value *= ofScale.Value;
                    end = ofScaleEnd;
                    match.Scaled = true;
                    match.LastScale = ofScale.Value;
                }
            }

            if (!match.Fraction && end < n && lexicon.DecimalWords.Match(tokens, end, out _, out var afterPoint))
            {
                ReadDecimalWords(tokens, afterPoint, lexicon, ref value, ref end);
                match.Weak &= end == state.End;
            }

            if (!match.Fraction)
            {
                var beforeFraction = end;
                ReadTrailingFraction(text, tokens, ref end, lexicon, ref value, state.Current == 0 ? state.LastScale : 0, depth);

                // "un et un demi", "one and a fourth": a whole and its fraction are a number even when the whole is weak.
                match.Weak &= end == beforeFraction;
            }
        }

        // "un cinquième", "a third": the numerator is also an article, so the words may be an ordinal ("un cinquième mandat");
        // "one sixth" has a numeral.
        match.LoneFraction = match.Fraction && !match.Scaled && articleNumerator;
        match.Value = value;
        match.End = end;
        if ((!match.Scaled || state.Collective) && !match.Fraction && match.End < n)
        {
            var j = match.End;
            ReadScaleWords(tokens, ref j, lexicon, ref value, ref match);
            match.Value = value;
            match.End = j;
            if (match.Scaled)
            {
                match.Weak = false;
            }
        }

        return true;
    }

    private const int DenominatorBuffer = 3;

    private static List<SpokenWord> SpokenBuffer(int depth)
    {
        var buffers = spokenBuffers ??= [[], [], [], []];
        var list = buffers[depth];
        list.Clear();
        return list;
    }

    private static int SkipHyphen(string text, List<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].Kind == TokenKind.Symbol && text[tokens[j].Start] == '-' ? j + 1 : j;

    /// <summary>"deux cent virgule zéro trois" = 200.03: digits after the decimal word, zeros kept.</summary>
    private static void ReadDecimalWords(List<Token> tokens, int at, FigureLexicon lexicon, ref double value, ref int end)
    {
        var digits = new System.Text.StringBuilder();
        var j = at;
        while (j < tokens.Count && lexicon.Numbers.Match(tokens, j, out var word, out var wordEnd) && word.Kind == NumberWordKind.Unit && word.Value == 0)
        {
            digits.Append('0');
            j = wordEnd;
        }

        if (j < tokens.Count && ReadCardinal(tokens, j, lexicon, null, out var rest) && !double.IsNaN(rest.Total + rest.Current))
        {
            digits.Append(((long)(rest.Total + rest.Current)).ToString(CultureInfo.InvariantCulture));
            j = rest.End;
        }

        if (digits.Length == 0)
        {
            return;
        }

        value += double.Parse("0." + digits, CultureInfo.InvariantCulture);
        end = j;
    }

    /// <summary>
    /// "one hundred thirty fifths" = 100/35, "ninety-five hundred fifths" = 9500/5, "un vingt cinquième" = 1/25: walking
    /// back from the ordinal, the denominator keeps the words that compose with it ("thirty" + "fifth") and stops at one
    /// that cannot ("three fifths"), or at a hundreds word followed by a smaller group, which starts the numerator. A
    /// connector before the numerator ("twenty and three fifths") makes a mixed number when the numerator is the smaller.
    /// </summary>
    private static double SplitFraction(List<SpokenWord> items, double denominator, bool viaConnector, bool bareHundred, bool rankForm)
    {
        var words = Compounds(items);
        var ordinal = new SpokenWord(new NumberWord(denominator, denominator >= 1000 ? NumberWordKind.Scale : NumberWordKind.Unit), viaConnector);
        var split = DenominatorStart(words, ordinal, bareHundred);

        // "le deux millionième visiteur", "la cent vingt-cinquième édition", "le soixante et onzième": a fraction over one
        // takes the plural ("deux millionièmes"), so words over one that read on into a singular ordinal make one rank.
        if (rankForm && split > 0 && Evaluate(words, 0, split) > 1 && ReadsAsOneNumber(words, ordinal))
        {
            return double.NaN;
        }

        // "two and fifty-four hundredths": a connector right before the split is the fraction's own "and".
        if (split < words.Count && words[split].AfterConnector)
        {
            split = words.Count;
        }

        var tail = words.GetRange(split, words.Count - split);
        tail.Add(ordinal);
        var d = Evaluate(tail, 0);

        // "a first class seat": over one, an ordinal is a rank, not a fraction.
        if (double.IsNaN(d) || d <= 1)
        {
            return double.NaN;
        }

        for (var c = split - 1; c >= 1; c--)
        {
            if (words[c].AfterConnector)
            {
                var whole = Evaluate(words, 0, c);
                var numerator = Evaluate(words, c, split);
                if (!double.IsNaN(whole) && !double.IsNaN(numerator) && numerator < d)
                {
                    return whole + (numerator / d);
                }

                break;
            }
        }

        // "vingt-deuxième", "twenty-first": with no numerator left, the words are an ordinal.
        if (split == 0)
        {
            return double.NaN;
        }

        var all = Evaluate(words, 0, split);
        return double.IsNaN(all) ? double.NaN : all / d;
    }

    private static bool ReadsAsOneNumber(List<SpokenWord> words, SpokenWord ordinal)
    {
        // "deux centième": as a number word, the hundredth is a hundreds word ("deux cents").
        words.Add(ordinal.Word.Value == 100 ? ordinal with { Word = new NumberWord(100, NumberWordKind.Hundred) } : ordinal);
        var whole = Evaluate(words, 0);
        words.RemoveAt(words.Count - 1);
        return !double.IsNaN(whole);
    }

    private static int DenominatorStart(List<SpokenWord> words, SpokenWord ordinal, bool bareHundred)
    {
        const double Hundred = 100;
        var current = ordinal.Word.Value;
        var round = 1.0;
        for (var k = words.Count - 1; k >= 0; k--)
        {
            var previous = current;
            current = words[k].Word.Value;
            var beforeHundred = k + 1 < words.Count && words[k + 1].Word.Kind == NumberWordKind.Hundred;
            var composes = ((previous >= Hundred && previous > current) || (previous < Hundred && IsComposable(current, previous)))
                && !(bareHundred && current == 1 && beforeHundred);
            if (!composes || (previous < Hundred && current < round))
            {
                return k + 1;
            }

            if (previous < Hundred)
            {
                round = current;
            }

            if (k == 0)
            {
                // "one hundred thirty fifths": the first hundreds word followed by a smaller group closes the numerator.
                for (var s = 0; s < words.Count; s++)
                {
                    var next = s + 1 < words.Count ? words[s + 1] : ordinal;
                    if (words[s].Word.Value >= Hundred && !next.AfterConnector && next.Word.Value < Hundred)
                    {
                        return s + 1;
                    }
                }

                return words.Count;
            }
        }

        return words.Count;
    }

    /// <summary>Whether <paramref name="big"/> can take <paramref name="small"/> after it in one denominator ("thirty" + "fifth", "hundred" + "thirty").</summary>
    private static bool IsComposable(double big, double small)
    {
        var unit = small > 10 ? 100 : 10;
        return big % unit == 0 && big >= unit;
    }

    /// <summary>Joins a tens word and the unit after it ("fifty-four", "soixante-dix-sept") into one word, as a speaker hears them.</summary>
    private static List<SpokenWord> Compounds(List<SpokenWord> items)
    {
        var words = new List<SpokenWord>(items.Count);
        foreach (var item in items)
        {
            if (words.Count > 0 && item.Word.Kind == NumberWordKind.Unit && !item.AfterConnector && item.Word.Value > 0
                && words[^1].Word is { Kind: NumberWordKind.Unit, Value: >= 20 and < 100 } last && CanAdd(last.Value, item.Word.Value))
            {
                words[^1] = words[^1] with { Word = new NumberWord(last.Value + item.Word.Value, NumberWordKind.Unit) };
                continue;
            }

            words.Add(item);
        }

        return words;
    }

    private static double Evaluate(List<SpokenWord> items, int from, int to = -1)
    {
        if (to < 0)
        {
            to = items.Count;
        }

        double total = 0;
        double current = 0;
        double lastScale = 0;
        for (var k = from; k < to; k++)
        {
            var w = items[k].Word;
            switch (w.Kind)
            {
                case NumberWordKind.Unit:
                    if (k > from && !CanAdd(current, w.Value))
                    {
                        return double.NaN;
                    }

                    current += w.Value;
                    break;
                case NumberWordKind.Hundred:
                    if (current >= 100)
                    {
                        return double.NaN;
                    }

                    current = (current == 0 ? 1 : current) * w.Value;
                    break;
                default:
                    if (lastScale > 0 && w.Value >= lastScale)
                    {
                        total = (total + current) * w.Value;
                    }
                    else
                    {
                        total += (current == 0 ? 1 : current) * w.Value;
                    }

                    current = 0;
                    lastScale = w.Value;
                    break;
            }
        }

        return total + current;
    }

    /// <summary>A number word as read, and whether a connector ("and", "et") came before it.</summary>
    private readonly record struct SpokenWord(NumberWord Word, bool AfterConnector);

    private struct CardinalState
    {
        public double Total;
        public double Current;
        public double LastScale;
        public int End;
        public int TokensUsed;
        public bool WeakStart;
        public bool EndedWithHalf;
        public bool Collective;
    }

    private static bool ReadCardinal(List<Token> tokens, int at, FigureLexicon lexicon, List<SpokenWord>? items, out CardinalState state, bool peek = false)
    {
        state = default;
        state.End = at;
        var n = tokens.Count;
        var any = false;
        var pos = at;
        while (pos < n)
        {
            var p = pos;
            var joined = false;
            if (any)
            {
                if (state.Current == 0 && state.LastScale >= 1000 && lexicon.ScaleJoiners.Match(tokens, p, out _, out var afterComma)
                    && IsWholeGroupAfter(tokens, afterComma, lexicon, state.LastScale))
                {
                    // "three million, two hundred & forty": written out as digits are grouped, a comma joins the next group.
                    p = afterComma;
                    joined = true;
                }
                else if (lexicon.Connectors.Match(tokens, p, out var allowed, out var afterConnector))
                {
                    if (lexicon.Halves.Match(tokens, afterConnector, out _, out var afterHalf))
                    {
                        if (state.Current == 0 && state.LastScale > 0 && SmallerScale(tokens, afterHalf, lexicon, state.LastScale, out var halved, out var halvedEnd))
                        {
                            state.Total += halved / 2;
                            afterHalf = halvedEnd;
                        }
                        else if (state.Current == 0 && state.LastScale > 0)
                        {
                            state.Total += state.LastScale / 2;
                        }
                        else
                        {
                            state.Current += 0.5;
                        }

                        state.End = afterHalf;
                        state.TokensUsed++;
                        state.EndedWithHalf = true;
                        break;
                    }

                    // "six crore et deux cents": after a scale, a connector joins a whole group of hundreds below it, whatever words
                    // it otherwise allows ("vingt et un", not "vingt et trois").
                    if (afterConnector >= n || (allowed is not null && Array.IndexOf(allowed, tokens[afterConnector].Id) < 0
                        && !(state.Current == 0 && state.LastScale >= 1000 && IsWholeGroupAfter(tokens, afterConnector, lexicon, state.LastScale))))
                    {
                        break;
                    }

                    // "five billion and three quarters": after a scale, a fraction following "and" is a fraction of the scale.
                    if (items is not null && !peek && state.Current == 0 && state.LastScale > 0
                        && ReadCardinal(tokens, afterConnector, lexicon, null, out var ahead, peek: true)
                        && ahead.End < n && lexicon.Denominators.Contains(tokens[ahead.End].Id))
                    {
                        break;
                    }

                    p = afterConnector;

                    // A connector allowed only before some words ("vingt et un") is spelling inside a compound; a free one
                    // ("and") joins two groups, which a fraction may read as whole and numerator.
                    joined = allowed is null;
                }
                else if (tokens[p].Id == lexicon.Vocabulary.HyphenId && p + 1 < n
                    && ((tokens[p].Adjacent && tokens[p + 1].Adjacent) || (items is not null && IsSpacedCompound(tokens, p + 1, lexicon, state.Current))))
                {
                    p++;
                }
            }

            if ((!any || (state.WeakStart && state.TokensUsed == 1)) && lexicon.Halves.Match(tokens, p, out _, out var halfEnd)
                && halfEnd < n && lexicon.Numbers.Match(tokens, lexicon.Numbers.Next(tokens, halfEnd - 1), out var halfScale, out var halfScaleEnd)
                && halfScale.Kind == NumberWordKind.Scale)
            {
                // "un demi-million", "half a million" reads as 0.5 × scale.
                state.Total += halfScale.Value / 2;
                state.Current = 0;
                state.LastScale = halfScale.Value;
                any = true;
                state.WeakStart = false;
                state.TokensUsed += 2;
                pos = halfScaleEnd;
                state.End = halfScaleEnd;
                items?.Clear();
                continue;
            }

            if (any && state.WeakStart && state.TokensUsed == 1 && lexicon.CollectiveAdjectives.Match(tokens, p, out _, out var adjectiveEnd)
                && lexicon.Numbers.Match(tokens, adjectiveEnd, out var graded, out _) && graded.Collective)
            {
                // "une petite centaine", "une bonne dizaine": an adjective that grades the collective stays in the figure.
                p = adjectiveEnd;
            }

            if (!lexicon.Numbers.Match(tokens, p, out var word, out var wordEnd) || ((word.Collective || word.AfterNumber) && !any))
            {
                // "une centaine": a collective needs a number before it ("en quarantaine" is a quarantine); so does "score"
                // ("four score", not "the final score").
                break;
            }

            state.Collective |= word.Collective;
            switch (word.Kind)
            {
                case NumberWordKind.Unit:
                    if (!any)
                    {
                        state.Current = word.Value;
                        state.WeakStart = lexicon.Weak.Match(tokens, p, out _, out var weakEnd) && weakEnd == wordEnd;
                    }
                    else if (state.Current == 0 && state.Total == 0)
                    {
                        // "three-nought-four": a zero starts no compound, so each digit is read alone.
                        goto done;
                    }
                    else if (CanAdd(state.Current, word.Value))
                    {
                        state.Current += word.Value;
                    }
                    else
                    {
                        goto done;
                    }

                    break;
                case NumberWordKind.Hundred:
                    if (state.Current >= 100)
                    {
                        goto done;
                    }

                    if (state.Current == 0 && state.LastScale is > 0 and < 100)
                    {
                        // "a couple hundred", "two dozen hundred": a scale below a hundred is multiplied, not added to.
                        state.Total *= word.Value;
                        state.LastScale *= word.Value;
                        break;
                    }

                    state.Current = (state.Current == 0 ? 1 : state.Current) * word.Value;
                    break;
                default:
                    var rest = state.Current % 100;
                    if (state.LastScale > 0 && word.Value >= state.LastScale)
                    {
                        state.Total = (state.Total + state.Current) * word.Value;
                    }
                    else if (state.LastScale > 0 && state.Current == 0 && items is { Count: > 0 } && items[^1].Word.Kind == NumberWordKind.Scale && !joined)
                    {
                        // "trois crore lakh": two scale words side by side multiply, as in "lakh crore".
                        state.Total *= word.Value;
                    }
                    else if (word.Value < 100 && state.Current > 100 && rest > 0)
                    {
                        // "three hundred and two dozens": a scale below a hundred counts only the tens and units before it.
                        state.Total += state.Current - rest + (rest * word.Value);
                    }
                    else
                    {
                        state.Total += (state.Current == 0 ? 1 : state.Current) * word.Value;
                    }

                    state.Current = 0;
                    state.LastScale = word.Value;
                    break;
            }

            items?.Add(new SpokenWord(word, joined));
            any = true;
            state.TokensUsed++;
            pos = wordEnd;
            state.End = wordEnd;
        }

    done:
        return any;
    }

    /// <summary>
    /// A group spelled out after a scale and its comma, of at least a hundred and below the scale ("two hundred &amp; forty"
    /// after "million"); a lone small word is the next item of a list ("a million, two years later").
    /// </summary>
    private static bool IsWholeGroupAfter(List<Token> tokens, int at, FigureLexicon lexicon, double scale) =>
        at < tokens.Count && tokens[at].Kind == TokenKind.Word && lexicon.Numbers.Contains(tokens[at].Id) && !lexicon.Weak.Match(tokens, at, out _, out _)
        && ReadCardinal(tokens, at, lexicon, null, out var group, peek: true) && group.Total + group.Current is var value && value >= 100 && value < scale
        && group.LastScale < scale;

    /// <summary>"fifty - two": spaced out, a hyphen still joins a tens word and a unit, which no range could pair.</summary>
    private static bool IsSpacedCompound(List<Token> tokens, int next, FigureLexicon lexicon, double current) =>
        current % 100 is >= 20 and < 100 && current % 10 == 0
        && lexicon.Numbers.Match(tokens, next, out var unit, out _) && unit is { Kind: NumberWordKind.Unit, Value: >= 1 and < 10 };

    /// <summary>Whether a spelled-out unit word continues the number so far ("vingt" + "quatre", "dix" + "sept", "soixante" + "dix").</summary>
    private static bool CanAdd(double current, double value)
    {
        if (current == 0)
        {
            return true;
        }

        var rest = current % 100;
        if (rest == 0)
        {
            return value < 100;
        }

        if (rest >= 20 && rest % 10 == 0 && value < 10)
        {
            return true;
        }

        if (rest == 10 && value is >= 7 and <= 9)
        {
            return true;
        }

        return rest is 60 or 80 && value is >= 10 and < 20;
    }
}
