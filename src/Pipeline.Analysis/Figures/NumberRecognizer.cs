using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>A number as a general recognizer sees it, with no judgement on whether an article would report it.</summary>
public sealed record RecognizedNumber(string Text, int Start, int End, double Value);

/// <summary>A bounded or half-open interval ("entre 20 et 30", "plus de 500"); a null bound is open.</summary>
public sealed record RecognizedRange(string Text, int Start, int End, double? Low, bool LowInclusive, double? High, bool HighInclusive);

/// <summary>A number with its unit ("75 millions de dollars", "17 km", "20 %"), the span starting at the number or currency sign.</summary>
/// <remarks>A rate ("$80 a barrel", unit "USD per barrel") also names its base quantity: the unit it is a rate of and where its text ends.</remarks>
public sealed record RecognizedQuantity(
    string Text,
    int Start,
    int End,
    double? Value,
    double? Low,
    double? High,
    string? Unit,
    FigureCategory Category,
    string? BaseUnit = null,
    int BaseEnd = 0);

/// <summary>
/// The layer beneath <see cref="FigureExtractor"/>, exposed for conformance suites such as Microsoft Recognizers-Text
/// and quantulum3: every number, range and quantity in a text, including those an article reader would skip.
/// </summary>
public sealed class NumberRecognizer
{
    public IReadOnlyList<RecognizedNumber> Numbers(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexicon = FigureLexicon.For(language ?? "");
        var result = new List<RecognizedNumber>();
        if (lexicon is null)
        {
            return result;
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, lexicon.Vocabulary, tokens);
        var n = tokens.Count;
        var i = 0;
        while (i < n)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol && VulgarFractions.ValueOf(text[token.Start]) is { } vulgar)
            {
                result.Add(new RecognizedNumber(text[token.Start..token.End], token.Start, token.End, vulgar));
                i++;
                continue;
            }

            // A one-word fraction noun ("moitié", "demi") is a number; "la moitié" leaves its article out.
            var isNumber = token.Kind == TokenKind.Number
                || (token.Kind == TokenKind.Word && (lexicon.Numbers.Contains(token.Id) || lexicon.ScaleFractions.Contains(token.Id)
                    || (lexicon.FractionWords.Match(tokens, i, out _, out var fractionEnd) && fractionEnd == i + 1)));
            if (!isNumber || !NumberReader.Read(text, tokens, i, lexicon, false, out var m, lenient: true))
            {
                i++;
                continue;
            }

            var end = m.End;
            var value = m.Value;
            var skip = m.Glued
                || (m.Weak && lexicon.Articles.Match(tokens, i, out _, out var articleEnd) && articleEnd == m.End)
                || (m.Weak && lexicon.PronounContext.MatchBefore(tokens, i, out _, out _))
                || (!m.Words && i > 0 && token.Adjacent && tokens[i - 1].Kind == TokenKind.Word)
                || (end < n && tokens[end].Kind == TokenKind.Word && tokens[end].Adjacent && !m.Scaled)
                || (end < n && lexicon.Months.Match(tokens, end, out _, out _));
            if (skip)
            {
                i = Math.Max(end, i + 1);
                continue;
            }

            // "+1-222-2222/2222": digits chained by hyphens are a phone number or a code, whatever follows them.
            var inDigitChain = i >= 2 && token.Adjacent && tokens[i - 1].Id == lexicon.Vocabulary.HyphenId && tokens[i - 2].Kind == TokenKind.Number;

            // "3/4", "2 1/4": fractions in digits, but not dates ("17/05/2018").
            if (!inDigitChain && !m.Words && !m.Scaled && end + 1 < n && tokens[end].Adjacent && text[tokens[end].Start] == '/'
                && tokens[end + 1].Kind == TokenKind.Number && tokens[end + 1].Adjacent && text[tokens[end + 1].Start] != '0'
                && !(end + 2 < n && tokens[end + 2].Adjacent && tokens[end + 2].Kind == TokenKind.Symbol))
            {
                var denominator = Parse(text, tokens[end + 1]);
                if (denominator > 0)
                {
                    value /= denominator;
                    end += 2;
                }
            }
            else if (!m.Words && !m.Scaled && !m.Decimal && end + 2 < n && tokens[end].Kind == TokenKind.Number && tokens[end].SpaceBefore
                && tokens[end + 1].Adjacent && text[tokens[end + 1].Start] == '/' && tokens[end + 2].Kind == TokenKind.Number && tokens[end + 2].Adjacent)
            {
                var denominator = Parse(text, tokens[end + 2]);
                if (denominator > 0)
                {
                    value += Parse(text, tokens[end]) / denominator;
                    end += 3;
                }
            }
            else if (NumberReader.ReadProportion(text, tokens, end, lexicon, value, out var proportion, out var proportionEnd))
            {
                value = proportion;
                end = proportionEnd;
            }

            var start = token.Start;
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] == '-'
                && (token.Adjacent || i == 1 || tokens[i - 2].Kind == TokenKind.Symbol)
                && (i == 1 || tokens[i - 1].SpaceBefore))
            {
                start = tokens[i - 1].Start;
                value = -value;
            }
            else if (i > 0 && !m.Words && token.Adjacent && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] == lexicon.DecimalSeparator
                && (i == 1 || tokens[i - 1].SpaceBefore) && !m.Grouped && !m.Decimal)
            {
                // ",08" / ".08": a decimal with no integer part.
                start = tokens[i - 1].Start;
                value /= Math.Pow(10, token.Length);
            }
            else if (lexicon.Negatives.MatchBefore(tokens, i, out _, out var negativeStart))
            {
                start = tokens[negativeStart].Start;
                value = -value;
            }

            var stop = tokens[end - 1].End;
            result.Add(new RecognizedNumber(text[start..stop], start, stop, value));
            i = end;
        }

        return result;
    }

    public IReadOnlyList<RecognizedRange> Ranges(string text, string language)
    {
        var findings = FigureExtractor.Find(text, language, lenient: true);
        var result = new List<RecognizedRange>();
        for (var k = 0; k < findings.Count; k++)
        {
            var f = findings[k];
            if ((f.Value is not null && !f.Equal) || f.Vague || (f.Low is null && f.High is null))
            {
                continue;
            }

            // A range is the words that bound it: "plus de trente", not "plus de trente ans"; "20 à 100", not "environ 20 à 100".
            var start = f.Approximate ? f.CoreStart : f.Start;
            var end = f.CoreEnd;
            double? low = f.Low;
            double? high = f.High;
            var lowInclusive = f.LowInclusive;
            var highInclusive = f.Equal || (f.Low is not null && f.High is not null ? false : f.HighInclusive);

            // "supérieur à 20 et inférieur à 35": two half-open bounds joined make one interval.
            if (k + 1 < findings.Count && (low is null) != (high is null))
            {
                var g = findings[k + 1];
                var gap = text.AsSpan(end, Math.Max(0, g.Start - end)).Trim();
                if (g.Value is null && !g.Vague && (g.Low is null) != (g.High is null) && (low is null) != (g.Low is null)
                    && g.Start - end < 8 && IsJoiner(gap) && (low ?? g.Low) < (high ?? g.High))
                {
                    low ??= g.Low;
                    high ??= g.High;
                    lowInclusive = f.Low is not null ? f.LowInclusive : g.LowInclusive;
                    highInclusive = f.High is not null ? f.HighInclusive : g.HighInclusive;
                    end = g.CoreEnd;
                    k++;
                }
            }

            result.Add(new RecognizedRange(text[start..end], start, end, low, lowInclusive, high, highInclusive));
        }

        return result;
    }

    private static bool IsJoiner(ReadOnlySpan<char> gap) =>
        gap.Length == 0 || gap is "," || gap.Equals("et", StringComparison.OrdinalIgnoreCase) || gap.Equals("and", StringComparison.OrdinalIgnoreCase)
        || gap.Equals("mais", StringComparison.OrdinalIgnoreCase) || gap.Equals("but", StringComparison.OrdinalIgnoreCase)
        || gap.Equals(", et", StringComparison.OrdinalIgnoreCase);

    /// <summary>Figures with their unit; with <paramref name="includeBare"/>, bare numbers and ranges too (unit null).</summary>
    public IReadOnlyList<RecognizedQuantity> Quantities(string text, string language, bool includeBare = false)
    {
        var findings = FigureExtractor.Find(text, language, lenient: true);
        var result = new List<RecognizedQuantity>();
        foreach (var f in findings)
        {
            if ((f.Unit is null && !includeBare) || f.Vague)
            {
                continue;
            }

            var value = f.Value ?? f.Low ?? f.High;
            result.Add(new RecognizedQuantity(
                text[f.CoreStart..f.End], f.CoreStart, f.End, value, f.Low, f.High, f.Unit?.Unit, f.Unit?.Category ?? FigureCategory.Count, f.Unit?.Base?.Unit, f.BaseEnd));
        }

        return result;
    }

    /// <summary>
    /// Currency names standing with no amount ("against the dollar", the second "dollar" of "50 dollar dollar"), with a
    /// null value: a currency recognizer such as Recognizers-Text reports them, but they are no figure, so the article
    /// reader never does. Signs ("$") and subunit-only words ("mao") are left out.
    /// </summary>
    public IReadOnlyList<RecognizedQuantity> CurrencyMentions(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<RecognizedQuantity>();
        var lexicon = FigureLexicon.For(language ?? "");
        if (lexicon is null)
        {
            return result;
        }

        var amounts = FigureExtractor.Find(text, language ?? "", lenient: true).Select(f => (f.Start, f.End)).ToList();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, lexicon.Vocabulary, tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Word
                || !(lexicon.Units.Match(tokens, i, out var sense, out var end) || lexicon.PrefixUnits.Match(tokens, i, out sense, out end))
                || sense.Category != FigureCategory.Money)
            {
                i++;
                continue;
            }

            var start = tokens[i].Start;
            var stop = tokens[end - 1].End;
            if (!amounts.Exists(a => a.Start < stop && start < a.End))
            {
                result.Add(new RecognizedQuantity(text[start..stop], start, stop, null, null, null, sense.Unit, FigureCategory.Money));
            }

            i = end;
        }

        return result;
    }

    private static double Parse(string text, Token token)
    {
        double v = 0;
        for (var k = token.Start; k < token.End; k++)
        {
            v = (v * 10) + (text[k] - '0');
        }

        return v;
    }
}
