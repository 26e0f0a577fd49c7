using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Analysis.Entities;

/// <summary>
/// A word of the text, with its UTF-16 span, a folded form (lower case, no accents) for matching, and its plain lower
/// case for function words.
/// </summary>
internal readonly record struct EntityToken(int Start, int End, string Text, string Folded, string Lower)
{
    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>"Malyar", "Jean-Pierre", "McCain": an upper-case letter then at least one lower-case one.</summary>
    public bool IsTitleCase => Text.Length > 1 && char.IsUpper(Text[0]) && HasLowerCase(Text.AsSpan(1));

    public bool IsAllCaps
    {
        get
        {
            var letter = false;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letter |= char.IsLetter(c);
            }

            return letter;
        }
    }

    private static bool HasLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}

internal static partial class EntityTokens
{
    // An address never spans white space, and holds one of these: the regular expression only reads the runs of
    // non-space characters around them, rather than trying "\S+@" at every character of the text.
    [GeneratedRegex(@"(?:https?://|www\.)\S+|\S+@\S+\.\w+")]
    private static partial Regex Address();

    private static readonly SearchValues<string> AddressMarks = SearchValues.Create(["@", "://", "www."], StringComparison.Ordinal);

    // Each thread reads one text at a time; its token list (an article's is past the large-object threshold) and
    // word table are kept and refilled rather than allocated again for every article.
    private const int KeptTokens = 1 << 16;

    [ThreadStatic]
    private static EntityTokenList? tokensOfThread;

    [ThreadStatic]
    private static Dictionary<string, (string Text, string Folded, string Lower)>? formsOfThread;

    public static List<EntityToken> Tokenize(string text)
    {
        var tokens = new EntityTokenList();
        Tokenize(text, tokens, new(StringComparer.Ordinal));
        return [.. tokens.AsSpan()];
    }

    /// <summary>
    /// The tokens of a text in this thread's token list, valid until the thread tokenizes again: for one reading of
    /// one text at a time.
    /// </summary>
    public static EntityTokenList TokenizeInThreadBuffer(string text)
    {
        // A huge text's buffers are not kept: ordinary articles would never use the room.
        if (tokensOfThread?.Capacity > KeptTokens || formsOfThread?.Count > KeptTokens)
        {
            (tokensOfThread, formsOfThread) = (null, null);
        }

        var tokens = tokensOfThread ??= new EntityTokenList();
        var forms = formsOfThread ??= new(StringComparer.Ordinal);
        tokens.Clear();
        forms.Clear();
        Tokenize(text, tokens, forms);
        return tokens;
    }

    private static void Tokenize(string text, EntityTokenList tokens, Dictionary<string, (string Text, string Folded, string Lower)> forms)
    {
        var addresses = Addresses(text);

        // A word's strings are made once per text however often it recurs ("de", "la", a name): most of the cost
        // of reading an article was one string per token and its folded and lower-case copies.
        var formsOf = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var address = 0;
        for (var start = NextWord(text, 0, out var end); start >= 0; start = NextWord(text, end, out end))
        {
            // Both lists run in text order and addresses do not overlap, so one cursor finds the address a word is in.
            while (address < addresses.Count && addresses[address].End <= start)
            {
                address++;
            }

            if (address < addresses.Count && start >= addresses[address].Start)
            {
                continue;
            }

            var word = text.AsSpan(start, end - start);
            if (!formsOf.TryGetValue(word, out var form))
            {
                var surface = word.ToString();
                form = (surface, Fold(surface), surface.ToLowerInvariant());
                forms[surface] = form;
            }

            tokens.Add(new EntityToken(start, end, form.Text, form.Folded, form.Lower));
        }
    }

    /// <summary>
    /// The next word at or after <paramref name="from"/>: a letter or digit, then letters, digits and combining marks,
    /// with inner hyphens ("Jean-Pierre", "Su-34"); the same words as [\p{L}\p{Nd}][\p{L}\p{Mn}\p{Nd}]*
    /// (?:[-‐‑][\p{L}\p{Nd}][\p{L}\p{Mn}\p{Nd}]*)*, read without a regular expression. -1 when there is none.
    /// </summary>
    private static int NextWord(string text, int from, out int end)
    {
        var i = from;
        while (i < text.Length && !StartsWord(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            end = i;
            return -1;
        }

        var start = i;
        i = EndOfPart(text, i + 1);
        while (i + 1 < text.Length && text[i] is '-' or '‐' or '‑' && StartsWord(text[i + 1]))
        {
            i = EndOfPart(text, i + 2);
        }

        end = i;
        return start;
    }

    private static int EndOfPart(string text, int i)
    {
        while (i < text.Length && (StartsWord(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
        {
            i++;
        }

        return i;
    }

    private static bool StartsWord(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c >= '\u0080' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber);

    private static List<(int Start, int End)> Addresses(string text)
    {
        var addresses = new List<(int Start, int End)>();
        var from = 0;
        while (from < text.Length)
        {
            var mark = text.AsSpan(from).IndexOfAny(AddressMarks);
            if (mark < 0)
            {
                break;
            }

            var start = from + mark;
            while (start > from && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = from + mark;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            foreach (var m in Address().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                addresses.Add((start + m.Index, start + m.Index + m.Length));
            }

            from = end;
        }

        return addresses;
    }

    /// <summary>Lower case without accents, hyphens unified: "Choïgou" and "choigou" fold alike, as do "Etats" and "États".</summary>
    public static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c is '‐' or '‑' ? '-' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    public static string Slug(string name)
    {
        var folded = Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    /// <summary>True when the text between two tokens ends a sentence or a quotation, so no phrase runs across it.</summary>
    public static bool BreaksPhrase(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or ';' or ':' or '«' or '»' or '"' or '“' or '”' or '\n' or '(' or ')' or '–' or '—')
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasComma(string text, int from, int to) => text.AsSpan(from, to - from).Contains(',');
}
