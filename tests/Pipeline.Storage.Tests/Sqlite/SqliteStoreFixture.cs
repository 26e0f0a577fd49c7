using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Storage.Tests.Sqlite;

/// <summary>A fresh SQLite file per test, deleted afterwards.</summary>
public sealed class SqliteStoreFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pipeline-store-tests", Guid.NewGuid().ToString("N"));

    public SqliteDatabase Database { get; private set; } = null!;

    public SqliteArticleStore Store { get; private set; } = null!;

    public SqliteDuplicateIndex Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = new SqliteDatabase(Path.Combine(folder, "pipeline.db"), NullLogger.Instance);
        Store = new SqliteArticleStore(Database);
        Index = new SqliteDuplicateIndex(Database);
        await Store.MigrateAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
