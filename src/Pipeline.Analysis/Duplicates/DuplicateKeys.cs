namespace Pipeline.Analysis.Duplicates;

/// <summary>
/// Everything the duplicate index keeps about one article.
/// </summary>
/// <param name="Fingerprint">Hex SHA-256 of the normalised text (<see cref="TextFingerprint"/>): equal means exact duplicate.</param>
/// <param name="Signature">The full MinHash signature; not stored, the <paramref name="Sketch"/> is.</param>
/// <param name="Sketch">The stored signature, one byte per permutation, compared with <see cref="MinHashSketch.Similarity"/>.</param>
/// <param name="BandKeys">One key per LSH band. Each key already mixes in its band's number, so a single column
/// <c>band_key → article</c> suffices; two articles sharing any key are candidates. Empty for a text without words.</param>
public sealed record DuplicateKeys(string Fingerprint, MinHashSignature Signature, MinHashSketch Sketch, IReadOnlyList<long> BandKeys);
