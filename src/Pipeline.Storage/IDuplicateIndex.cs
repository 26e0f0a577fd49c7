namespace Pipeline.Storage;

/// <summary>
/// The duplicate index every worker shares: one row per article in the store (exact fingerprint, sketch, band keys and
/// verdict), looked up in each worker's in-memory copy. Checking and adding is one atomic step, so of two near copies
/// checked at the same moment exactly one is the original.
/// </summary>
public interface IDuplicateIndex
{
    /// <summary>
    /// Compares the article with every article indexed before it and adds it. Idempotent: asking again for an article
    /// already indexed (same id, same text) returns the verdict given the first time.
    /// </summary>
    /// <param name="candidate">The article's fingerprint, sketch and band keys.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<DuplicateMatch> CheckAndAddAsync(DuplicateCandidate candidate, CancellationToken cancellationToken);

    /// <summary>The verdict the article would get now, without adding it.</summary>
    /// <param name="candidate">The article's fingerprint, sketch and band keys.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<DuplicateMatch> FindAsync(DuplicateCandidate candidate, CancellationToken cancellationToken);
}
