using System.Globalization;
using System.Text;

namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// The text normalisation behind duplicate detection. Two republications of one story differ in ways a reader
/// does not see (composed or decomposed accents, non-breaking spaces, curly or straight, single or double quotes,
/// guillemets, French spacing before <c>: ; ! ?</c>, line breaks, capitals in a headline); these are removed so that
/// such copies compare equal.
/// </summary>
public static class DuplicateText
{
    /// <summary>A <see cref="SignatureLetterOf"/> answer: the character's letters can be known only from its sentence's NFKC form.</summary>
    internal const char NeedsComposing = '\uFFFF';

    /// <summary>What <see cref="LetterOfComposed"/> gives for the Latin scripts and their punctuation, read once.</summary>
    private static readonly char[] SignatureLetters = [.. Enumerable.Range(0, 0x2100).Select(c => LetterOfComposed((char)c))];

    /// <summary>
    /// Normalises <paramref name="text"/> for exact comparison: Unicode NFKC (ligatures, full-width forms,
    /// non-breaking spaces, "…" become their plain forms), lower case (invariant culture), every quotation mark of
    /// every style (straight or typographic, single or double, guillemets, low-9, corner brackets) unified to
    /// <c>"</c>, an apostrophe inside a word (<c>l’armée</c>, <c>don't</c>) to <c>'</c>, every dash and minus to <c>-</c>,
    /// zero-width characters and soft hyphens dropped, whitespace runs (line breaks too) collapsed to one space,
    /// no space on either side of a double quote (French puts spaces inside guillemets, English does not, and
    /// tokenised sources put them everywhere) nor before <c>: ; ! ?</c>, and no leading or trailing space.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = IsComposedAlready(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var output = new StringBuilder(composed.Length);
        var pendingSpace = false;
        var afterQuote = false;
        for (var i = 0; i < composed.Length; i++)
        {
            var raw = composed[i];
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
            if (c == '\'' && !InsideWord(composed, i))
            {
                // A single quote between words is a quotation mark ('oui', ‘imminent’): British and American, French
                // and English styles quote the same words, so it reads as the double quote they use instead.
                c = '"';
            }

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

    /// <summary>
    /// A hash of the letters and digits, in order, that <see cref="Normalize"/> gives for the span: texts that normalise
    /// alike have the same signature, so texts whose signatures differ need not be normalised to be told apart.
    /// </summary>
    internal static int LetterSignature(string text, int start, int length)
    {
        var composed = text.Substring(start, length).Normalize(NormalizationForm.FormKC);
        var hash = 0;
        foreach (var raw in composed)
        {
            var c = SignatureLetter(raw);
            if (c != '\0')
            {
                hash = Sign(hash, c);
            }
        }

        return hash;
    }

    /// <summary>The signature of a span so far, given the next letter <see cref="SignatureLetterOf"/> gave.</summary>
    internal static int Sign(int hash, char letter) => (hash ^ letter) * 16777619;

    /// <summary>
    /// The one letter or digit <see cref="Normalize"/> writes for <paramref name="raw"/> wherever it stands, '\0' when it
    /// writes none, or <see cref="NeedsComposing"/> when that depends on its neighbours (a combining accent, a Hangul
    /// jamo), when it writes several ("ĳ", "¼"), or beyond the table: a span with such a character is signed by
    /// <see cref="LetterSignature"/>. Most characters of a text are signed from a table in one read.
    /// </summary>
    internal static char SignatureLetterOf(char raw) => raw < SignatureLetters.Length ? SignatureLetters[raw] : NeedsComposing;

    /// <summary>What <see cref="SignatureLetterOf"/> answers, worked out once per character from its NFKC form.</summary>
    private static char LetterOfComposed(char raw)
    {
        if (ComposesWithNeighbours(raw) || char.IsSurrogate(raw))
        {
            return NeedsComposing;
        }

        var letter = '\0';
        foreach (var c in raw.ToString().Normalize(NormalizationForm.FormKC))
        {
            if (ComposesWithNeighbours(c))
            {
                return NeedsComposing;
            }

            var written = SignatureLetter(c);
            if (written != '\0')
            {
                if (letter != '\0')
                {
                    return NeedsComposing;
                }

                letter = written;
            }
        }

        return letter;
    }

    /// <summary>
    /// Characters NFKC may join to, or reorder with, the character before them: combining marks, and the Hangul vowel and
    /// final jamo that compose into syllables.
    /// </summary>
    private static bool ComposesWithNeighbours(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark
        || c is >= '\u1100' and <= '\u11FF';

    /// <summary>The letter or digit <see cref="Normalize"/> writes for a character of composed text, or '\0' when it writes none.</summary>
    private static char SignatureLetter(char raw)
    {
        if (IsInvisible(raw) || char.IsWhiteSpace(raw))
        {
            return '\0';
        }

        // A quotation mark that Normalize writes instead of an apostrophe is no letter either.
        var c = char.ToLowerInvariant(Unify(raw));
        return char.IsLetterOrDigit(c) ? c : '\0';
    }

    /// <summary>
    /// Whether NFKC would change nothing <see cref="Normalize"/> reads in <paramref name="text"/>: every character is one
    /// NFKC never changes (Basic Latin, the Latin-1 letters and signs with no compatibility form, the dashes, curly quotes
    /// and euro sign of news typography) or a space it only makes plain (no-break, narrow, fixed-width), which Normalize
    /// reads as whitespace either way. Most sentences are made of these alone, and they need no call into ICU (which NFKC
    /// is on Linux): French puts a no-break space before every colon and percent sign.
    /// </summary>
    private static bool IsComposedAlready(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var keeps = c < '\u00A0'
                || (c <= '\u00FF' && c is not ('\u00A8' or '\u00AA' or '\u00AF' or '\u00B2' or '\u00B3' or '\u00B4'
                    or '\u00B5' or '\u00B8' or '\u00B9' or '\u00BA' or '\u00BC' or '\u00BD' or '\u00BE'))
                || c is (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F'
                || c is '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u201E' or '\u2022' or '\u20AC';
            if (!keeps)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>An apostrophe has a letter or digit on both sides ("l’armée", "rock'n'roll"); a quotation mark does not.</summary>
    private static bool InsideWord(string text, int i) =>
        i > 0 && i + 1 < text.Length && IsWordPart(text[i - 1]) && IsWordPart(text[i + 1]);

    private static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Single quotes and apostrophes to <c>'</c>, double and other quotation marks to <c>"</c>, dashes to <c>-</c>.</summary>
    private static char Unify(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2035' or '`' or '\u00B4' or '\u02BC' or '\u275B' or '\u275C' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u2036' or '«' or '»' or '‹' or '›' or '\u2E42'
            or '\u275D' or '\u275E' or '\u276E' or '\u276F' or '\u300C' or '\u300D' or '\u300E' or '\u300F'
            or '\u301D' or '\u301E' or '\u301F' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        _ => c,
    };
}
