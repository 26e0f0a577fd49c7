using Microsoft.Extensions.Options;
using Pipeline.Contracts;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Turns a file (its name relative to the inbox and its bytes) into the <see cref="ArticleContent"/> that
/// <see cref="ArticleReceived"/> carries, or a human-readable reason why it cannot be an article. Pure: no I/O.
/// </summary>
public sealed class ArticleFileReader(IOptions<InboxOptions> options)
{
    private readonly InboxOptions _options = options.Value;

    public ArticleReadResult Read(string relativeFileName, ReadOnlySpan<byte> bytes)
    {
        var name = ArticleIdentity.CanonicalName(relativeFileName);
        var id = ArticleIdentity.Of(name, bytes);
        try
        {
            return ArticleReadResult.Accepted(id, ReadContent(name, bytes));
        }
        catch (ArticleRejectedException e)
        {
            return ArticleReadResult.Rejected(id, e.Message);
        }
    }

    private ArticleContent ReadContent(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _options.MaxFileBytes)
        {
            throw new ArticleRejectedException($"file is {bytes.Length:N0} bytes, above the limit of {_options.MaxFileBytes:N0} (Inbox:MaxFileBytes)");
        }

        var (format, parse) = ArticleFormats.For(name);
        var decoded = TextDecoder.Decode(bytes);
        var parsed = parse(decoded.Text);
        var text = TextNormalizer.Normalize(parsed.Text).Trim();
        if (text.Length == 0)
        {
            throw new ArticleRejectedException($"no article text found in this {format} file");
        }

        if (text.Length > _options.MaxTextChars)
        {
            throw new ArticleRejectedException(
                $"article text is {text.Length:N0} characters, above the limit of {_options.MaxTextChars:N0} (Inbox:MaxTextChars); too large to send on the bus");
        }

        return new ArticleContent
        {
            FileName = name,
            Title = Field(parsed.Metadata.Title),
            Text = text,
            Url = Field(parsed.Metadata.Url),
            Published = parsed.Metadata.Published,
            Source = Field(parsed.Metadata.Source),
            Format = format,
            Encoding = decoded.Encoding,
        };
    }

    private static string? Field(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.Normalize(value.Trim());
}
