namespace Pipeline.Storage;

/// <summary>The commands' side of the store: what it holds, listed, counted and searched. Reads never wait for a writer.</summary>
public interface IArticleReader
{
    /// <summary>Which of the given articles the store holds.</summary>
    Task<IReadOnlySet<Guid>> FindStoredAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClaimSummary>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClaimGroupSummary>> ListClaimGroupsAsync(ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>Canonical entities with how often and in how many articles they are mentioned, most mentioned first.</summary>
    Task<IReadOnlyList<EntitySummary>> ListEntitiesAsync(int limit, CancellationToken cancellationToken);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Articles whose title or text match <paramref name="query"/> (words that must all occur), best first, each with
    /// its claims whose sentence holds at least one of the query's words. PostgreSQL stems words with the article's
    /// language and understands web search syntax (<c>"a phrase"</c>, <c>or</c>, <c>-word</c>); SQLite matches each
    /// word as a prefix.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken);
}
