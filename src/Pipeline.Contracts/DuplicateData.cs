namespace Pipeline.Contracts;

/// <summary>The duplicate verdict for an article.</summary>
public sealed record DuplicateData
{
    /// <summary><c>unique</c>, <c>exact</c> (same text after normalisation) or <c>near</c> (similarity above the threshold).</summary>
    public required string Kind { get; init; }

    /// <summary>The first article of this text, for <c>exact</c> and <c>near</c>; null for <c>unique</c>.</summary>
    public Guid? OriginalId { get; init; }

    /// <summary>Estimated similarity with the original (Jaccard of word shingles, 0 to 1); 1 for exact copies, 0 for unique.</summary>
    public double Similarity { get; init; }

    /// <summary>Fingerprint of the normalised text (hex SHA-256); equal fingerprints mean exact duplicates.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The verdict value for a new article.</summary>
    public const string Unique = "unique";

    /// <summary>The verdict value for an exact copy.</summary>
    public const string Exact = "exact";

    /// <summary>The verdict value for a near copy.</summary>
    public const string Near = "near";
}
