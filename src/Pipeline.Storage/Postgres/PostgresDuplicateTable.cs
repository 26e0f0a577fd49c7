using Dapper;
using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>The duplicate index's one table (schema version 4), and the move of the four tables it replaced.</summary>
internal static class PostgresDuplicateTable
{
    /// <summary>
    /// One row per article checked, numbered in arrival order; see <c>SqliteDuplicateTable</c>. Fixed-width columns
    /// come first so that none is padded; a unique article's similarity is null (0), which costs no byte. The 128-bit
    /// fingerprint key is a uuid, 16 bytes without a length header; a hash index finds it with 4-byte entries
    /// instead of 16, and the heap row is rechecked, so the check stays exact.
    /// </summary>
    public const string Create = """
        CREATE TABLE duplicate_articles (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            similarity double precision,
            article_id uuid NOT NULL,
            fingerprint uuid NOT NULL,
            original_id uuid,
            kind smallint NOT NULL,
            sketch bytea,
            band_keys bytea
        );
        CREATE INDEX duplicate_articles_fingerprint ON duplicate_articles USING hash (fingerprint);
        """;

    /// <summary>Moves the rows of the version 1-3 tables in the order their verdicts were written, then drops those tables.</summary>
    public static async Task MoveVersion3RowsAsync(MigrationStep step)
    {
        var (connection, transaction) = ((NpgsqlConnection)step.Connection, (NpgsqlTransaction)step.Transaction);
        var bandKeys = new Version3BandKeys<Guid>();
        foreach (var (articleId, key) in await connection.QueryAsync<(Guid, long)>(
                     "SELECT article_id, band_key FROM duplicate_bands ORDER BY article_id, band_key", transaction: transaction))
        {
            bandKeys.Add(articleId, key);
        }

        // The verdicts' physical order is the order they were written: the table was only ever inserted into.
        var rows = await connection.QueryAsync<(Guid ArticleId, string Kind, Guid? OriginalId, double Similarity, string Fingerprint, byte[]? Sketch)>(
            """
            SELECT v.article_id, v.kind, v.original_id, v.similarity, f.fingerprint, s.signature
            FROM duplicate_verdicts v
            JOIN duplicate_fingerprints f ON f.article_id = CASE WHEN v.kind = 'exact' THEN v.original_id ELSE v.article_id END
            LEFT JOIN duplicate_signatures s ON s.article_id = v.article_id AND v.kind <> 'exact'
            ORDER BY v.ctid
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
                    articleId = row.ArticleId,
                    fingerprint = FingerprintKey.Of(row.Fingerprint),
                    kind = (short)DuplicateKind.Code(row.Kind),
                    originalId = row.OriginalId,
                    similarity = row.Kind == DuplicateKind.Unique ? (double?)null : row.Similarity,
                    sketch,
                    bandKeys = packedBandKeys,
                },
                transaction);
        }

        await connection.ExecuteAsync(
            "DROP TABLE duplicate_verdicts, duplicate_fingerprints, duplicate_signatures, duplicate_bands",
            transaction: transaction);
    }
}
