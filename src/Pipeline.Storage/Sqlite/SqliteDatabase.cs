using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Polly;

namespace Pipeline.Storage.Sqlite;

/// <summary>Opens connections to one SQLite file and runs writes through a retry for a busy database.</summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;
    private readonly ResiliencePipeline busyRetry;

    public SqliteDatabase(string path, ILogger logger)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
        }.ToString();

        // SQLite's own busy_timeout waits for the lock; this retry covers what it gives up on
        // (SQLITE_BUSY on a lock upgrade, SQLITE_LOCKED), with each attempt logged.
        busyRetry = StoreRetry.Build(
            new PredicateBuilder().Handle<SqliteException>(e => e.SqliteErrorCode is 5 or 6),
            args =>
            {
                logger.LogWarning(
                    args.Outcome.Exception,
                    "SQLite store {Path} busy, retry {Attempt} in {Delay} ms",
                    Path,
                    args.AttemptNumber + 1,
                    args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            });
    }

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction taken at once (BEGIN IMMEDIATE), retried while the database is busy.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        return await busyRetry.ExecuteAsync(
            async ct =>
            {
                await using var connection = await OpenAsync(ct);
                // Not deferred: BEGIN IMMEDIATE takes the write lock now, so a check-then-insert cannot interleave.
                await using var transaction = connection.BeginTransaction(deferred: false);
                var result = await work(connection, transaction);
                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken);
    }
}
