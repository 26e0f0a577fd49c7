using Dapper;
using Microsoft.Data.Sqlite;
using Pipeline.Storage.Sqlite;
using Pipeline.Storage.Tests.Behaviour;

namespace Pipeline.Storage.Tests.Sqlite;

/// <summary>SQLite files in a folder of their own, deleted after the test.</summary>
public sealed class SqliteEngine : StoreEngine
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pipeline-store-tests", Guid.NewGuid().ToString("N"));

    public override IReadOnlyList<int> MigrationVersions => SqliteSchema.Schema.Versions;

    public override int VersionBeforeSingleQuotesFolded => 8;

    public override Task<StoreLocation> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.FromResult(StoreLocation.Parse(Path.Combine(folder, $"{Guid.NewGuid():N}.db")));
    }

    public static async Task<SqliteConnection> ConnectAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<IReadOnlyList<int>> SchemaVersionsAsync(StoreLocation location)
    {
        await using var connection = await ConnectAsync(location.Value);
        return (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
    }

    public override async Task RollBackToFirstVersionAsync(StoreLocation location)
    {
        await RollBackToVersion4Async(location);
        await using var connection = await ConnectAsync(location.Value);
        await connection.ExecuteAsync(
            """
            DROP TRIGGER articles_search_insert; DROP TRIGGER articles_search_delete; DROP TABLE articles_search;
            DROP TRIGGER claims_search_insert; DROP TRIGGER claims_search_delete; DROP TABLE claims_search;
            ALTER TABLE claims DROP COLUMN source_id;
            DROP TABLE duplicate_articles;
            CREATE TABLE duplicate_verdicts (article_id TEXT PRIMARY KEY, kind TEXT NOT NULL, original_id TEXT, similarity REAL NOT NULL);
            CREATE TABLE duplicate_fingerprints (fingerprint TEXT PRIMARY KEY, article_id TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE duplicate_signatures (article_id TEXT PRIMARY KEY, signature BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE duplicate_bands (band_key INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band_key, article_id)) WITHOUT ROWID;
            DELETE FROM schema_version WHERE version > 1;
            """);
    }

    /// <summary>Puts the duplicate index back in the articles' file with version 4's columns, deletes its own file, and undoes versions 5, 7, 8 and 10 (as far as running them again needs: claims and groups stay in version 8's tables).</summary>
    public override async Task RollBackToVersion4Async(StoreLocation location)
    {
        var index = SqliteDialect.DuplicateIndexPath(location.Value);
        await using (var connection = await ConnectAsync(location.Value))
        {
            await connection.ExecuteAsync(SqliteDuplicateTable.Create);
            if (File.Exists(index))
            {
                await connection.ExecuteAsync("ATTACH DATABASE @index AS own", new { index });
                await connection.ExecuteAsync(
                    """
                    INSERT INTO main.duplicate_articles (seq, article_id, fingerprint, kind, original_id, similarity, sketch, band_keys)
                    SELECT seq, article_id, fingerprint, kind, original_id, COALESCE(similarity, 0), sketch, band_keys FROM own.duplicate_articles
                    """);
                await connection.ExecuteAsync("DETACH DATABASE own");
            }

            await connection.ExecuteAsync(
                """
                ALTER TABLE figures DROP COLUMN counted_text;
                ALTER TABLE figures DROP COLUMN counted_lemma;
                ALTER TABLE claims DROP COLUMN counted_text;
                ALTER TABLE claims DROP COLUMN counted_lemma;
                DROP TABLE claim_group_sources;
                ALTER TABLE claim_groups DROP COLUMN article_count;
                ALTER TABLE claim_groups DROP COLUMN source_count;
                CREATE INDEX articles_fingerprint ON articles(fingerprint);
                CREATE INDEX entities_entity ON entities(entity_id);
                ALTER TABLE claims DROP COLUMN source_role;
                DELETE FROM schema_version WHERE version > 4;
                """);
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { index, $"{index}-wal", $"{index}-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    public override async Task AddVersion3DuplicateAsync(StoreLocation location, Version3Duplicate row)
    {
        await using var connection = await ConnectAsync(location.Value);
        var articleId = row.ArticleId.ToString();
        await connection.ExecuteAsync(
            "INSERT INTO duplicate_verdicts (article_id, kind, original_id, similarity) VALUES (@articleId, @Kind, @originalId, @Similarity)",
            new { articleId, row.Kind, originalId = row.OriginalId?.ToString(), row.Similarity });
        if (row.Kind == "exact")
        {
            return;
        }

        await connection.ExecuteAsync("INSERT INTO duplicate_fingerprints (fingerprint, article_id) VALUES (@Fingerprint, @articleId)", new { row.Fingerprint, articleId });
        await connection.ExecuteAsync("INSERT INTO duplicate_signatures (article_id, signature) VALUES (@articleId, @Sketch)", new { articleId, row.Sketch });
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO duplicate_bands (band_key, article_id) VALUES (@key, @articleId)", row.BandKeys.Select(key => new { key, articleId }));
    }

    protected override Task DropDatabasesAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
