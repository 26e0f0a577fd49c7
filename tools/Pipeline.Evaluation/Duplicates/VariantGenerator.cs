using System.Text;

namespace Pipeline.Evaluation.Duplicates;

/// <summary>What a generated variant did to its original; a variant may combine several.</summary>
[Flags]
internal enum VariantChange
{
    None = 0,
    MovedParagraph = 1,
    Boilerplate = 2,
    EditedWords = 4,
    Truncated = 8,
    Typography = 16,
}

/// <summary>A republication of an original article made by <see cref="VariantGenerator"/>.</summary>
internal sealed record Variant(string Text, VariantChange Changes, double EditRate, double KeptShare);

/// <summary>
/// Makes the copies that wire services and aggregators publish, seeded so that every run is the same:
/// a paragraph moved, a byline and a footer added, 5 to 20 % of the words edited (replaced, deleted, inserted
/// or misspelt), the end cut off (60 to 95 % of the words kept), and whitespace and typography changed.
/// It also makes same-topic articles that are not copies: a different article that quotes one sentence of
/// the original, carries the same footer, and uses the original's names and topic words.
/// </summary>
internal sealed class VariantGenerator(int seed, IReadOnlyDictionary<string, string[]> vocabularyByLanguage)
{
    public static readonly string[] Bylines =
    [
        "Par la rédaction avec AFP | Publié le 11/11/2024 à 08h15, mis à jour à 09h02",
        "By Staff Reporter | Updated November 11, 2024 8:15 AM",
        "Rédigé par Jean Dupont — 3 min de lecture",
        "(Reuters) -",
        "Source : Ukrinform via agences",
    ];

    public static readonly string[] Footers =
    [
        "For Latest Updates Follow us on Google News",
        "PREV Les flux de gaz russe vers l’Europe via l’Ukraine restent stables\nNEXT “Ils nous ont contrés alors que nous étions en mauvaise position”",
        "Lire aussi : Guerre en Ukraine, les dernières informations en direct",
        "© 2024 AFP. Tous droits réservés. Reproduction interdite.",
        "Share this article: Facebook Twitter WhatsApp Email",
        "Suivez toute l'actualité de la guerre en Ukraine sur notre chaîne Telegram.",
    ];

    private readonly Random random = new(seed);

    /// <summary>A near-duplicate of <paramref name="original"/> with at least one change.</summary>
    public Variant NearDuplicate(CorpusArticle original)
    {
        var changes = VariantChange.None;
        while (changes == VariantChange.None)
        {
            changes |= random.NextDouble() < 0.5 ? VariantChange.MovedParagraph : 0;
            changes |= random.NextDouble() < 0.6 ? VariantChange.Boilerplate : 0;
            changes |= random.NextDouble() < 0.7 ? VariantChange.EditedWords : 0;
            changes |= random.NextDouble() < 0.4 ? VariantChange.Truncated : 0;
            changes |= random.NextDouble() < 0.5 ? VariantChange.Typography : 0;
        }

        var paragraphs = original.Paragraphs.ToList();
        if (changes.HasFlag(VariantChange.MovedParagraph) && paragraphs.Count >= 2)
        {
            var from = random.Next(paragraphs.Count);
            var moved = paragraphs[from];
            paragraphs.RemoveAt(from);
            var to = random.Next(paragraphs.Count + 1);
            paragraphs.Insert(to == from ? (to + 1) % (paragraphs.Count + 1) : to, moved);
        }

        var editRate = 0.0;
        if (changes.HasFlag(VariantChange.EditedWords))
        {
            editRate = 0.05 + (random.NextDouble() * 0.15);
            paragraphs = paragraphs.Select(p => EditWords(p, editRate, original.Language)).Where(p => p.Length > 0).ToList();
        }

        var kept = 1.0;
        if (changes.HasFlag(VariantChange.Truncated))
        {
            kept = 0.6 + (random.NextDouble() * 0.35);
            paragraphs = Truncate(paragraphs, kept);
        }

        if (changes.HasFlag(VariantChange.Boilerplate))
        {
            if (random.Next(2) == 0)
            {
                paragraphs.Insert(0, Bylines[random.Next(Bylines.Length)]);
            }

            paragraphs.Add(Footers[random.Next(Footers.Length)]);
        }

        var text = string.Join("\n\n", paragraphs);
        if (changes.HasFlag(VariantChange.Typography))
        {
            text = Typography(text);
        }

        return new Variant(text, changes, editRate, kept);
    }

    /// <summary>
    /// <paramref name="other"/> rewritten to be on <paramref name="topic"/>'s subject without being a copy: one
    /// of the topic article's sentences quoted, the same footer as its republications, and one word in ten
    /// replaced by the topic article's names and topic words.
    /// </summary>
    public string SameTopic(CorpusArticle other, CorpusArticle topic)
    {
        var paragraphs = other.Paragraphs.ToList();
        if (topic.TopicWords.Count > 0)
        {
            paragraphs = paragraphs.Select(p => string.Join(' ', p.Split(' ').Select(w => random.NextDouble() < 0.1 ? topic.TopicWords[random.Next(topic.TopicWords.Count)] : w))).ToList();
        }

        var sentences = topic.Paragraphs.SelectMany(p => p.Split(". ")).Where(s => s.Split(' ').Length >= 6).ToList();
        if (sentences.Count > 0)
        {
            paragraphs.Insert(random.Next(paragraphs.Count + 1), "« " + sentences[random.Next(sentences.Count)].TrimEnd('.') + ". »");
        }

        paragraphs.Add(Footers[random.Next(Footers.Length)]);
        return string.Join("\n\n", paragraphs);
    }

    private string EditWords(string paragraph, double rate, string language)
    {
        var vocabulary = vocabularyByLanguage.TryGetValue(language, out var words) && words.Length > 0 ? words : ["mot"];
        var output = new List<string>();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (random.NextDouble() >= rate)
            {
                output.Add(word);
                continue;
            }

            switch (random.Next(4))
            {
                case 0:
                    output.Add(vocabulary[random.Next(vocabulary.Length)]);
                    break;
                case 1:
                    break; // deleted
                case 2:
                    output.Add(word);
                    output.Add(vocabulary[random.Next(vocabulary.Length)]);
                    break;
                default:
                    output.Add(Misspell(word));
                    break;
            }
        }

        return string.Join(' ', output);
    }

    private string Misspell(string word)
    {
        if (word.Length < 3)
        {
            return word + word[^1];
        }

        var chars = word.ToCharArray();
        var i = random.Next(chars.Length - 1);
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }

    // Aggregators cut at a paragraph or mid-paragraph after a share of the words, often with "…" or "Read more".
    private List<string> Truncate(List<string> paragraphs, double share)
    {
        var total = paragraphs.Sum(p => p.Split(' ').Length);
        var budget = (int)Math.Round(total * share);
        var kept = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var words = paragraph.Split(' ');
            if (words.Length <= budget)
            {
                kept.Add(paragraph);
                budget -= words.Length;
                continue;
            }

            if (budget > 0)
            {
                kept.Add(string.Join(' ', words.Take(budget)) + (random.Next(2) == 0 ? "…" : " [Read more]"));
            }

            break;
        }

        return kept;
    }

    private string Typography(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var curly = random.Next(2) == 0;
        var openQuote = true;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\'' when curly:
                    builder.Append('’');
                    break;
                case '’' when !curly:
                    builder.Append('\'');
                    break;
                case '"':
                    builder.Append(openQuote ? "«\u00A0" : "\u00A0»");
                    openQuote = !openQuote;
                    break;
                case ' ' when random.Next(40) == 0:
                    builder.Append("  ");
                    break;
                case '\n':
                    builder.Append(random.Next(2) == 0 ? "\r\n" : "\n");
                    break;
                case '-' when random.Next(2) == 0:
                    builder.Append('–');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString().Replace(" ?", "\u00A0?").Replace(" :", "\u202F:");
    }
}
