using Dapper;
using Npgsql;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// The duplicate index in the PostgreSQL database every duplicate-stage worker shares: one <c>duplicate_articles</c>
/// row per article, near-duplicate candidates found in this instance's <see cref="NearDuplicateReplica"/>. Check and
/// add run in one transaction that first takes one transaction-scoped advisory lock for the whole index.
/// </summary>
/// <remarks>
/// One lock, not one per key: the in-memory copy catches up with the rows numbered after the last one it read, which
/// misses nothing only if rows are numbered and committed one check at a time (a check numbered 10 committing after
/// one numbered 11 would be skipped for ever). Under the lock a check does one indexed read, a catch-up of the rows
/// committed since its last check, a lookup in memory and one insert, so the index's throughput is one check per
/// check-and-add latency, whatever the number of workers (docs/benchmarks.md measures it). SQLite serialises the same
/// way with its write lock.
/// </remarks>
public sealed class PostgresDuplicateIndex(PostgresDatabase database, NearDuplicateOptions? options = null) : IDuplicateIndex
{
    /// <summary>The advisory lock of the duplicate index: two integers, so ours never meet another application's ("dupl", 1).</summary>
    public const int LockSpace = 0x6475_706C;

    /// <summary>The second half of the index's lock key.</summary>
    public const int IndexLock = 1;

    private readonly NearDuplicateReplica replica = new(options ?? NearDuplicateOptions.Default);

    /// <summary>Articles this instance can find as near duplicates (0 until its first check reads the rows).</summary>
    public int InMemoryCount => replica.Count;

    /// <summary>Bytes held by this instance's in-memory copy.</summary>
    public long InMemoryBytes => replica.ApproximateBytes;

    public async Task<DuplicateMatch> CheckAndAddAsync(DuplicateCandidate candidate, CancellationToken cancellationToken)
        => (await CheckAndAddAsync([candidate], cancellationToken))[0];

    public Task<DuplicateMatch> FindAsync(DuplicateCandidate candidate, CancellationToken cancellationToken)
        => replica.UseAsync(
            () => database.ReadAsync(
                async connection =>
                {
                    await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                    var (match, _) = await FindAsync(connection, transaction, candidate, cancellationToken);
                    return match;
                },
                cancellationToken),
            cancellationToken);

    /// <summary>
    /// Checks and adds several articles in arrival order in one transaction: each sees the ones before it. For filling
    /// an index in bulk (benchmarks, re-indexing); a worker checks one article per message.
    /// </summary>
    internal Task<IReadOnlyList<DuplicateMatch>> CheckAndAddAsync(IReadOnlyList<DuplicateCandidate> candidates, CancellationToken cancellationToken)
        => replica.UseAsync(
            async () =>
            {
                if (!replica.IsLoaded)
                {
                    // Read the rows before taking the lock, so that other workers are not kept waiting meanwhile;
                    // the transaction below then reads only what was committed since.
                    await database.ReadAsync(
                        async connection =>
                        {
                            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                            await CatchUpAsync(connection, transaction, cancellationToken);
                            return 0;
                        },
                        cancellationToken);
                }

                return await database.WriteAsync<IReadOnlyList<DuplicateMatch>>(
                    async (connection, transaction) =>
                    {
                        await connection.ExecuteAsync(
                            "SELECT pg_advisory_xact_lock(@space, @key)", new { space = LockSpace, key = IndexLock }, transaction);
                        return await replica.CheckEachAsync(
                            candidates,
                            candidate => FindAsync(connection, transaction, candidate, cancellationToken),
                            (candidate, match) => AddAsync(connection, transaction, candidate, match, cancellationToken));
                    },
                    cancellationToken);
            },
            cancellationToken);

    private async Task<(DuplicateMatch Match, bool Known)> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DuplicateCandidate candidate, CancellationToken cancellationToken)
    {
        // Raw commands on the hot path: Dapper's mapping costs as much as the queries themselves here.
        await using var command = new NpgsqlCommand(
            "SELECT article_id, kind, original_id, similarity FROM duplicate_articles WHERE fingerprint = $1 ORDER BY seq", connection, transaction);
        command.Parameters.AddWithValue(FingerprintKey.Of(candidate.Fingerprint));
        return await replica.DecideAsync(
            candidate,
            async () => await command.ExecuteReaderAsync(cancellationToken),
            () => CatchUpAsync(connection, transaction, cancellationToken),
            cancellationToken);
    }

    private async Task CatchUpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var expected = replica.IsLoaded ? 0 : await connection.ExecuteScalarAsync<long?>("SELECT MAX(seq) FROM duplicate_articles", transaction: transaction) ?? 0;
        await using var command = new NpgsqlCommand($"SELECT {NearDuplicateReplica.Columns} FROM duplicate_articles WHERE seq > $1 ORDER BY seq", connection, transaction);
        command.Parameters.AddWithValue(replica.LastSeen);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await replica.CatchUpAsync(reader, expected, cancellationToken);
    }

    private async Task AddAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DuplicateCandidate candidate, DuplicateMatch match, CancellationToken cancellationToken)
    {
        // An exact copy adds nothing new to compare against: its original is indexed already.
        var bandKeys = match.Kind == DuplicateKind.Exact ? null : replica.BandKeys(candidate);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO duplicate_articles (article_id, fingerprint, kind, original_id, similarity, sketch, band_keys)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue(candidate.ArticleId);
        command.Parameters.AddWithValue(FingerprintKey.Of(candidate.Fingerprint));
        command.Parameters.AddWithValue((short)DuplicateKind.Code(match.Kind));
        command.Parameters.Add(new NpgsqlParameter<Guid?> { TypedValue = match.OriginalId, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<double?> { TypedValue = match.Kind == DuplicateKind.Unique ? null : match.Similarity, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Double });
        command.Parameters.Add(new NpgsqlParameter<byte[]?> { TypedValue = bandKeys is null ? null : candidate.Sketch, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter<byte[]?> { TypedValue = bandKeys, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
