using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Pipeline.Analysis.Duplicates;
using Pipeline.Storage.Postgres;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Storage;

/// <summary>Opens the store a location names: a SQLite file, or a PostgreSQL database for a <c>postgres://</c> URI.</summary>
public static class StoreFactory
{
    /// <param name="location">The SQLite file or PostgreSQL database.</param>
    /// <param name="loggerFactory">Logs retries, lock waits and transactions.</param>
    /// <param name="duplicates">The options the duplicate stage signs articles with; the shipped ones when null.</param>
    /// <param name="meters">The host's meter factory, for the store's instruments (<see cref="StoreMetrics"/>).</param>
    public static PipelineStore Open(StoreLocation location, ILoggerFactory loggerFactory, NearDuplicateOptions? duplicates = null, IMeterFactory? meters = null)
    {
        var metrics = new StoreMetrics(meters);
        var logger = loggerFactory.CreateLogger(typeof(PipelineStore));
        StoreDatabase Database(StoreDialect dialect) => new(dialect, metrics, logger);
        return location.Kind switch
        {
            StoreKind.Postgres => PipelineStore.Over(Database(new PostgresDialect(location.Value)), duplicateIndex: null, PostgresSchema.Schema, duplicates),

            // The duplicate index has a file of its own: its checks and the sink's commits never wait for each other.
            _ => PipelineStore.Over(
                Database(new SqliteDialect(location.Value)), Database(new SqliteDialect(SqliteDialect.DuplicateIndexPath(location.Value))), SqliteSchema.Schema, duplicates),
        };
    }
}
