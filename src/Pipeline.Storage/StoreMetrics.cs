using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pipeline.Storage;

/// <summary>
/// The store's instruments (meter <c>Pipeline.Storage</c>), so that "no stage waits on a lock for more than a few
/// milliseconds" can be checked: how long each write transaction waited for the database's lock, how long a write
/// waited in its process for the writer, how many items a transaction wrote and how long it took. Tags: <c>engine</c>
/// (sqlite, postgres) and <c>writer</c> (sink, duplicates, schema).
/// </summary>
public sealed class StoreMetrics
{
    public const string MeterName = "Pipeline.Storage";

    private static readonly Meter Shared = new(MeterName);

    private readonly Histogram<double> lockWait;
    private readonly Histogram<double> queueWait;
    private readonly Histogram<double> transaction;
    private readonly Histogram<int> batch;

    /// <param name="meters">The host's meter factory; without one the instruments live on a meter shared by the process.</param>
    public StoreMetrics(IMeterFactory? meters = null)
    {
        var meter = meters?.Create(MeterName) ?? Shared;
        lockWait = meter.CreateHistogram<double>(
            "pipeline_store_lock_wait_seconds", unit: "s", description: "Time a write transaction waited for the database's write lock (SQLite) or the duplicate index's advisory lock (PostgreSQL), by writer");
        queueWait = meter.CreateHistogram<double>(
            "pipeline_store_queue_wait_seconds", unit: "s", description: "Time a write waited in its process for the store's one writer (the transaction before it), by writer");
        transaction = meter.CreateHistogram<double>(
            "pipeline_store_transaction_seconds", unit: "s", description: "Time a write transaction took from its lock to its commit, by writer");
        batch = meter.CreateHistogram<int>(
            "pipeline_store_batch_items", unit: "{item}", description: "Articles (sink) or checks (duplicates) written by one transaction, by writer");
    }

    internal void LockWaited(string engine, string writer, TimeSpan wait) => lockWait.Record(wait.TotalSeconds, Tags(engine, writer));

    internal void Queued(string engine, string writer, TimeSpan wait) => queueWait.Record(wait.TotalSeconds, Tags(engine, writer));

    internal void Committed(string engine, string writer, int items, TimeSpan elapsed)
    {
        var tags = Tags(engine, writer);
        transaction.Record(elapsed.TotalSeconds, tags);
        batch.Record(items, tags);
    }

    private static TagList Tags(string engine, string writer) => new() { { "engine", engine }, { "writer", writer } };
}
