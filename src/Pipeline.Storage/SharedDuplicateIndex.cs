using System.Data.Common;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage;

/// <summary>
/// The duplicate index every worker shares, on any engine: one <c>duplicate_articles</c> row per article checked,
/// near-duplicate candidates found in this instance's <see cref="NearDuplicateReplica"/>. The checks this process
/// makes at the same time go through one writer (<see cref="WriteQueue{TItem, TResult}"/>) and are decided in arrival
/// order in one transaction that holds the index's lock: SQLite's write lock on the index's own file, so that the
/// sink's commits never hold it up, or PostgreSQL's advisory lock.
/// </summary>
/// <remarks>
/// One lock for the whole index, not one per key: the in-memory copy catches up with the rows numbered after the last
/// one it read, which misses nothing only if rows are numbered and committed one transaction at a time (a check
/// numbered 10 committing after one numbered 11 would be skipped for ever). Under the lock a transaction does one
/// fingerprint lookup and one catch-up read for all its checks, decides them in memory and inserts their rows in one
/// statement, so the lock is held for a few round trips however many checks share it.
/// </remarks>
internal sealed class SharedDuplicateIndex : IDuplicateIndex, IAsyncDisposable
{
    /// <summary>Checks per transaction at most.</summary>
    public const int MaxBatch = 64;

    private const int MaxFingerprintsPerQuery = 128;

    private readonly StoreDatabase database;
    private readonly NearDuplicateReplica replica;
    private readonly StoreWriter writer;
    private readonly WriteQueue<DuplicateCandidate, DuplicateMatch> queue;

    public SharedDuplicateIndex(StoreDatabase database, NearDuplicateOptions? options = null)
    {
        this.database = database;
        replica = new NearDuplicateReplica(options ?? NearDuplicateOptions.Default);
        writer = database.Writer(Writer, WriteLock.DuplicateIndex);
        queue = new WriteQueue<DuplicateCandidate, DuplicateMatch>(
            (candidates, ct) => CheckAndAddAsync(candidates, ct), database.Dialect.IsTransient, wait => database.Metrics.Queued(database.Dialect.Engine, Writer, wait), MaxBatch);
    }

    /// <summary>The writer's name in metrics and logs.</summary>
    public static string Writer => "duplicates";

    /// <summary>Articles this instance can find as near duplicates (0 until its first check reads the rows).</summary>
    public int InMemoryCount => replica.Count;

    /// <summary>Bytes held by this instance's in-memory copy.</summary>
    public long InMemoryBytes => replica.ApproximateBytes;

    public Task<DuplicateMatch> CheckAndAddAsync(DuplicateCandidate candidate, CancellationToken cancellationToken)
    {
        // Refused before it joins a batch: a candidate of the wrong shape can never be checked.
        replica.BandKeys(candidate);
        return queue.WriteAsync(candidate, cancellationToken);
    }

    public Task<DuplicateMatch> FindAsync(DuplicateCandidate candidate, CancellationToken cancellationToken)
        => replica.UseAsync(
            () => database.ReadAsync(
                async connection =>
                {
                    await using var transaction = await database.Dialect.BeginReadAsync(connection, cancellationToken);
                    await CatchUpAsync(connection, transaction, cancellationToken);
                    var sameText = await SameTextAsync(connection, transaction, [candidate], cancellationToken);
                    return replica.Decide([candidate], sameText)[0].Match;
                },
                cancellationToken),
            cancellationToken);

    /// <summary>
    /// Checks and adds several articles in arrival order in one transaction: each sees the ones before it. The
    /// process's checks come here in batches; benchmarks and re-indexing call it with many at once.
    /// </summary>
    internal async Task<IReadOnlyList<DuplicateMatch>> CheckAndAddAsync(IReadOnlyList<DuplicateCandidate> candidates, CancellationToken cancellationToken)
    {
        var rows = candidates.Select(replica.BandKeys).ToList();
        return await replica.UseAsync(
            async () =>
            {
                if (!replica.IsLoaded)
                {
                    // Read the rows before taking the lock, so that other workers are not kept waiting meanwhile;
                    // the transaction below then reads only what was committed since.
                    await database.ReadAsync(
                        async connection =>
                        {
                            await using var transaction = await database.Dialect.BeginReadAsync(connection, cancellationToken);
                            await CatchUpAsync(connection, transaction, cancellationToken);
                            return 0;
                        },
                        cancellationToken);
                }

                var (verdicts, lastSeq) = await writer.WriteAsync(
                    candidates.Count, transaction => CheckAndAddAsync(transaction, candidates, rows, cancellationToken), cancellationToken);
                replica.Committed(verdicts, lastSeq);
                return (IReadOnlyList<DuplicateMatch>)verdicts.Select(v => v.Match).ToList();
            },
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await queue.DisposeAsync();
        await writer.DisposeAsync();
    }

    private async Task<(IReadOnlyList<DuplicateVerdict> Verdicts, long LastSeq)> CheckAndAddAsync(
        StoreTransaction transaction, IReadOnlyList<DuplicateCandidate> candidates, IReadOnlyList<byte[]?> bandKeys, CancellationToken cancellationToken)
    {
        var dialect = transaction.Dialect;
        await CatchUpAsync(transaction.Connection, transaction.Transaction, cancellationToken);
        var verdicts = replica.Decide(candidates, await SameTextAsync(transaction.Connection, transaction.Transaction, candidates, cancellationToken));
        var added = verdicts.Select((v, i) => (Verdict: v, BandKeys: bandKeys[i])).Where(a => !a.Verdict.Known).ToList();
        var numbers = await transaction.InsertAsync(
            new RowSet(
                "duplicate_articles",
                ["article_id", "fingerprint", "kind", "original_id", "similarity", "sketch", "band_keys"],
                added.Select(a =>
                {
                    var (candidate, match, _) = a.Verdict;

                    // An exact copy adds nothing new to compare against: its original is indexed already.
                    var keys = a.Verdict.IsCandidate ? a.BandKeys : null;
                    return new object?[]
                    {
                        dialect.Key(candidate.ArticleId), dialect.Key(FingerprintKey.Of(candidate.Fingerprint)), DuplicateKind.Code(match.Kind),
                        match.OriginalId is { } original ? dialect.Key(original) : null,
                        match.Kind == DuplicateKind.Unique ? null : match.Similarity, keys is null ? null : candidate.Sketch, keys,
                    };
                }).ToList()),
            "RETURNING seq",
            reader => reader.GetInt64(0),
            cancellationToken);
        return (verdicts, numbers.Count == 0 ? 0 : numbers.Max());
    }

    private async Task CatchUpAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var expected = replica.IsLoaded ? 0 : await StoreCommand.NumberAsync(connection, transaction, "SELECT MAX(seq) FROM duplicate_articles", cancellationToken) ?? 0;
        await using var command = StoreCommand.Create(
            connection, transaction, $"SELECT {NearDuplicateReplica.Columns} FROM duplicate_articles WHERE seq > @last ORDER BY seq", ("@last", replica.LastSeen));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await replica.CatchUpAsync(reader, expected, cancellationToken);
    }

    /// <summary>The rows sharing a fingerprint with one of the candidates, in the order they were numbered.</summary>
    private async Task<IReadOnlyList<DuplicateRow>> SameTextAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<DuplicateCandidate> candidates, CancellationToken cancellationToken)
    {
        var rows = new List<(long Seq, DuplicateRow Row)>();
        foreach (var chunk in candidates.Select(c => FingerprintKey.Of(c.Fingerprint)).Distinct().Chunk(MaxFingerprintsPerQuery))
        {
            rows.AddRange(await StoreCommand.ListAsync(
                connection,
                transaction,
                $"""
                SELECT seq, article_id, fingerprint, kind, original_id, similarity FROM duplicate_articles
                WHERE fingerprint IN ({string.Join(", ", chunk.Select((_, i) => $"@f{i}"))})
                """,
                r => (r.GetInt64(0), new DuplicateRow(
                    r.GetGuid(1),
                    r.GetGuid(2),
                    new DuplicateMatch(
                        DuplicateKind.Name(StoreCommand.Number(r.GetValue(3))!.Value),
                        r.IsDBNull(4) ? null : r.GetGuid(4),
                        r.IsDBNull(5) ? 0 : r.GetDouble(5)))),
                cancellationToken,
                chunk.Select((key, i) => ($"@f{i}", (object?)database.Dialect.Key(key))).ToArray()));
        }

        return rows.OrderBy(r => r.Seq).Select(r => r.Row).ToList();
    }
}
