using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage.Sqlite;
using Pipeline.Storage.Tests.Behaviour;

namespace Pipeline.Storage.Tests.Sqlite;

/// <summary>SQLite files in a folder of their own, deleted after the test.</summary>
public sealed class SqliteEngine : StoreEngine
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pipeline-store-tests", Guid.NewGuid().ToString("N"));

    public override IReadOnlyList<int> MigrationVersions => SqliteSchema.Migrations.Select(m => m.Version).ToList();

    public override Task<StoreLocation> CreateDatabaseAsync()
        => Task.FromResult(StoreLocation.Parse(Path.Combine(folder, $"{Guid.NewGuid():N}.db")));

    public override async Task<IReadOnlyList<int>> SchemaVersionsAsync(StoreLocation location)
    {
        await using var connection = await new SqliteDatabase(location.Value, NullLogger.Instance).OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
    }

    public override async Task RollBackToFirstVersionAsync(StoreLocation location)
    {
        await using var connection = await new SqliteDatabase(location.Value, NullLogger.Instance).OpenAsync(CancellationToken.None);
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

    public override Task MigrateToAsync(StoreLocation location, int version)
        => SqliteSchema.MigrateAsync(new SqliteDatabase(location.Value, NullLogger.Instance), version, CancellationToken.None);

    public override async Task AddVersion3DuplicateAsync(StoreLocation location, Version3Duplicate row)
    {
        await using var connection = await new SqliteDatabase(location.Value, NullLogger.Instance).OpenAsync(CancellationToken.None);
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
