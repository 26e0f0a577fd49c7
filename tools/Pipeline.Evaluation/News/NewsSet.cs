using System.Text.Json;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Ingest;

namespace Pipeline.Evaluation.News;

/// <summary>
/// Reads the real-news set (tools/news-set): a folder holding <c>&lt;id&gt;.txt</c> beside <c>&lt;id&gt;.gold.json</c>, or a
/// folder of such folders (<c>dev/</c>, <c>test/</c>), each folder's name being its split. A gold file whose article text
/// is absent is skipped and named: press texts that may not be committed (tools/news-set-press) exist only where someone
/// rebuilt them, and the rest of the set is still scored.
/// </summary>
public static class NewsSet
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    /// <summary>
    /// Every article with its gold file, and the gold files skipped for want of their article text. A gold file whose
    /// spans are not the article's text at their offsets is refused.
    /// </summary>
    /// <exception cref="InvalidDataException">A gold file cannot be read, or does not fit its article.</exception>
    public static NewsSetContents Load(DirectoryInfo folder)
    {
        var splits = HasGold(folder)
            ? [folder]
            : folder.EnumerateDirectories().Where(HasGold).OrderBy(d => d.Name, StringComparer.Ordinal).ToArray();

        // The article is read exactly as `pipeline analyze` reads a file, so offsets and dates are the product's.
        var reader = new ArticleFileReader(Options.Create(new InboxOptions()));
        var golds = splits.SelectMany(split => split.EnumerateFiles("*.gold.json")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(gold => (Split: split.Name, Gold: gold, Article: ArticleOf(gold))))
            .ToList();
        return new NewsSetContents(
            [.. golds.Where(g => g.Article.Exists).Select(g => Read(reader, g.Split, g.Gold, g.Article))],
            [.. golds.Where(g => !g.Article.Exists).Select(g => $"{g.Split}/{g.Article.Name}")]);
    }

    private static FileInfo ArticleOf(FileInfo goldFile) => new(goldFile.FullName[..^".gold.json".Length] + ".txt");

    private static bool HasGold(DirectoryInfo folder) => folder.EnumerateFiles("*.gold.json").Any();

    private static NewsArticle Read(ArticleFileReader reader, string split, FileInfo goldFile, FileInfo articleFile)
    {
        GoldArticle gold;
        try
        {
            gold = JsonSerializer.Deserialize<GoldArticle>(File.ReadAllText(goldFile.FullName), Json)
                ?? throw new InvalidDataException($"{goldFile.FullName}: empty gold file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{goldFile.FullName}: {e.Message}", e);
        }

        var read = reader.Read(articleFile.Name, File.ReadAllBytes(articleFile.FullName));
        if (!read.IsAccepted)
        {
            throw new InvalidDataException($"{articleFile.FullName}: not accepted as an article: {read.RejectionReason}");
        }

        var text = read.Article.Text;
        foreach (var (span, start, end) in gold.Figures.Select(f => (f.Text, f.Start, f.End))
                     .Concat(gold.NonFigures.Select(n => (n.Text, n.Start, n.End))))
        {
            if (start < 0 || end > text.Length || start > end || text[start..end] != span)
            {
                throw new InvalidDataException(
                    $"{goldFile.FullName}: \"{span}\" is not the text at {start}..{end} (run tools/news-set/offsets.py on it)");
            }
        }

        return new NewsArticle(split, text, read.Article.Published, gold);
    }
}
