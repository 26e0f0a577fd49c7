using System.Text;
using Dapper;
using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// The duplicate index in the PostgreSQL database every duplicate-stage worker shares. Check and add run in one
/// transaction that first takes transaction-scoped advisory locks on the candidate's fingerprint and band keys.
/// </summary>
/// <remarks>
/// Two articles can only match through a shared fingerprint or a shared band key, and a check reads and writes the
/// index only under those keys, so locking them (two-phase, held to commit) serialises exactly the checks that could
/// see each other: of two copies checked at the same moment one commits first and the other finds it, while unrelated
/// articles proceed in parallel. Keys are hashed to 32 bits in their own lock space; a collision only makes two
/// checks wait for each other. Locks are taken in ascending order, so checks never deadlock on them.
/// </remarks>
public sealed class PostgresDuplicateIndex(PostgresDatabase database) : IDuplicateIndex
{
    /// <summary>First half of the two-integer advisory lock keys, so ours never meet another application's ("dupl").</summary>
    public const int LockSpace = 0x6475_706C;

    public Task<DuplicateMatch> CheckAndAddAsync(
        DuplicateCandidate candidate, Func<byte[], byte[], double> similarity, CancellationToken cancellationToken)
        => database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    "SELECT pg_advisory_xact_lock(@space, k) FROM (SELECT DISTINCT k FROM unnest(@keys) AS k ORDER BY k) AS sorted",
                    new { space = LockSpace, keys = LockKeys(candidate) },
                    transaction);

                var earlier = (await connection.QueryAsync<(string Kind, Guid? OriginalId, double Similarity)>(
                    "SELECT kind, original_id, similarity FROM duplicate_verdicts WHERE article_id = @id",
                    new { id = candidate.ArticleId },
                    transaction)).ToList();
                if (earlier is [var verdict])
                {
                    return new DuplicateMatch(verdict.Kind, verdict.OriginalId, verdict.Similarity);
                }

                var match = await FindAsync(connection, transaction, candidate, similarity);
                await AddAsync(connection, transaction, candidate, match);
                return match;
            },
            cancellationToken);

    /// <summary>The 32-bit lock keys of a candidate: its fingerprint's and its band keys'.</summary>
    internal static int[] LockKeys(DuplicateCandidate candidate)
        => candidate.BandKeys.Select(key => (int)(key ^ (key >>> 32))).Append(Fnv1a(candidate.Fingerprint)).ToArray();

    private static int Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return unchecked((int)hash);
    }

    private static async Task<DuplicateMatch> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DuplicateCandidate candidate, Func<byte[], byte[], double> similarity)
    {
        var exact = await connection.QuerySingleOrDefaultAsync<Guid?>(
            "SELECT article_id FROM duplicate_fingerprints WHERE fingerprint = @fingerprint",
            new { fingerprint = candidate.Fingerprint },
            transaction);
        if (exact is { } original)
        {
            return new DuplicateMatch("exact", original, 1.0);
        }

        if (candidate.BandKeys.Count == 0)
        {
            return new DuplicateMatch("unique", null, 0);
        }

        var candidates = await connection.QueryAsync<(Guid ArticleId, byte[] Signature)>(
            """
            SELECT s.article_id, s.signature FROM duplicate_signatures s
            WHERE s.article_id IN (SELECT article_id FROM duplicate_bands WHERE band_key = ANY(@keys))
            ORDER BY s.article_id
            """,
            new { keys = candidate.BandKeys.ToArray() },
            transaction);

        DuplicateMatch best = new("unique", null, 0);
        foreach (var (otherId, signature) in candidates)
        {
            var score = similarity(candidate.Sketch, signature);
            if (score >= candidate.Threshold && score > best.Similarity)
            {
                best = new DuplicateMatch("near", otherId, score);
            }
        }

        return best;
    }

    private static async Task AddAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DuplicateCandidate candidate, DuplicateMatch match)
    {
        var articleId = candidate.ArticleId;
        await connection.ExecuteAsync(
            "INSERT INTO duplicate_verdicts (article_id, kind, original_id, similarity) VALUES (@articleId, @kind, @originalId, @similarity)",
            new { articleId, kind = match.Kind, originalId = match.OriginalId, similarity = match.Similarity },
            transaction);
        if (match.Kind == "exact")
        {
            // An exact copy adds nothing new to compare against: its original is indexed already.
            return;
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO duplicate_fingerprints (fingerprint, article_id) VALUES (@fingerprint, @articleId);
            INSERT INTO duplicate_signatures (article_id, signature) VALUES (@articleId, @signature);
            INSERT INTO duplicate_bands (band_key, article_id) SELECT DISTINCT unnest(@keys), @articleId ON CONFLICT DO NOTHING;
            """,
            new { fingerprint = candidate.Fingerprint, articleId, signature = candidate.Sketch, keys = candidate.BandKeys.ToArray() },
            transaction);
    }
}
