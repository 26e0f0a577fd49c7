using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Analysis.Entities;

/// <summary>A word of the text, with its UTF-16 span and a folded form (lower case, no accents) for matching.</summary>
internal readonly record struct EntityToken(int Start, int End, string Text, string Folded)
{
    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>"Malyar", "Jean-Pierre", "McCain": an upper-case letter then at least one lower-case one.</summary>
    public bool IsTitleCase => Text.Length > 1 && char.IsUpper(Text[0]) && Text.Skip(1).Any(char.IsLower);

    public bool IsAllCaps => Text.Any(char.IsLetter) && !Text.Any(char.IsLower);
}

internal static partial class EntityTokens
{
    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Mn}\p{Nd}]*(?:[-‐‑][\p{L}\p{Nd}][\p{L}\p{Mn}\p{Nd}]*)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\S+@\S+\.\w+")]
    private static partial Regex Address();

    public static List<EntityToken> Tokenize(string text)
    {
        var addresses = Address().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var tokens = new List<EntityToken>();
        foreach (Match m in Word().Matches(text))
        {
            if (addresses.Any(a => m.Index >= a.Index && m.Index < a.End))
            {
                continue;
            }

            tokens.Add(new EntityToken(m.Index, m.Index + m.Length, m.Value, Fold(m.Value)));
        }

        return tokens;
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
