namespace Pipeline.Storage;

/// <summary>Filters for listing claims; null means no filter.</summary>
public sealed record ClaimQuery(IReadOnlyCollection<Guid>? ArticleIds = null, int Limit = 10000);
