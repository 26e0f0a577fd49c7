using Microsoft.Extensions.Logging;
using Pipeline.Analysis.Duplicates;
using Pipeline.Storage.Postgres;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Storage;

/// <summary>Opens the store a location names: a SQLite file, or a PostgreSQL database for a <c>postgres://</c> URI.</summary>
public static class StoreFactory
{
    /// <param name="location">The SQLite file or PostgreSQL database.</param>
    /// <param name="loggerFactory">Logs retries.</param>
    /// <param name="duplicates">The options the duplicate stage signs articles with; the shipped ones when null.</param>
    public static PipelineStore Open(StoreLocation location, ILoggerFactory loggerFactory, NearDuplicateOptions? duplicates = null)
    {
        switch (location.Kind)
        {
            case StoreKind.Postgres:
                var postgres = new PostgresDatabase(location.Value, loggerFactory.CreateLogger<PostgresDatabase>());
                return new PipelineStore(new PostgresArticleStore(postgres), new PostgresDuplicateIndex(postgres, duplicates), postgres);
            default:
                var sqlite = new SqliteDatabase(location.Value, loggerFactory.CreateLogger<SqliteDatabase>());
                return new PipelineStore(new SqliteArticleStore(sqlite), new SqliteDuplicateIndex(sqlite, duplicates), null);
        }
    }
}

/// <summary>The two faces of one store, and the connections they share (closed on dispose).</summary>
public sealed class PipelineStore(IArticleStore articles, IDuplicateIndex duplicates, PostgresDatabase? connections) : IAsyncDisposable, IDisposable
{
    public IArticleStore Articles { get; } = articles;

    public IDuplicateIndex Duplicates { get; } = duplicates;

    public ValueTask DisposeAsync() => connections?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => connections?.Dispose();
}
