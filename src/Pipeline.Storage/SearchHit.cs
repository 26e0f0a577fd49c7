namespace Pipeline.Storage;

/// <summary>
/// An article that matches a full-text search, as <c>pipeline search</c> lists it, with those of its claims whose
/// sentence holds a word of the query.
/// </summary>
public sealed record SearchHit(ArticleSummary Article, IReadOnlyList<ClaimSummary> Claims);
