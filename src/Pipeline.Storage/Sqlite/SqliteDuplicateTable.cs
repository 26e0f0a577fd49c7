using Dapper;
using Microsoft.Data.Sqlite;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage.Sqlite;

/// <summary>
/// The duplicate index's one table (schema version 4), the move of the four tables it replaced, and its move into a
/// file of its own (version 6), where its checks take that file's write lock instead of the articles'.
/// </summary>
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
    public static async Task MoveVersion3RowsAsync(MigrationStep step)
    {
        var (connection, transaction) = ((SqliteConnection)step.Connection, (SqliteTransaction)step.Transaction);
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

    /// <summary>
    /// The table in the index's own file: as in version 4, but a unique article's similarity is null (no verdict has
    /// one), as in PostgreSQL, so that one flow writes both.
    /// </summary>
    public const string CreateInOwnFile = """
        CREATE TABLE IF NOT EXISTS duplicate_articles (
            seq INTEGER PRIMARY KEY,
            article_id BLOB NOT NULL,
            fingerprint BLOB NOT NULL,
            kind INTEGER NOT NULL,
            original_id BLOB,
            similarity REAL,
            sketch BLOB,
            band_keys BLOB
        );
        CREATE INDEX IF NOT EXISTS duplicate_articles_fingerprint ON duplicate_articles(fingerprint);
        """;

    /// <summary>
    /// Copies the rows, numbers kept, into the index's file in a transaction of that file, committed before this
    /// migration drops the table here. A crash in between leaves the rows here and version 5 recorded, so the next
    /// start copies them again over what the first copy left.
    /// </summary>
    public static async Task MoveToOwnFileAsync(MigrationStep step)
    {
        var ct = step.CancellationToken;
        await step.DuplicateIndex.WriteOnceAsync(
            SchemaMigrator.Writer,
            WriteLock.Schema,
            async target =>
            {
                await StoreCommand.ExecuteAsync(target.Connection, target.Transaction, CreateInOwnFile + "DELETE FROM duplicate_articles;", ct);
                await using var read = StoreCommand.Create(
                    step.Connection, step.Transaction, "SELECT seq, article_id, fingerprint, kind, original_id, similarity, sketch, band_keys FROM duplicate_articles ORDER BY seq");
                await using var rows = await read.ExecuteReaderAsync(ct);
                var chunk = new List<object?[]>();
                while (await rows.ReadAsync(ct))
                {
                    var row = new object[rows.FieldCount];
                    rows.GetValues(row);
                    chunk.Add(row.Select(v => v is DBNull ? null : v).ToArray());
                    if (chunk.Count == 4096)
                    {
                        await CopyAsync(target, chunk, ct);
                    }
                }

                await CopyAsync(target, chunk, ct);
                return 0;
            },
            ct);
        await StoreCommand.ExecuteAsync(step.Connection, step.Transaction, "DROP TABLE duplicate_articles", ct);
    }

    private static async Task CopyAsync(StoreTransaction target, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await target.InsertAsync<int>(
            new RowSet("duplicate_articles", ["seq", "article_id", "fingerprint", "kind", "original_id", "similarity", "sketch", "band_keys"], rows.ToList()),
            string.Empty,
            null,
            cancellationToken);
        rows.Clear();
    }
}
