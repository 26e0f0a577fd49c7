using System.Data.Common;
using System.Globalization;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage;

/// <summary>
/// One store instance's in-memory copy of the duplicate index's rows, where near-duplicate candidates are found.
/// The store's table is the truth: rows are numbered in the order they were committed (<c>seq</c>), and the copy
/// catches up with the rows after the last one it has seen, inside the transaction that holds the index's write lock,
/// before every check. So a check sees every article checked before it by any worker, and the copy never has to be
/// told what other workers did.
/// </summary>
/// <remarks>
/// Rows are read as they are committed only because each engine serialises check-and-add (SQLite's write lock, one
/// PostgreSQL advisory lock) and numbers a row while holding the lock: then any snapshot holds a prefix of the numbers,
/// and "after the last one seen" misses nothing. Not thread-safe on its own: callers go through <see cref="UseAsync{T}"/>.
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

    /// <summary>The most similar article at or above the candidate's threshold among those read so far.</summary>
    public DuplicateMatch Nearest(DuplicateCandidate candidate)
    {
        if (index is null)
        {
            throw new InvalidOperationException("The duplicate index's rows must be read before a lookup.");
        }

        var match = candidate.BandKeys.Count == 0 ? null : index.FindNearest(new MinHashSketch(candidate.Sketch, Options.SketchBits), candidate.BandKeys, candidate.Threshold);
        return match is { } found
            ? new DuplicateMatch(DuplicateKind.Near, found.ArticleId, found.Similarity)
            : new DuplicateMatch(DuplicateKind.Unique, null, 0);
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

    /// <summary>Forgets what was read: the next catch-up reads every row again.</summary>
    public void Discard()
    {
        index = null;
        LastSeen = 0;
    }

    /// <summary>
    /// The verdict for a candidate, inside the caller's transaction: its own verdict when it was checked before (a
    /// redelivery, <c>Known</c>), else an exact copy of an article with the same text, else the nearest article once
    /// the copy has caught up with the rows committed since its last check.
    /// </summary>
    /// <param name="candidate">The article to check.</param>
    /// <param name="sameTextRows">Reads the rows sharing the candidate's fingerprint (article id, kind code, original id, similarity, in ascending <c>seq</c>).</param>
    /// <param name="catchUp">Reads the rows after <see cref="LastSeen"/> into the copy (<see cref="CatchUpAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<(DuplicateMatch Match, bool Known)> DecideAsync(
        DuplicateCandidate candidate, Func<Task<DbDataReader>> sameTextRows, Func<Task> catchUp, CancellationToken cancellationToken)
    {
        DuplicateMatch? exact;
        await using (var rows = await sameTextRows())
        {
            (var earlier, exact) = await ReadSameTextAsync(rows, candidate.ArticleId, cancellationToken);
            if (earlier is not null)
            {
                return (earlier, true);
            }
        }

        if (exact is not null)
        {
            return (exact, false);
        }

        await catchUp();
        return (Nearest(candidate), false);
    }

    /// <summary>The article's own verdict when it was checked before, else an exact match with the first same-text row that is not itself a copy.</summary>
    private static async Task<(DuplicateMatch? Earlier, DuplicateMatch? Exact)> ReadSameTextAsync(
        DbDataReader rows, Guid articleId, CancellationToken cancellationToken)
    {
        DuplicateMatch? exact = null;
        while (await rows.ReadAsync(cancellationToken))
        {
            var id = rows.GetGuid(0);
            var kind = DuplicateKind.Name(Convert.ToInt64(rows.GetValue(1), CultureInfo.InvariantCulture));
            if (id == articleId)
            {
                return (new DuplicateMatch(kind, rows.IsDBNull(2) ? null : rows.GetGuid(2), rows.IsDBNull(3) ? 0 : rows.GetDouble(3)), exact);
            }

            if (exact is null && kind != DuplicateKind.Exact)
            {
                exact = new DuplicateMatch(DuplicateKind.Exact, id, 1.0);
            }
        }

        return (null, exact);
    }

    /// <summary>
    /// Checks <paramref name="candidates"/> in order inside the caller's write transaction, adding each one not seen
    /// before, so each sees the ones before it.
    /// </summary>
    public async Task<IReadOnlyList<DuplicateMatch>> CheckEachAsync(
        IReadOnlyList<DuplicateCandidate> candidates,
        Func<DuplicateCandidate, Task<(DuplicateMatch Match, bool Known)>> find,
        Func<DuplicateCandidate, DuplicateMatch, Task> add)
    {
        var matches = new List<DuplicateMatch>(candidates.Count);
        try
        {
            foreach (var candidate in candidates)
            {
                var (match, known) = await find(candidate);
                if (!known)
                {
                    await add(candidate, match);
                }

                matches.Add(match);
            }
        }
        catch
        {
            // The copy may have read rows of this transaction's own, which a retry would number again.
            Discard();
            throw;
        }

        return matches;
    }
}
