namespace Pipeline.Worker.Ingest;

/// <summary>
/// <c>.txt</c>: the metadata header is taken off; the first line is the title when it reads like a headline
/// (at most <see cref="MaxTitleLength"/> characters, not ending like a sentence, followed by a blank line and more
/// text). The title line stays in the text: nothing the author wrote is lost, and offsets cover the headline too.
/// </summary>
public static class PlainTextFormat
{
    public const int MaxTitleLength = 150;

    public static ParsedArticle Parse(string text)
    {
        var (metadata, body) = MetadataHeader.Extract(text);
        return new ParsedArticle(body, metadata with { Title = metadata.Title ?? HeadlineOf(body) });
    }

    internal static string? HeadlineOf(string body)
    {
        var trimmed = body.TrimStart('\n');
        var end = trimmed.IndexOf("\n\n", StringComparison.Ordinal);
        if (end <= 0 || string.IsNullOrWhiteSpace(trimmed[end..]))
        {
            return null;
        }

        var line = trimmed[..end].Trim();
        return line.Length is > 0 and <= MaxTitleLength && !line.Contains('\n') && !EndsLikeSentence(line) ? line : null;
    }

    private static bool EndsLikeSentence(string line) => line[^1] is '.' or '!' or '?' or ':' or ';' or ',';
}
