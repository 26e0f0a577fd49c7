using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage;

/// <summary>
/// The band keys of a version 1-3 duplicate index grouped by article, for the one-time move of its rows into
/// <c>duplicate_articles</c> (schema version 4) on either engine, whose ids differ in type.
/// </summary>
internal sealed class Version3BandKeys<TId>
    where TId : notnull
{
    private readonly Dictionary<TId, List<long>> byArticle = [];

    public void Add(TId articleId, long key)
    {
        // Keys of 64 bits, from before band keys were 32-bit, cannot match anything computed now.
        if (key is >= int.MinValue and <= int.MaxValue)
        {
            (byArticle.TryGetValue(articleId, out var keys) ? keys : byArticle[articleId] = []).Add(key);
        }
    }

    /// <summary>
    /// The sketch and packed band keys a moved row keeps: both, for an article that had a sketch and band keys, which
    /// can then be found as a near duplicate again; neither otherwise (an exact copy, or keys all from before 32 bits).
    /// </summary>
    public (byte[]? Sketch, byte[]? BandKeys) ColumnsFor(TId articleId, byte[]? sketch)
        => sketch is not null && byArticle.TryGetValue(articleId, out var keys) ? (sketch, BandKeyPacking.Pack(keys)) : (null, null);
}
