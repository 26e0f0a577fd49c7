namespace Pipeline.Worker.Ingest;

/// <summary>The file formats the inbox accepts, by extension, with the contract's format name.</summary>
public static class ArticleFormats
{
    private static readonly Dictionary<string, (string Format, Func<string, ParsedArticle> Parse)> ByExtension =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = ("txt", PlainTextFormat.Parse),
            [".md"] = ("md", MarkdownFormat.Parse),
            [".markdown"] = ("md", MarkdownFormat.Parse),
            [".html"] = ("html", HtmlFormat.Parse),
            [".htm"] = ("html", HtmlFormat.Parse),
            [".json"] = ("json", JsonFormat.Parse),
        };

    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    public static bool IsSupported(string fileName) => ByExtension.ContainsKey(Path.GetExtension(fileName));

    /// <summary>The format name and parser for <paramref name="fileName"/>; throws <see cref="ArticleRejectedException"/> for other extensions.</summary>
    public static (string Format, Func<string, ParsedArticle> Parse) For(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return ByExtension.TryGetValue(extension, out var format)
            ? format
            : throw new ArticleRejectedException(
                $"unsupported file type '{(extension.Length == 0 ? "(no extension)" : extension)}'; the inbox takes {string.Join(", ", ByExtension.Keys)}");
    }
}
