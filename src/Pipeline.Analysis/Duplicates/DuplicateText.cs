using System.Globalization;
using System.Text;

namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// The text normalisation behind duplicate detection. Two republications of one story differ in ways a reader
/// does not see (composed or decomposed accents, non-breaking spaces, curly or straight quotes, French spacing
/// before <c>: ; ! ?</c>, line breaks, capitals in a headline); these are removed so that such copies compare equal.
/// </summary>
public static class DuplicateText
{
    /// <summary>
    /// Normalises <paramref name="text"/> for exact comparison: Unicode NFKC (ligatures, full-width forms,
    /// non-breaking spaces, "…" become their plain forms), lower case (invariant culture), every quote and
    /// apostrophe unified to <c>'</c> or <c>"</c> (guillemets become <c>"</c>), every dash and minus to <c>-</c>,
    /// zero-width characters and soft hyphens dropped, whitespace runs (line breaks too) collapsed to one space,
    /// no space on either side of a double quote (French puts spaces inside guillemets, English does not, and
    /// tokenised sources put them everywhere) nor before <c>: ; ! ?</c>, and no leading or trailing space.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormKC);
        var output = new StringBuilder(composed.Length);
        var pendingSpace = false;
        var afterQuote = false;
        foreach (var raw in composed)
        {
            if (IsInvisible(raw))
            {
                continue;
            }

            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = output.Length > 0 && !afterQuote;
                continue;
            }

            var c = Unify(raw);
            // French typography puts a (narrow) no-break space before these; English does not.
            var hugsLeft = c is '"' or ':' or ';' or '!' or '?';
            if (pendingSpace && !hugsLeft)
            {
                output.Append(' ');
            }

            pendingSpace = false;
            output.Append(char.ToLowerInvariant(c));
            afterQuote = c == '"';
        }

        return output.ToString();
    }

    /// <summary>
    /// The words of <paramref name="text"/> as near-duplicate detection sees them: runs of letters and digits,
    /// lower case, without diacritics (so "Etats" and "États" match), after the same unification as
    /// <see cref="Normalize"/>. Punctuation and apostrophes separate words.
    /// </summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var word = new StringBuilder(16);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || IsInvisible(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static char Unify(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2035' or '`' or '\u00B4' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u2036' or '«' or '»' or '‹' or '›' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        _ => c,
    };
}
