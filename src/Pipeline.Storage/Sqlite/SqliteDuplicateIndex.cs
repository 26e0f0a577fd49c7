using Dapper;
using Microsoft.Data.Sqlite;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage.Sqlite;

/// <summary>
/// The duplicate index in the SQLite file: one <c>duplicate_articles</c> row per article, near-duplicate candidates
/// found in this instance's <see cref="NearDuplicateReplica"/>. The check and the insert run in one BEGIN IMMEDIATE
/// transaction, so concurrent workers are serialised by SQLite's write lock and exactly one of two copies becomes the
/// original.
/// </summary>
public sealed class SqliteDuplicateIndex(SqliteDatabase database, NearDuplicateOptions? options = null) : IDuplicateIndex
{
    private readonly NearDuplicateReplica replica = new(options ?? NearDuplicateOptions.Default);

    /// <summary>Articles this instance can find as near duplicates (0 until its first check reads the rows).</summary>
    public int InMemoryCount => replica.Count;

    /// <summary>Bytes held by this instance's in-memory copy.</summary>
    public long InMemoryBytes => replica.ApproximateBytes;

    public async Task<DuplicateMatch> CheckAndAddAsync(DuplicateCandidate candidate, CancellationToken cancellationToken)
        => (await CheckAndAddAsync([candidate], cancellationToken))[0];

    public Task<DuplicateMatch> FindAsync(DuplicateCandidate candidate, CancellationToken cancellationToken)
        => replica.UseAsync(
            async () =>
            {
                await using var connection = await database.OpenAsync(cancellationToken);
                await using var transaction = connection.BeginTransaction(deferred: true);
                var (match, _) = await FindAsync(connection, transaction, candidate, cancellationToken);
                return match;
            },
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
                    // Read the rows before taking the write lock, so that other workers are not kept waiting meanwhile;
                    // the transaction below then reads only what was committed since.
                    await using var connection = await database.OpenAsync(cancellationToken);
                    await using var transaction = connection.BeginTransaction(deferred: true);
                    await CatchUpAsync(connection, transaction, cancellationToken);
                }

                return await database.WriteAsync<IReadOnlyList<DuplicateMatch>>(
                    async (connection, transaction) =>
                    {
                        return await replica.CheckEachAsync(
                            candidates,
                            candidate => FindAsync(connection, transaction, candidate, cancellationToken),
                            (candidate, match) => AddAsync(connection, transaction, candidate, match, cancellationToken));
                    },
                    cancellationToken);
            },
            cancellationToken);

    private async Task<(DuplicateMatch Match, bool Known)> FindAsync(
        SqliteConnection connection, SqliteTransaction transaction, DuplicateCandidate candidate, CancellationToken cancellationToken)
    {
        // Raw commands on the hot path: Dapper's mapping cost more than the queries themselves here.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT article_id, kind, original_id, similarity FROM duplicate_articles WHERE fingerprint = $key ORDER BY seq";
        command.Parameters.AddWithValue("$key", FingerprintKey.Of(candidate.Fingerprint).ToByteArray());
        return await replica.DecideAsync(
            candidate,
            async () => await command.ExecuteReaderAsync(cancellationToken),
            () => CatchUpAsync(connection, transaction, cancellationToken),
            cancellationToken);
    }

    private async Task CatchUpAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var expected = replica.IsLoaded ? 0 : await connection.ExecuteScalarAsync<long?>("SELECT MAX(seq) FROM duplicate_articles", transaction: transaction) ?? 0;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {NearDuplicateReplica.Columns} FROM duplicate_articles WHERE seq > $last ORDER BY seq";
        command.Parameters.AddWithValue("$last", replica.LastSeen);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await replica.CatchUpAsync(reader, expected, cancellationToken);
    }

    private async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, DuplicateCandidate candidate, DuplicateMatch match, CancellationToken cancellationToken)
    {
        // An exact copy adds nothing new to compare against: its original is indexed already.
        var bandKeys = match.Kind == DuplicateKind.Exact ? null : replica.BandKeys(candidate);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO duplicate_articles (article_id, fingerprint, kind, original_id, similarity, sketch, band_keys)
            VALUES ($articleId, $fingerprint, $kind, $originalId, $similarity, $sketch, $bandKeys)
            """;
        command.Parameters.AddWithValue("$articleId", candidate.ArticleId.ToByteArray());
        command.Parameters.AddWithValue("$fingerprint", FingerprintKey.Of(candidate.Fingerprint).ToByteArray());
        command.Parameters.AddWithValue("$kind", DuplicateKind.Code(match.Kind));
        command.Parameters.AddWithValue("$originalId", (object?)match.OriginalId?.ToByteArray() ?? DBNull.Value);
        command.Parameters.AddWithValue("$similarity", match.Similarity);
        command.Parameters.AddWithValue("$sketch", bandKeys is null ? DBNull.Value : candidate.Sketch);
        command.Parameters.AddWithValue("$bandKeys", (object?)bandKeys ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
