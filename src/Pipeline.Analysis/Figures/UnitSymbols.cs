using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// Unit symbols composed into products, powers and quotients ("J/m^2", "Js", "cds", "s-1", "fb−1"). A symbol on its
/// own is never read here: "s", "J" or "cd" alone after a number is too often something else ("the 1990s", "CDs"), so
/// only a compound that no ordinary word spells counts. Symbols are matched with their case, as SI writes them:
/// "S-1" (a filing, a missile) is not "s-1".
/// </summary>
internal sealed class UnitSymbols(IReadOnlyCollection<string> symbols)
{
    // Looked up by span, so trying each length of a word's prefix allocates nothing until a symbol is found.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known =
        new HashSet<string>(symbols, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly int longest = symbols.Count == 0 ? 0 : symbols.Max(s => s.Length);

    public bool IsEmpty => known.Set.Count == 0;

    /// <summary>Whether a word glued to a number is a product of symbols ("1cds"), so the number is a measure, not an identifier.</summary>
    public bool IsProduct(ReadOnlySpan<char> word) => Split(word) is { Count: >= 2 };

    /// <summary>A compound of symbols starting at token <paramref name="at"/>, named by its symbols ("J·s", "s-1", "J per m2").</summary>
    public bool Read(string text, List<Token> tokens, int at, out UnitSense sense, out int end)
    {
        sense = null!;
        end = at;
        if (known.Set.Count == 0 || !ReadTerm(text, tokens, at, out var numerator, out var next, out var powered))
        {
            return false;
        }

        var parts = numerator.Count;
        var name = string.Join("·", numerator);
        while (next + 1 < tokens.Count && tokens[next].Adjacent && tokens[next].Kind == TokenKind.Symbol && text[tokens[next].Start] == '/'
            && tokens[next + 1].Adjacent && ReadTerm(text, tokens, next + 1, out var denominator, out var afterDenominator, out _))
        {
            parts += denominator.Count;
            name += " per " + string.Join("·", denominator);
            next = afterDenominator;
        }

        if ((parts < 2 && !powered) || (next < tokens.Count && tokens[next].Adjacent && tokens[next].Kind is TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        sense = new UnitSense(name, FigureCategory.Dimension, false);
        end = next;
        return true;
    }

    /// <summary>One word of symbols and the power after its last one: "m^2", "s-1", "fb−1", "cm³".</summary>
    private bool ReadTerm(string text, List<Token> tokens, int at, out List<string> parts, out int end, out bool powered)
    {
        end = at;
        powered = false;
        parts = null!;
        if (at >= tokens.Count || tokens[at].Kind != TokenKind.Word || Split(text.AsSpan(tokens[at].Start, tokens[at].Length)) is not { } split)
        {
            return false;
        }

        parts = split;
        end = at + 1;
        if (Power(text, tokens, end, out var power, out var powerEnd))
        {
            parts[^1] += power;
            powered = true;
            end = powerEnd;
        }

        return true;
    }

    private static bool Power(string text, List<Token> tokens, int at, out string power, out int end)
    {
        power = "";
        end = at;
        var n = tokens.Count;
        if (at >= n || !tokens[at].Adjacent)
        {
            return false;
        }

        var c = text[tokens[at].Start];
        if (c is '²' or '³')
        {
            power = c == '²' ? "2" : "3";
            end = at + 1;
            return true;
        }

        var k = at;
        if (c == '^' && tokens[at].Kind == TokenKind.Symbol)
        {
            k++;
        }

        var inverse = k < n && tokens[k].Adjacent && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '-' or '−';
        if (inverse)
        {
            k++;
        }

        if (k >= n || !tokens[k].Adjacent || tokens[k].Kind != TokenKind.Number || tokens[k].Length != 1)
        {
            return false;
        }

        var digit = text[tokens[k].Start];
        if (inverse ? digit != '1' : digit is not ('2' or '3'))
        {
            return false;
        }

        power = inverse ? "-1" : digit.ToString();
        end = k + 1;
        return true;
    }

    /// <summary>
    /// The symbols a word is written with, longest first ("cds" = cd·s), or null. A product may not open with a lone
    /// lower-case letter: "ms", "mm" and "mg" are prefixed units, not metre products.
    /// </summary>
    private List<string>? Split(ReadOnlySpan<char> word)
    {
        var parts = new List<string>();
        if (!SplitFrom(word, parts))
        {
            return null;
        }

        return parts.Count >= 2 && parts[0].Length == 1 && char.IsLower(parts[0][0]) ? null : parts;
    }

    private bool SplitFrom(ReadOnlySpan<char> rest, List<string> parts)
    {
        if (rest.IsEmpty)
        {
            return parts.Count > 0;
        }

        for (var length = Math.Min(longest, rest.Length); length >= 1; length--)
        {
            if (!known.TryGetValue(rest[..length], out var symbol))
            {
                continue;
            }

            parts.Add(symbol);
            if (SplitFrom(rest[length..], parts))
            {
                return true;
            }

            parts.RemoveAt(parts.Count - 1);
        }

        return false;
    }
}
