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
    public int Digits;
}

/// <summary>Reads one number, in digits or words, at a token: grouping, decimals, scale words and abbreviations, halves.</summary>
internal static class NumberReader
{
    public static bool Read(string text, List<Token> tokens, int at, FigureLexicon lexicon, bool currencyBefore, out NumberMatch match)
    {
        var token = tokens[at];
        if (token.Kind == TokenKind.Number)
        {
            ReadDigits(text, tokens, at, lexicon, currencyBefore, out match);
            return true;
        }

        return ReadWords(tokens, at, lexicon, out match);
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
        while (j < n)
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

            if (g.Kind == TokenKind.Symbol && g.Adjacent && text[g.Start] == lexicon.GroupSeparator && groupSpace == '\0'
                && j + 1 < n && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Adjacent && tokens[j + 1].Length == 3
                && firstLength <= 3
                && !(j + 2 < n && tokens[j + 2].Kind == TokenKind.Number && tokens[j + 2].Adjacent))
            {
                value = (value * 1000) + ParseDigits(text, tokens[j + 1]);
                grouped = true;
                j += 2;
                continue;
            }

            break;
        }

        if (j + 1 < n && tokens[j].Kind == TokenKind.Symbol && tokens[j].Adjacent
            && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Adjacent)
        {
            var c = text[tokens[j].Start];
            if (c == lexicon.DecimalSeparator || (c == lexicon.LooseDecimalSeparator && !grouped))
            {
                var fraction = tokens[j + 1];
                var scale = 1.0;
                double digits = 0;
                for (var k = fraction.Start; k < fraction.End; k++)
                {
                    digits = (digits * 10) + (text[k] - '0');
                    scale *= 10;
                }

                value += digits / scale;
                match.Decimal = true;
                j += 2;
            }
        }

        match.Grouped = grouped;
        match.Digits = firstLength;

        if (j < n && tokens[j].Kind == TokenKind.Word && tokens[j].Adjacent)
        {
            var glued = text.AsSpan(tokens[j].Start, tokens[j].Length);
            var found = false;
            foreach (var suffix in lexicon.SuffixScales)
            {
                if ((!suffix.CurrencyOnly || currencyBefore) && glued.SequenceEqual(suffix.Text))
                {
                    value *= suffix.Value;
                    match.Scaled = true;
                    match.LastScale = suffix.Value;
                    found = true;
                    j++;
                    break;
                }
            }

            if (!found && !lexicon.Units.Contains(tokens[j].Id))
            {
                match.Glued = true;
            }
        }

        ReadScaleWords(tokens, ref j, lexicon, ref value, ref match);
        match.Value = value;
        match.End = j;
    }

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

            if (k < n && lexicon.Numbers.Match(tokens, k, out var word, out var end) && word.Kind == NumberWordKind.Scale
                && (!match.Scaled || word.Value > match.LastScale))
            {
                value *= word.Value;
                match.Scaled = true;
                match.LastScale = word.Value;
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

    private static bool ReadWords(List<Token> tokens, int at, FigureLexicon lexicon, out NumberMatch match)
    {
        match = default;
        match.First = at;
        match.Words = true;
        var n = tokens.Count;
        double total = 0;
        double current = 0;
        double lastScale = 0;
        var any = false;
        var pos = at;
        var end = at;
        var tokensUsed = 0;
        var weakStart = false;
        while (pos < n)
        {
            var p = pos;
            if (any)
            {
                if (lexicon.Connectors.Match(tokens, p, out _, out var afterConnector))
                {
                    if (lexicon.Halves.Match(tokens, afterConnector, out _, out var afterHalf))
                    {
                        if (current == 0 && lastScale > 0)
                        {
                            total += lastScale / 2;
                        }
                        else
                        {
                            current += 0.5;
                        }

                        end = afterHalf;
                        tokensUsed++;
                        break;
                    }

                    p = afterConnector;
                }
                else if (tokens[p].Id == lexicon.Vocabulary.HyphenId && tokens[p].Adjacent && p + 1 < n && tokens[p + 1].Adjacent)
                {
                    p++;
                }
            }

            if ((!any || (weakStart && tokensUsed == 1)) && lexicon.Halves.Match(tokens, p, out _, out var halfEnd)
                && halfEnd < n && lexicon.Numbers.Match(tokens, lexicon.Numbers.Next(tokens, halfEnd - 1), out var halfScale, out var halfScaleEnd)
                && halfScale.Kind == NumberWordKind.Scale)
            {
                // "un demi-million", "half a million" reads as 0.5 × scale.
                total += halfScale.Value / 2;
                current = 0;
                lastScale = halfScale.Value;
                any = true;
                weakStart = false;
                tokensUsed += 2;
                pos = halfScaleEnd;
                end = halfScaleEnd;
                continue;
            }

            if (!lexicon.Numbers.Match(tokens, p, out var word, out var wordEnd))
            {
                break;
            }

            switch (word.Kind)
            {
                case NumberWordKind.Unit:
                    if (!any)
                    {
                        current = word.Value;
                        weakStart = lexicon.Weak.Match(tokens, p, out _, out var weakEnd) && weakEnd == wordEnd;
                    }
                    else if (CanAdd(current, word.Value))
                    {
                        current += word.Value;
                    }
                    else
                    {
                        goto done;
                    }

                    break;
                case NumberWordKind.Hundred:
                    if (current >= 100)
                    {
                        goto done;
                    }

                    current = (current == 0 ? 1 : current) * word.Value;
                    break;
                default:
                    if (lastScale > 0 && word.Value >= lastScale)
                    {
                        total = (total + current) * word.Value;
                    }
                    else
                    {
                        total += (current == 0 ? 1 : current) * word.Value;
                    }

                    current = 0;
                    lastScale = word.Value;
                    break;
            }

            any = true;
            tokensUsed++;
            pos = wordEnd;
            end = wordEnd;
        }

    done:
        if (!any)
        {
            return false;
        }

        match.Value = total + current;
        match.End = end;
        match.Scaled = lastScale > 0;
        match.LastScale = lastScale;
        match.Weak = weakStart && tokensUsed == 1;
        if (!match.Scaled && match.End < n)
        {
            var j = match.End;
            var value = match.Value;
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

    /// <summary>Whether a spelled-out unit word continues the number so far ("vingt" + "quatre", "soixante" + "dix").</summary>
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

        return rest is 60 or 80 && value is >= 10 and < 20;
    }
}
