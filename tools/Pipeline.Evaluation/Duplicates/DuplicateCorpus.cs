using System.Text;

namespace Pipeline.Evaluation.Duplicates;

/// <summary>
/// Builds the evaluation corpus from whatever the given folders hold: plain articles (<c>*.txt</c>, e.g. our seeds),
/// lingua-testdata sentences assembled into pseudo-articles per language, and Europeana French newspaper tokens
/// joined into documents. Deterministic for a seed.
/// </summary>
internal static class DuplicateCorpus
{
    private const int MinimumWords = 80;

    public static IReadOnlyList<CorpusArticle> Load(IEnumerable<string> folders, int seed)
    {
        var articles = new List<CorpusArticle>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                articles.Add(FromPlainText(Path.GetFileName(folder) + "/" + Path.GetFileName(file), File.ReadAllText(file)));
            }

            var sentences = Path.Combine(folder, "lingua-testdata", "sentences");
            if (Directory.Exists(sentences))
            {
                foreach (var file in Directory.GetFiles(sentences, "*.txt").Order(StringComparer.Ordinal))
                {
                    articles.AddRange(FromSentences(Path.GetFileNameWithoutExtension(file), File.ReadAllLines(file), seed));
                }
            }

            var europeana = Path.Combine(folder, "europeana-ner-fr", "enp_FR.bnf.bio");
            if (File.Exists(europeana))
            {
                articles.AddRange(FromTokens(File.ReadLines(europeana), seed));
            }
        }

        return articles.Where(a => a.WordCount >= MinimumWords).ToList();
    }

    private static CorpusArticle FromPlainText(string name, string text)
    {
        var paragraphs = text.Replace("\r\n", "\n").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return new CorpusArticle(name, "fr", paragraphs, ContentWords(paragraphs));
    }

    // 1,000 unrelated sentences per language: consecutive runs of 8 to 20 sentences, 2 to 4 per paragraph.
    private static IEnumerable<CorpusArticle> FromSentences(string language, string[] lines, int seed)
    {
        var random = new Random((seed * 31) + (language[0] << 8) + language[1]);
        var sentences = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var index = 0;
        var number = 0;
        while (index < sentences.Count)
        {
            var count = Math.Min(random.Next(8, 21), sentences.Count - index);
            var paragraphs = new List<string>();
            var taken = sentences.Skip(index).Take(count).ToList();
            for (var i = 0; i < taken.Count;)
            {
                var size = random.Next(2, 5);
                paragraphs.Add(string.Join(' ', taken.Skip(i).Take(size)));
                i += size;
            }

            index += count;
            yield return new CorpusArticle($"lingua/{language}/{number++}", language, paragraphs, ContentWords(paragraphs));
        }
    }

    // Europeana has no document boundaries: cut the token stream into documents of 150 to 500 words at a full stop;
    // its PER, LOC and ORG tokens are the document's topic words.
    private static IEnumerable<CorpusArticle> FromTokens(IEnumerable<string> lines, int seed)
    {
        var random = new Random(seed ^ 0x45555250);
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        var entities = new List<string>();
        var words = 0;
        var target = random.Next(150, 501);
        var number = 0;
        foreach (var line in lines)
        {
            var space = line.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var token = line[..space];
            if (line[(space + 1)..] != "O" && token.Length > 2 && char.IsLetter(token[0]))
            {
                entities.Add(token);
            }

            Append(paragraph, token);
            words++;
            if (token != ".")
            {
                continue;
            }

            if (paragraph.Length > 400 || random.Next(4) == 0)
            {
                paragraphs.Add(paragraph.ToString());
                paragraph.Clear();
            }

            if (words >= target)
            {
                if (paragraph.Length > 0)
                {
                    paragraphs.Add(paragraph.ToString());
                    paragraph.Clear();
                }

                yield return new CorpusArticle($"europeana/{number++}", "fr", paragraphs, entities.Distinct().ToList());
                paragraphs = [];
                entities = [];
                words = 0;
                target = random.Next(150, 501);
            }
        }
    }

    private static void Append(StringBuilder text, string token)
    {
        var glued = token is "." or "," or ";" or ":" or ")" or "!" or "?" || token.StartsWith('\'') || (text.Length > 0 && text[^1] is '(' or '\'' or '’');
        if (text.Length > 0 && !glued)
        {
            text.Append(' ');
        }

        text.Append(token);
    }

    // The most frequent words of seven letters or more stand in for the article's topic.
    private static IReadOnlyList<string> ContentWords(IEnumerable<string> paragraphs) =>
        paragraphs.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '«', '»', '(', ')'))
            .Where(w => w.Length >= 7)
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(12).Select(g => g.Key).ToList();
}
