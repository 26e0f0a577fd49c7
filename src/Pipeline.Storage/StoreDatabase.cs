using System.Data.Common;
using Microsoft.Extensions.Logging;
using Polly;

namespace Pipeline.Storage;

/// <summary>One database of the store (a SQLite file, a PostgreSQL database): its dialect, its retry, its instruments and log.</summary>
internal sealed class StoreDatabase : IAsyncDisposable
{
    public StoreDatabase(StoreDialect dialect, StoreMetrics metrics, ILogger logger)
    {
        Dialect = dialect;
        Metrics = metrics;
        Logger = logger;
        Retry = StoreRetry.Build(
            new PredicateBuilder().Handle<Exception>(dialect.IsTransient),
            args =>
            {
                logger.LogWarning(
                    args.Outcome.Exception,
                    "{Engine} store {Target}: {Reason}, retry {Attempt} in {Delay} ms",
                    dialect.Engine,
                    dialect.Target,
                    args.Outcome.Exception?.Message,
                    args.AttemptNumber + 1,
                    args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            });
    }

    public StoreDialect Dialect { get; }

    public StoreMetrics Metrics { get; }

    public ILogger Logger { get; }

    public ResiliencePipeline Retry { get; }

    /// <summary>A writer with a connection of its own, for a process's one writer of a kind.</summary>
    public StoreWriter Writer(string writer, WriteLock writeLock) => new(this, writer, writeLock);

    /// <summary>Runs one write transaction on a connection of its own (migrations, tools).</summary>
    public async Task<T> WriteOnceAsync<T>(string writer, WriteLock writeLock, Func<StoreTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var once = Writer(writer, writeLock);
        return await once.WriteAsync(1, work, cancellationToken);
    }

    /// <summary>Runs a read on a pooled connection, retried when the failure is transient.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
        => await Retry.ExecuteAsync(
            async ct =>
            {
                await using var connection = await Dialect.OpenAsync(ct);
                return await work(connection);
            },
            cancellationToken);

    public ValueTask DisposeAsync() => Dialect.DisposeAsync();
}
