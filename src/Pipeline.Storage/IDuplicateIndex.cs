namespace Pipeline.Storage;

/// <summary>
/// The duplicate index every worker shares: exact fingerprints and MinHash signatures with their LSH band keys.
/// Checking and adding is one atomic step, so of two near copies checked at the same moment exactly one is the original.
/// </summary>
public interface IDuplicateIndex
{
    /// <summary>
    /// Compares the article with every article indexed before it and adds it. Idempotent by article id:
    /// asking again for an article already indexed returns the verdict given the first time.
    /// </summary>
    /// <param name="candidate">The article's fingerprint, signature and band keys.</param>
    /// <param name="similarity">Estimates the similarity of two sketches (0 to 1).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<DuplicateMatch> CheckAndAddAsync(
        DuplicateCandidate candidate, Func<byte[], byte[], double> similarity, CancellationToken cancellationToken);
}
