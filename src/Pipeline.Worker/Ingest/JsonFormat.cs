using System.Text.Json;

namespace Pipeline.Worker.Ingest;

/// <summary><c>.json</c>: one object <c>{ "title", "text", "url", "published", "source" }</c>; <c>text</c> is required. Names match case-insensitively.</summary>
public static class JsonFormat
{
    public static ParsedArticle Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ArticleRejectedException($"invalid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleRejectedException($"JSON article must be an object with a \"text\" field, found {document.RootElement.ValueKind}");
            }

            var text = Field(document.RootElement, "text")
                ?? throw new ArticleRejectedException("JSON article has no \"text\" string field");
            var metadata = new ArticleMetadata(
                Title: Field(document.RootElement, "title"),
                Url: Field(document.RootElement, "url"),
                Published: PublishedDate.Normalize(Field(document.RootElement, "published")),
                Source: Field(document.RootElement, "source"));
            return new ParsedArticle(text, metadata);
        }
    }

    private static string? Field(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                var value = property.Value.GetString();
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }

        return null;
    }
}
