using Dapper;
using Microsoft.Data.Sqlite;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage.Sqlite;

/// <summary>The duplicate index's one table (schema version 4), and the move of the four tables it replaced.</summary>
internal static class SqliteDuplicateTable
{
    /// <summary>
    /// One row per article checked, numbered in arrival order. Exact copies keep only their verdict and fingerprint
    /// (found again on a redelivery); the others also their sketch and band keys (4 bytes each, <see cref="BandKeyPacking"/>),
    /// which each worker reads into memory to find near-duplicate candidates. Kind: 0 unique, 1 near, 2 exact.
    /// </summary>
    public const string Create = """
        CREATE TABLE duplicate_articles (
            seq INTEGER PRIMARY KEY,
            article_id BLOB NOT NULL,
            fingerprint BLOB NOT NULL,
            kind INTEGER NOT NULL,
            original_id BLOB,
            similarity REAL NOT NULL,
            sketch BLOB,
            band_keys BLOB
        );
        CREATE INDEX duplicate_articles_fingerprint ON duplicate_articles(fingerprint);
        """;

    /// <summary>Moves the rows of the version 1-3 tables in the order their verdicts were written, then drops those tables.</summary>
    public static async Task MoveVersion3RowsAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var bandKeys = new Version3BandKeys<string>();
        foreach (var (articleId, key) in await connection.QueryAsync<(string, long)>(
                     "SELECT article_id, band_key FROM duplicate_bands ORDER BY article_id, band_key", transaction: transaction))
        {
            bandKeys.Add(articleId, key);
        }

        // An exact copy's fingerprint is its original's; a row without a fingerprint was never written by versions 1-3.
        var rows = await connection.QueryAsync<(string ArticleId, string Kind, string? OriginalId, double Similarity, string Fingerprint, byte[]? Sketch)>(
            """
            SELECT v.article_id, v.kind, v.original_id, v.similarity, f.fingerprint, s.signature
            FROM duplicate_verdicts v
            JOIN duplicate_fingerprints f ON f.article_id = CASE WHEN v.kind = 'exact' THEN v.original_id ELSE v.article_id END
            LEFT JOIN duplicate_signatures s ON s.article_id = v.article_id AND v.kind <> 'exact'
            ORDER BY v.rowid
            """,
            transaction: transaction);
        foreach (var row in rows)
        {
            var (sketch, packedBandKeys) = bandKeys.ColumnsFor(row.ArticleId, row.Sketch);
            await connection.ExecuteAsync(
                """
                INSERT INTO duplicate_articles (article_id, fingerprint, kind, original_id, similarity, sketch, band_keys)
                VALUES (@articleId, @fingerprint, @kind, @originalId, @similarity, @sketch, @bandKeys)
                """,
                new
                {
                    articleId = Guid.Parse(row.ArticleId).ToByteArray(),
                    fingerprint = FingerprintKey.Of(row.Fingerprint).ToByteArray(),
                    kind = DuplicateKind.Code(row.Kind),
                    originalId = row.OriginalId is null ? null : Guid.Parse(row.OriginalId).ToByteArray(),
                    similarity = row.Similarity,
                    sketch,
                    bandKeys = packedBandKeys,
                },
                transaction);
        }

        await connection.ExecuteAsync(
            "DROP TABLE duplicate_verdicts; DROP TABLE duplicate_fingerprints; DROP TABLE duplicate_signatures; DROP TABLE duplicate_bands;",
            transaction: transaction);
    }
}
