using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.EndToEnd;

/// <summary>One generated article file.</summary>
/// <param name="FileName">Its name (no folder): <c>{prefix}-{index}-{lang}.txt</c>.</param>
/// <param name="Url">Its <c>url:</c> metadata line, unique, which <c>ClaimExtracted.ArticleUrl</c> carries back.</param>
/// <param name="Bytes">The file's content (UTF-8).</param>
public sealed record GeneratedArticle(string FileName, string Url, byte[] Bytes);

/// <summary>
/// Distinct French and English news articles of 4-6 KB built from <see cref="ArticleGrammar"/>, the same for a given
/// seed and index: each has a headline, a url and a date line, then paragraphs of sentences with figures,
/// attributions, quotes and named people, places and organisations, one of each being what the article is about.
/// </summary>
public sealed partial class ArticleCorpus(int seed)
{
    const int MinBytes = 4096;
    const int MaxTargetBytes = 5900;

    readonly ArticleGrammar[] _grammars = [ArticleGrammar.Load("fr"), ArticleGrammar.Load("en")];

    /// <summary>The article of number <paramref name="index"/> in set <paramref name="prefix"/>.</summary>
    public GeneratedArticle Article(string prefix, int index)
    {
        // One stream per article, so any subset of a set can be made again alone.
        var random = new Random(unchecked((seed * 1_000_003) + (StableHash(prefix) * 7_919) + index));
        var grammar = _grammars[random.Next(_grammars.Length)];
        var topic = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["person"] = grammar.Pick("person", random),
            ["place"] = grammar.Pick("place", random),
            ["org"] = grammar.Pick("org", random),
        };
        var name = $"{prefix}-{index.ToString("D6", CultureInfo.InvariantCulture)}-{grammar.Language}.txt";
        var url = $"https://bench.invalid/{prefix}/{index.ToString(CultureInfo.InvariantCulture)}";
        var published = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3650));

        var text = new StringBuilder();
        text.Append("title: ").Append(Capitalised(grammar.Expand("headline", random, topic))).Append('\n');
        text.Append("url: ").Append(url).Append('\n');
        text.Append("date: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
        var target = random.Next(MinBytes, MaxTargetBytes + 1);
        while (Encoding.UTF8.GetByteCount(text.ToString()) < target)
        {
            text.Append(SentenceStart().Replace(grammar.Expand("paragraph", random, topic), m => m.Value.ToUpperInvariant())).Append("\n\n");
        }

        return new GeneratedArticle(name, url, Encoding.UTF8.GetBytes(text.ToString().TrimEnd() + "\n"));
    }

    /// <summary>Writes articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 of a set into <paramref name="folder"/>.</summary>
    public IReadOnlyList<GeneratedArticle> Write(string folder, string prefix, int first, int count)
    {
        Directory.CreateDirectory(folder);
        var articles = new GeneratedArticle[count];
        Parallel.For(0, count, i =>
        {
            var article = Article(prefix, first + i);
            File.WriteAllBytes(Path.Combine(folder, article.FileName), article.Bytes);
            articles[i] = article;
        });
        return articles;
    }

    static string Capitalised(string sentence) =>
        sentence.Length > 0 && char.IsLower(sentence[0]) ? char.ToUpperInvariant(sentence[0]) + sentence[1..] : sentence;

    // A lower-case letter that starts the text or follows a sentence's end (a list entry may start a sentence).
    [GeneratedRegex(@"(?<=^|[.!?][""»]? )\p{Ll}")]
    private static partial Regex SentenceStart();

    // string.GetHashCode is randomised per process; the set must be the same in every run.
    static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
