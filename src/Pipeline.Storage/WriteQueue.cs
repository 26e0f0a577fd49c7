using System.Diagnostics;
using System.Threading.Channels;

namespace Pipeline.Storage;

/// <summary>
/// One writer per process: callers hand their item over and wait, and one loop writes whatever gathered while the
/// transaction before ran, together in one transaction (group commit). Concurrent consumers thus never take turns on
/// the database's lock, and the batch grows with the load without a timer to wait for. A caller's wait ends after the
/// commit that holds its item. When a batch fails for a reason that is not transient (a message the database refuses),
/// each of its items is written again alone, so one bad item fails alone.
/// </summary>
internal sealed class WriteQueue<TItem, TResult> : IAsyncDisposable
{
    private readonly Channel<Pending> pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TResult>>> write;
    private readonly Func<Exception, bool> isTransient;
    private readonly Action<TimeSpan> queued;
    private readonly int maxBatch;
    private readonly Lazy<Task> loop;

    /// <param name="write">Writes a batch in one transaction and returns one result per item, in order.</param>
    /// <param name="isTransient">Whether a failed batch would fail again item by item (the database is away), so it is not split.</param>
    /// <param name="queued">Told how long each item waited before its transaction began.</param>
    /// <param name="maxBatch">Items per transaction at most.</param>
    public WriteQueue(
        Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TResult>>> write, Func<Exception, bool> isTransient, Action<TimeSpan> queued, int maxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        this.write = write;
        this.isTransient = isTransient;
        this.queued = queued;
        this.maxBatch = maxBatch;
        loop = new Lazy<Task>(() => Task.Run(RunAsync));
    }

    /// <summary>Writes <paramref name="item"/> with whatever else is waiting; returns once its transaction committed.</summary>
    public Task<TResult> WriteAsync(TItem item, CancellationToken cancellationToken)
    {
        var waiting = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously), Stopwatch.GetTimestamp());
        if (!pending.Writer.TryWrite(waiting))
        {
            throw new ObjectDisposedException(nameof(WriteQueue<TItem, TResult>), "The store is closed.");
        }

        _ = loop.Value;

        // A caller that stops waiting leaves its item queued: it is written anyway, and a redelivery finds it stored.
        return waiting.Result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes what is still queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        if (pending.Writer.TryComplete() && loop.IsValueCreated)
        {
            await loop.Value;
        }
    }

    private async Task RunAsync()
    {
        var reader = pending.Reader;
        var batch = new List<Pending>(maxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < maxBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            foreach (var waiting in batch)
            {
                queued(Stopwatch.GetElapsedTime(waiting.Queued));
            }

            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(IReadOnlyList<Pending> batch)
    {
        try
        {
            var results = await write(batch.Select(p => p.Item).ToList(), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.TrySetResult(results[i]);
            }
        }
        catch (Exception e) when (batch.Count > 1 && !isTransient(e))
        {
            foreach (var waiting in batch)
            {
                await WriteAsync([waiting]);
            }
        }
        catch (Exception e)
        {
            foreach (var waiting in batch)
            {
                waiting.Result.TrySetException(e);
            }
        }
    }

    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Result, long Queued);
}
