using System.Globalization;
using System.Text;

namespace Pipeline.Evaluation.News;

/// <summary>
/// Names compared word by word: lower case, dots dropped ("U.S." is "us"), split on everything that is not a letter or a
/// digit ("l’USAID" is "l", "usaid"), articles and prepositions ignored.
/// </summary>
public static class NameTokens
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "and", "to", "in", "at",
        "le", "la", "les", "l", "un", "une", "de", "des", "du", "d", "et", "pour", "au", "aux", "à", "en",
    };

    public static IReadOnlyList<string> Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c != '.')
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && !Ignored.Contains(word.ToString()))
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }
    }

    /// <summary>The last word, which heads a name in both languages' usual order ("Antony Blinken", "the Election Commission of Pakistan" → "pakistan").</summary>
    public static string? Head(string? name) => Of(name) is [.., var last] ? last : null;
}
