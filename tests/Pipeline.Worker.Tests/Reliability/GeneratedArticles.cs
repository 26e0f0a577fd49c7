using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Worker.Ingest;
using Pipeline.Worker.Tests.Ingest;

namespace Pipeline.Worker.Tests.Reliability;

/// <summary>
/// Distinct French articles made from the seeds' sentences, drawn and ordered by a seeded random generator, each opened
/// by a sentence of its own, so that no two are duplicates (exact or near) and every run draws the same ones.
/// </summary>
internal static partial class GeneratedArticles
{
    private static readonly IReadOnlyList<string> Sentences = Directory.GetFiles(Seeds.Folder, "*.txt").Order()
        .SelectMany(f => SentenceEnd().Split(File.ReadAllText(f)))
        .Select(s => s.Trim())
        .Where(s => s.Length > 40 && !s.StartsWith('\u00A0') && !s.Contains('\n'))
        .Distinct()
        .ToList();

    /// <summary>The name (<c>article-000.txt</c>...) and bytes of <paramref name="count"/> articles.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Make(int count, int seed = 12)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var text = new StringBuilder()
                .Append($"Dépêche numéro {i} : le correspondant régional a transmis ce résumé le {1 + (i % 28)} février à {8 + (i % 12)} heures.")
                .AppendLine();
            foreach (var sentence in random.GetItems(Sentences.ToArray(), 8))
            {
                text.AppendLine().Append(sentence);
            }

            return ($"article-{i:000}.txt", Encoding.UTF8.GetBytes(text.ToString()));
        }).ToList();
    }

    /// <summary>Writes the articles into <paramref name="folder"/> and returns their ids as the inbox gives them.</summary>
    public static IReadOnlyDictionary<string, Guid> Drop(string folder, IReadOnlyList<(string Name, byte[] Bytes)> articles)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in articles)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return articles.ToDictionary(a => a.Name, a => ArticleIdentity.Of(a.Name, a.Bytes));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
