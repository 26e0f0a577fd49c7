using Pipeline.Contracts;

namespace Pipeline.Storage;

/// <summary>The sink's side of the store: where analysed articles are written, with their claims and claim groups.</summary>
public interface IArticleSink
{
    /// <summary>Articles written in one transaction at most, and so how many a sink worker should hold at once.</summary>
    const int BatchSize = 32;

    /// <summary>
    /// Stores an analysed article and its claims, and returns once the transaction that holds them has committed.
    /// Idempotent by article id: a redelivered message changes nothing and returns the same claims with the same ids.
    /// Articles saved at the same time by one process share a transaction; one that cannot be stored fails alone.
    /// </summary>
    Task<IReadOnlyList<StoredClaim>> SaveAsync(ArticleAnalyzed article, CancellationToken cancellationToken);
}
