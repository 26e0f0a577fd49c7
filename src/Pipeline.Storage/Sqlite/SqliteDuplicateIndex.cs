using Dapper;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

/// <summary>
/// The duplicate index in the SQLite file. The check and the insert run in one BEGIN IMMEDIATE transaction,
/// so concurrent workers are serialised by SQLite's write lock and exactly one of two copies becomes the original.
/// </summary>
public sealed class SqliteDuplicateIndex(SqliteDatabase database) : IDuplicateIndex
{
    public Task<DuplicateMatch> CheckAndAddAsync(
        DuplicateCandidate candidate, Func<byte[], byte[], double> similarity, CancellationToken cancellationToken)
        => database.WriteAsync(
            async (connection, transaction) =>
            {
                var articleId = candidate.ArticleId.ToString();
                var earlier = (await connection.QueryAsync<(string Kind, string? OriginalId, double Similarity)>(
                    "SELECT kind, original_id, similarity FROM duplicate_verdicts WHERE article_id = @articleId",
                    new { articleId },
                    transaction)).ToList();
                if (earlier is [var verdict])
                {
                    return new DuplicateMatch(verdict.Kind, verdict.OriginalId is null ? null : Guid.Parse(verdict.OriginalId), verdict.Similarity);
                }

                var match = await FindAsync(connection, transaction, candidate, similarity);
                await AddAsync(connection, transaction, candidate, match);
                return match;
            },
            cancellationToken);

    private static async Task<DuplicateMatch> FindAsync(
        SqliteConnection connection, SqliteTransaction transaction, DuplicateCandidate candidate, Func<byte[], byte[], double> similarity)
    {
        var exact = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT article_id FROM duplicate_fingerprints WHERE fingerprint = @fingerprint",
            new { fingerprint = candidate.Fingerprint },
            transaction);
        if (exact is not null)
        {
            return new DuplicateMatch("exact", Guid.Parse(exact), 1.0);
        }

        if (candidate.BandKeys.Count == 0)
        {
            return new DuplicateMatch("unique", null, 0);
        }

        var candidates = await connection.QueryAsync<(string ArticleId, byte[] Signature)>(
            """
            SELECT s.article_id, s.signature FROM duplicate_signatures s
            WHERE s.article_id IN (SELECT DISTINCT article_id FROM duplicate_bands WHERE band_key IN @keys)
            """,
            new { keys = candidate.BandKeys.ToArray() },
            transaction);

        DuplicateMatch best = new("unique", null, 0);
        foreach (var (otherId, blob) in candidates)
        {
            var score = similarity(candidate.Sketch, blob);
            if (score >= candidate.Threshold && score > best.Similarity)
            {
                best = new DuplicateMatch("near", Guid.Parse(otherId), score);
            }
        }

        return best;
    }

    private static async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, DuplicateCandidate candidate, DuplicateMatch match)
    {
        var articleId = candidate.ArticleId.ToString();
        await connection.ExecuteAsync(
            "INSERT INTO duplicate_verdicts (article_id, kind, original_id, similarity) VALUES (@articleId, @kind, @originalId, @similarity)",
            new { articleId, kind = match.Kind, originalId = match.OriginalId?.ToString(), similarity = match.Similarity },
            transaction);
        if (match.Kind == "exact")
        {
            // An exact copy adds nothing new to compare against: its original is indexed already.
            return;
        }

        await connection.ExecuteAsync(
            "INSERT INTO duplicate_fingerprints (fingerprint, article_id) VALUES (@fingerprint, @articleId)",
            new { fingerprint = candidate.Fingerprint, articleId },
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO duplicate_signatures (article_id, signature) VALUES (@articleId, @signature)",
            new { articleId, signature = candidate.Sketch },
            transaction);
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO duplicate_bands (band_key, article_id) VALUES (@key, @articleId)",
            candidate.BandKeys.Select(key => new { key, articleId }),
            transaction);
    }
}
