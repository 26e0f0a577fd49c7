namespace Pipeline.Analysis.Languages;

/// <summary>
/// The Cyrillic languages share most letters, but each lacks some the others use: Ukrainian writes і ї є ґ and never
/// ы э ъ ё; Russian the reverse; Serbian and Macedonian have ј љ њ and never й щ ы ь э ю я; Bulgarian never ы э ё;
/// Belarusian has ў and never и щ ъ. A guess whose alphabet lacks a letter the text uses is impossible, whatever the
/// n-grams say, so the next guess that fits is taken.
/// </summary>
internal static class CyrillicAlphabet
{
    private static readonly Dictionary<string, string> Foreign = new()
    {
        ["ru"] = "іїєґўјљњђћџѓќѕ",
        ["uk"] = "ыэъёўјљњђћџѓќѕ",
        ["be"] = "ищъїєґјљњђћџѓќѕ",
        ["bg"] = "ыэёіїєґўјљњђћџѓќѕ",
        ["sr"] = "йщыьэюяёъіїєґўѓќѕ",
        ["mk"] = "йщыьэюяёъіїєґўђћ",
    };

    public static bool Covers(string code) => Foreign.ContainsKey(code);

    /// <summary>False when the language is Cyrillic and the text uses a letter it never writes.</summary>
    public static bool Fits(string code, ReadOnlySpan<char> text) => !Excludes(code, text);

    /// <summary>True when the text uses a letter the language never writes.</summary>
    public static bool Excludes(string code, ReadOnlySpan<char> text)
    {
        if (!Foreign.TryGetValue(code, out var foreign))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c >= 'Ѐ' && c <= 'ӿ' && foreign.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of the ranked guesses whose alphabet fits the text; the first guess if none does.</summary>
    public static string Settle(string text, IEnumerable<string> ranked)
    {
        string? first = null;
        foreach (var code in ranked)
        {
            if (code == LanguageGuess.Undetermined)
            {
                continue;
            }

            first ??= code;
            if (!Covers(code) || !Excludes(code, text))
            {
                return code;
            }
        }

        return first ?? LanguageGuess.Undetermined;
    }

    /// <summary>Russian against Ukrainian when only those two are in question.</summary>
    public static string Settle(string text, string guess) =>
        guess switch
        {
            "ru" or "uk" or "bg" or "sr" or "mk" or "be" => Settle(text, [guess, "ru", "uk", "bg", "sr", "mk", "be"]),
            _ => guess,
        };
}
