namespace Pipeline.Storage;

/// <summary>Filters for listing articles; null means no filter.</summary>
public sealed record ArticleQuery(IReadOnlyCollection<Guid>? ArticleIds = null, int Limit = 1000);
