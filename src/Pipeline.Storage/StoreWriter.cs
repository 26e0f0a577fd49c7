using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Pipeline.Storage;

/// <summary>
/// One connection that writes, kept open with its statements between transactions. Each transaction is retried from
/// its start when the failure is transient (a busy database, a lost connection, a deadlock), on a fresh connection;
/// the wait for the lock is measured and logged. Used by one caller at a time (a <see cref="WriteQueue{TItem, TResult}"/>'s loop).
/// </summary>
internal sealed class StoreWriter(StoreDatabase database, string writer, WriteLock writeLock) : IAsyncDisposable
{
    /// <summary>A lock wait from which the log warns: another process is holding the database.</summary>
    private static readonly TimeSpan LongWait = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, DbCommand> statements = [];
    private DbConnection? connection;

    /// <summary>Runs <paramref name="work"/> in one write transaction and commits it.</summary>
    /// <param name="items">How many items the transaction writes, for the metrics and the log.</param>
    /// <param name="work">The transaction's statements.</param>
    /// <param name="cancellationToken">Cancels the transaction and its retries.</param>
    public async Task<T> WriteAsync<T>(int items, Func<StoreTransaction, Task<T>> work, CancellationToken cancellationToken)
        => await database.Retry.ExecuteAsync(
            async ct =>
            {
                var dialect = database.Dialect;
                try
                {
                    connection ??= await dialect.OpenAsync(ct);
                    var started = Stopwatch.GetTimestamp();
                    await using var transaction = await dialect.BeginWriteAsync(connection, writeLock, ct);
                    var waited = Stopwatch.GetElapsedTime(started);
                    var result = await work(new StoreTransaction(connection, transaction, dialect, statements));
                    await transaction.CommitAsync(ct);
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    Record(items, dialect.Locks(writeLock) ? waited : null, elapsed - waited);
                    return result;
                }
                catch
                {
                    // The next attempt starts on a new connection: this one may be broken, its statements half run.
                    await CloseAsync();
                    throw;
                }
            },
            cancellationToken);

    public ValueTask DisposeAsync() => CloseAsync();

    private void Record(int items, TimeSpan? waited, TimeSpan elapsed)
    {
        var engine = database.Dialect.Engine;
        if (waited is { } wait)
        {
            database.Metrics.LockWaited(engine, writer, wait);
        }

        database.Metrics.Committed(engine, writer, items, elapsed);
        if (waited >= LongWait)
        {
            database.Logger.LogWarning(
                "{Writer} waited {LockWait:0} ms for the {Engine} store's lock (another process writing?), then wrote {Items} in {Elapsed:0.0} ms",
                writer,
                waited.Value.TotalMilliseconds,
                engine,
                items,
                elapsed.TotalMilliseconds);
        }
        else
        {
            database.Logger.LogDebug(
                "{Writer} wrote {Items} in {Elapsed:0.0} ms after {LockWait:0.0} ms waiting for the {Engine} store's lock",
                writer,
                items,
                elapsed.TotalMilliseconds,
                waited?.TotalMilliseconds ?? 0,
                engine);
        }
    }

    private async ValueTask CloseAsync()
    {
        foreach (var statement in statements.Values)
        {
            await statement.DisposeAsync();
        }

        statements.Clear();
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }
}
