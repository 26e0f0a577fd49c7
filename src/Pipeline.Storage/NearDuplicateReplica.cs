using System.Data.Common;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage;

/// <summary>
/// One store instance's in-memory copy of the duplicate index's rows, where near-duplicate candidates are found.
/// The store's table is the truth: rows are numbered in the order they were committed (<c>seq</c>), and the copy
/// catches up with the rows after the last one it has seen, inside the transaction that holds the index's lock,
/// before every batch of checks. So a check sees every article checked before it by any worker, and the copy never
/// has to be told what other workers did.
/// </summary>
/// <remarks>
/// Rows are read as they are committed only because each engine serialises check-and-add (SQLite's write lock on the
/// index's file, one PostgreSQL advisory lock) and numbers rows while holding the lock: then any snapshot holds a prefix
/// of the numbers, and "after the last one seen" misses nothing. A batch's own rows join the copy only once their
/// transaction committed (<see cref="Committed"/>); until then its checks see each other through the batch itself.
/// Not thread-safe on its own: callers go through <see cref="UseAsync{T}"/>.
/// </remarks>
internal sealed class NearDuplicateReplica(NearDuplicateOptions options)
{
    /// <summary>The catch-up query's columns, in this order.</summary>
    public const string Columns = "seq, article_id, sketch, band_keys";

    private readonly SemaphoreSlim gate = new(1, 1);
    private NearDuplicateIndex? index;

    public NearDuplicateOptions Options { get; } = options.Validated();

    /// <summary>Whether the rows have been read once; until then <see cref="LastSeen"/> is 0 and a catch-up reads them all.</summary>
    public bool IsLoaded => index is not null;

    /// <summary>The number of the last row read.</summary>
    public long LastSeen { get; private set; }

    /// <summary>Articles the copy can find as near duplicates.</summary>
    public int Count => index?.Count ?? 0;

    /// <summary>Bytes held by the copy's arrays.</summary>
    public long ApproximateBytes => index?.ApproximateBytes ?? 0;

    /// <summary>Runs <paramref name="work"/> alone among this instance's checks and lookups.</summary>
    public async Task<T> UseAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reads the rows of <paramref name="reader"/> (<see cref="Columns"/>, in ascending <c>seq</c>, all after <see cref="LastSeen"/>).</summary>
    /// <param name="reader">The rows after <see cref="LastSeen"/>.</param>
    /// <param name="expectedRows">About how many rows the table has, to size the copy on its first read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task CatchUpAsync(DbDataReader reader, long expectedRows, CancellationToken cancellationToken)
    {
        // 2 % headroom: the first articles added after loading do not make the band table grow at once (×1.5).
        index ??= new NearDuplicateIndex(Options, (int)Math.Min(int.MaxValue / Options.Bands, expectedRows + (expectedRows / 50)));
        while (await reader.ReadAsync(cancellationToken))
        {
            var seq = reader.GetInt64(0);
            if (seq <= LastSeen)
            {
                continue;
            }

            LastSeen = seq;
            if (reader.IsDBNull(2) || reader.IsDBNull(3))
            {
                // An exact copy, or a text without words: never a near-duplicate candidate.
                continue;
            }

            var bandKeys = BandKeyPacking.Unpack(reader.GetFieldValue<byte[]>(3));
            var sketch = reader.GetFieldValue<byte[]>(2);
            if (bandKeys.Count == Options.Bands && sketch.Length == Options.SketchBytes)
            {
                index.Add(reader.GetGuid(1), new MinHashSketch(sketch, Options.SketchBits), bandKeys);
            }
        }
    }

    /// <summary>The candidate's band keys packed for its row, or null for a text without words; refuses a shape these options cannot index.</summary>
    public byte[]? BandKeys(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.BandKeys.Count == 0)
        {
            return null;
        }

        if (candidate.Sketch.Length != Options.SketchBytes || candidate.BandKeys.Count != Options.Bands)
        {
            throw new ArgumentException(
                $"A sketch of {candidate.Sketch.Length} bytes with {candidate.BandKeys.Count} band keys does not fit the index ({Options.SketchBytes} bytes, {Options.Bands} bands).",
                nameof(candidate));
        }

        if (candidate.BandKeys.Any(key => key is < int.MinValue or > int.MaxValue))
        {
            throw new ArgumentException("Band keys are 32-bit values (NearDuplicateDetector.BandKeys).", nameof(candidate));
        }

        return BandKeyPacking.Pack(candidate.BandKeys);
    }

    /// <summary>
    /// The verdicts for <paramref name="candidates"/> in order, each as if it were checked and added alone after the
    /// ones before it: its own verdict when it was checked before (a redelivery, <c>Known</c>), else an exact copy of an
    /// earlier article with the same text, else the nearest earlier article (in the copy, caught up by the caller, or
    /// among the batch's own) at or above its threshold.
    /// </summary>
    /// <param name="candidates">The articles to check, in arrival order.</param>
    /// <param name="sameText">The index's rows sharing a fingerprint with a candidate, in ascending <c>seq</c>.</param>
    public IReadOnlyList<DuplicateVerdict> Decide(IReadOnlyList<DuplicateCandidate> candidates, IReadOnlyList<DuplicateRow> sameText)
    {
        if (index is null)
        {
            throw new InvalidOperationException("The duplicate index's rows must be read before a check.");
        }

        var rows = sameText.ToList();
        var verdicts = new List<DuplicateVerdict>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var fingerprint = FingerprintKey.Of(candidate.Fingerprint);
            var verdict = Earlier(rows, candidate.ArticleId, fingerprint) is { } earlier
                ? new DuplicateVerdict(candidate, earlier, Known: true)
                : new DuplicateVerdict(candidate, Exact(rows, fingerprint) ?? Nearest(candidate, verdicts), Known: false);
            if (!verdict.Known)
            {
                rows.Add(new DuplicateRow(candidate.ArticleId, fingerprint, verdict.Match));
            }

            verdicts.Add(verdict);
        }

        return verdicts;
    }

    /// <summary>Adds the batch's new rows, now committed with numbers up to <paramref name="lastSeq"/>, to the copy.</summary>
    public void Committed(IEnumerable<DuplicateVerdict> added, long lastSeq)
    {
        foreach (var verdict in added.Where(v => !v.Known && v.IsCandidate))
        {
            index!.Add(verdict.Candidate.ArticleId, new MinHashSketch(verdict.Candidate.Sketch, Options.SketchBits), verdict.Candidate.BandKeys);
        }

        LastSeen = Math.Max(LastSeen, lastSeq);
    }

    private static DuplicateMatch? Earlier(List<DuplicateRow> rows, Guid articleId, Guid fingerprint)
        => rows.FirstOrDefault(r => r.Fingerprint == fingerprint && r.ArticleId == articleId)?.Match;

    /// <summary>An exact match with the first same-text row that is not itself a copy.</summary>
    private static DuplicateMatch? Exact(List<DuplicateRow> rows, Guid fingerprint)
        => rows.FirstOrDefault(r => r.Fingerprint == fingerprint && r.Match.Kind != DuplicateKind.Exact) is { } original
            ? new DuplicateMatch(DuplicateKind.Exact, original.ArticleId, 1.0)
            : null;

    /// <summary>The most similar of the copy's articles and the batch's earlier ones; on a tie, the earliest.</summary>
    private DuplicateMatch Nearest(DuplicateCandidate candidate, IReadOnlyList<DuplicateVerdict> earlierInBatch)
    {
        if (candidate.BandKeys.Count == 0)
        {
            return new DuplicateMatch(DuplicateKind.Unique, null, 0);
        }

        var sketch = new MinHashSketch(candidate.Sketch, Options.SketchBits);
        var best = index!.FindNearest(sketch, candidate.BandKeys, candidate.Threshold);
        foreach (var earlier in earlierInBatch.Where(v => !v.Known && v.IsCandidate && v.Candidate.BandKeys.Intersect(candidate.BandKeys).Any()))
        {
            var similarity = sketch.Similarity(new MinHashSketch(earlier.Candidate.Sketch, Options.SketchBits));
            if (similarity >= candidate.Threshold && (best is null || similarity > best.Value.Similarity))
            {
                best = new NearDuplicateMatch(earlier.Candidate.ArticleId, similarity);
            }
        }

        return best is { } found
            ? new DuplicateMatch(DuplicateKind.Near, found.ArticleId, found.Similarity)
            : new DuplicateMatch(DuplicateKind.Unique, null, 0);
    }
}

/// <summary>A row of the duplicate index as a check needs it: whose it is, its fingerprint key and the verdict it holds.</summary>
internal sealed record DuplicateRow(Guid ArticleId, Guid Fingerprint, DuplicateMatch Match);

/// <summary>A candidate's verdict; <c>Known</c> when it is the one the candidate got the first time (nothing to add).</summary>
internal sealed record DuplicateVerdict(DuplicateCandidate Candidate, DuplicateMatch Match, bool Known)
{
    /// <summary>Whether the row can be found as a near duplicate later: not an exact copy, and a text with words.</summary>
    public bool IsCandidate => Match.Kind != DuplicateKind.Exact && Candidate.BandKeys.Count > 0;
}
