namespace Pipeline.Contracts;

/// <summary>The decoded article as it was dropped in the inbox; carried by every article message.</summary>
public sealed record ArticleContent
{
    /// <summary>Name of the file the article came from, relative to the inbox.</summary>
    public required string FileName { get; init; }

    /// <summary>Title, when the file gave one (JSON <c>title</c>, HTML <c>&lt;title&gt;</c>, or the first line of a text file).</summary>
    public string? Title { get; init; }

    /// <summary>Full text, Unicode NFC. All character offsets in later messages point into this string (UTF-16 code units).</summary>
    public required string Text { get; init; }

    /// <summary>Original URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date as ISO 8601, possibly partial ("2023-02"), when known.</summary>
    public string? Published { get; init; }

    /// <summary>Publisher or outlet, when known.</summary>
    public string? Source { get; init; }

    /// <summary>File format the text was read from: <c>txt</c>, <c>md</c>, <c>html</c> or <c>json</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Character encoding the file was decoded from (<c>utf-8</c>, <c>utf-16le</c>, <c>windows-1252</c>...).</summary>
    public required string Encoding { get; init; }
}
