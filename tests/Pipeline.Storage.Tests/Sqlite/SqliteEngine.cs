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
            DELETE FROM schema_version WHERE version > 1;
            """);
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
