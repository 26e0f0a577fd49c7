using System.Text.RegularExpressions;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Reads the metadata a plain-text or markdown article may start with and removes it from the text:
/// <list type="bullet">
/// <item><c>date 2023-02</c> / <c>date: 2023-02-14</c> (also <c>published</c>): the date may be followed by the article
/// text on the same line, as scraped files have it (<c>" date 2023-02 Forte de dizaines..."</c>);</item>
/// <item><c>title: ...</c>, <c>source: ...</c>, <c>url: ...</c>: each takes its whole line;</item>
/// <item>a YAML-style front matter block between <c>---</c> lines holding such keys.</item>
/// </list>
/// Only the start of the file is looked at, so a "date 2023" inside the article stays text.
/// </summary>
public static partial class MetadataHeader
{
    private const int MaxHeaderLines = 12;

    /// <summary>The metadata found at the start of <paramref name="text"/> and the text without it.</summary>
    public static (ArticleMetadata Metadata, string Text) Extract(string text)
    {
        var frontMatter = FrontMatter().Match(text);
        if (frontMatter.Success)
        {
            var (inner, rest) = Extract(frontMatter.Groups["body"].Value);
            if (string.IsNullOrWhiteSpace(rest))
            {
                return (inner, text[frontMatter.Length..].TrimStart('\n'));
            }
        }

        var metadata = ArticleMetadata.None;
        var position = 0;
        for (var line = 0; line < MaxHeaderLines && position < text.Length; line++)
        {
            var date = DateLine().Match(text, position);
            if (date.Success && PublishedDate.Normalize(date.Groups["date"].Value) is { } published)
            {
                metadata = metadata with { Published = metadata.Published ?? published };
                position = date.Index + date.Length;
                if (date.Groups["sameLine"].Success)
                {
                    // The article starts right after the date, on the same line.
                    return (metadata, text[position..]);
                }

                continue;
            }

            var field = FieldLine().Match(text, position);
            if (!field.Success)
            {
                break;
            }

            metadata = Apply(metadata, field.Groups["key"].Value.ToLowerInvariant(), field.Groups["value"].Value.Trim());
            position = field.Index + field.Length;
        }

        return position == 0 ? (metadata, text) : (metadata, text[position..].TrimStart('\n', ' ', '\t'));
    }

    private static ArticleMetadata Apply(ArticleMetadata metadata, string key, string value) => key switch
    {
        "title" => metadata with { Title = metadata.Title ?? Empty(value) },
        "source" => metadata with { Source = metadata.Source ?? Empty(value) },
        "url" => metadata with { Url = metadata.Url ?? Empty(value) },
        _ => metadata with { Published = metadata.Published ?? PublishedDate.Normalize(value) },
    };

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    // "date 2023-02 text..." or "date: 2023-02-14\n"; the date must be followed by a space or the end of line.
    [GeneratedRegex(@"\G[ \t]*(?:date|published)[ \t]*(?::[ \t]*|[ \t])(?<date>\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?)(?:[ \t]*(?:\n|$)|[ \t]+(?<sameLine>(?=\S)))", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\G[ \t]*(?<key>title|source|url|date|published)[ \t]*:(?<value>[^\n]*)(?:\n|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"\A---[ \t]*\n(?<body>(?:[^\n]*\n)*?)---[ \t]*(?:\n|$)")]
    private static partial Regex FrontMatter();
}
