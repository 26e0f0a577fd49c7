namespace Pipeline.Storage;

/// <summary>What the duplicate index needs to know of an article.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Fingerprint">Hash of the normalised text; equal means exact duplicate.</param>
/// <param name="Sketch">Compact MinHash sketch of the text's shingles, compared to estimate similarity.</param>
/// <param name="BandKeys">One LSH key per band of the signature; only articles sharing a key are compared.</param>
/// <param name="Threshold">Similarity from which an article is a near duplicate.</param>
public sealed record DuplicateCandidate(Guid ArticleId, string Fingerprint, byte[] Sketch, IReadOnlyList<long> BandKeys, double Threshold);
