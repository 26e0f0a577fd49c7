namespace Pipeline.Storage;

/// <summary>What saving an article did: whether this save wrote it, and the claims the store holds for it.</summary>
/// <param name="Written">False when the store already held the article (a redelivery) and nothing was written.</param>
/// <param name="Claims">The article's claims with their groups, the same ids whether or not this save wrote them.</param>
public sealed record SavedArticle(bool Written, IReadOnlyList<StoredClaim> Claims);
