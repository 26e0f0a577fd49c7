namespace Pipeline.Analysis.Text;

/// <summary>Folds words to the lookup form used by every lexicon: lower case, accents stripped, typographic apostrophe made plain.</summary>
internal static class TextFolding
{
    /// <summary>The lower case of every character up to the end of Latin Extended-B (U+024F), as the runtime gives it.</summary>
    private static readonly char[] LatinLower = LatinLowerTable();

    /// <summary>The folded form of the same characters, read from a table: folding is on every token's path.</summary>
    private static readonly char[] LatinFolded = LatinFoldedTable();

    public static char Fold(char c) => c < LatinFolded.Length ? LatinFolded[c] : Folded(c);

    private static char Folded(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            'à' or 'â' or 'ä' or 'á' or 'À' or 'Â' or 'Ä' or 'Á' => 'a',
            'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
            'î' or 'ï' or 'í' or 'Î' or 'Ï' or 'Í' => 'i',
            'ô' or 'ö' or 'ó' or 'Ô' or 'Ö' or 'Ó' => 'o',
            'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú' => 'u',
            'ç' or 'Ç' => 'c',
            'ÿ' or 'Ÿ' => 'y',
            'ñ' or 'Ñ' => 'n',
            '’' or '‘' or 'ʼ' or '`' => '\'',
            '–' or '—' or '‑' or '‐' => '-',
            '²' => '2',
            '³' => '3',
            // Latin-1 punctuation and spaces (nbsp, « », °), general punctuation (“ ” … narrow nbsp) and currency signs
            // have no case: folding them needs no call into the culture tables, and news is full of them.
            >= '\u00A0' and <= '\u00BF' or >= '\u2000' and <= '\u20CF' => c,
            _ => Lower(c),
        };
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, read from a table for the Latin letters: the runtime calls into the
    /// culture library for every letter outside ASCII, once per accented letter of every word looked up.
    /// </summary>
    public static char Lower(char c) => c < LatinLower.Length ? LatinLower[c] : char.ToLowerInvariant(c);

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>; returns the folded length.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var n = Math.Min(source.Length, destination.Length);
        for (var i = 0; i < n; i++)
        {
            destination[i] = Fold(source[i]);
        }

        return n;
    }

    public static string Fold(string source)
    {
        return string.Create(source.Length, source, static (span, s) => Fold(s, span));
    }

    /// <summary>Spaces that may group digits ("1 800", "1\u00A0800", "1\u202F800").</summary>
    public static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static char[] LatinFoldedTable()
    {
        var table = new char[LatinLower.Length];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = Folded((char)c);
        }

        return table;
    }

    private static char[] LatinLowerTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
