namespace Pipeline.Worker.Ingest;

/// <summary>What a file says about its article besides the text; every field optional.</summary>
public sealed record ArticleMetadata(string? Title = null, string? Url = null, string? Published = null, string? Source = null)
{
    public static ArticleMetadata None { get; } = new();

    /// <summary>Fields of this one win; missing ones are taken from <paramref name="fallback"/>.</summary>
    public ArticleMetadata Or(ArticleMetadata fallback) => new(
        Title ?? fallback.Title, Url ?? fallback.Url, Published ?? fallback.Published, Source ?? fallback.Source);
}
