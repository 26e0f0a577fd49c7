namespace Pipeline.Analysis.Languages;

/// <summary>
/// Russian and Ukrainian share most of their alphabet, but each has letters the other lacks: Ukrainian і ї є ґ,
/// Russian ы э ъ ё. A text that uses only one side's letters is that language, whatever the n-grams say.
/// </summary>
internal static class CyrillicAlphabet
{
    public static string Settle(string text, string guess)
    {
        int ukrainian = 0, russian = 0, belarusian = 0;
        foreach (var c in text)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'і' or 'ї' or 'є' or 'ґ':
                    ukrainian++;
                    break;
                case 'ы' or 'э' or 'ъ' or 'ё':
                    russian++;
                    break;
                case 'ў':
                    belarusian++;
                    break;
            }
        }

        // Belarusian writes both і and ы, and alone ў: its texts are left to CLD2.
        if (belarusian > 0 || guess == "be")
        {
            return guess;
        }

        // Bulgarian writes ъ but never і ї є ґ.
        if (guess == "bg")
        {
            return ukrainian > 0 && russian == 0 ? "uk" : guess;
        }

        if (ukrainian > 0 && russian == 0)
        {
            return "uk";
        }

        if (russian > 0 && ukrainian == 0)
        {
            return "ru";
        }

        return guess;
    }
}
