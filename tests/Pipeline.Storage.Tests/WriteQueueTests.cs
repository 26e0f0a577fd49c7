using System.Collections.Concurrent;

namespace Pipeline.Storage.Tests;

public sealed class WriteQueueTests
{
    [Fact]
    public async Task Items_handed_over_while_a_transaction_runs_are_written_together_in_the_next()
    {
        var writes = new Writes();
        await using var queue = writes.Queue(maxBatch: 10);
        var first = queue.WriteAsync(0, CancellationToken.None);
        await writes.Started.Task;

        var rest = Enumerable.Range(1, 5).Select(i => queue.WriteAsync(i, CancellationToken.None)).ToList();
        writes.Release.SetResult();

        var written = await Task.WhenAll([first, .. rest]);

        Assert.Equal([0, 1, 2, 3, 4, 5], written);
        Assert.Equal([[0], [1, 2, 3, 4, 5]], writes.Batches);
    }

    [Fact]
    public async Task A_batch_holds_at_most_its_limit_and_the_rest_follows_in_order()
    {
        var writes = new Writes();
        await using var queue = writes.Queue(maxBatch: 2);
        var first = queue.WriteAsync(0, CancellationToken.None);
        await writes.Started.Task;

        var rest = Enumerable.Range(1, 5).Select(i => queue.WriteAsync(i, CancellationToken.None)).ToList();
        writes.Release.SetResult();
        await Task.WhenAll([first, .. rest]);

        Assert.Equal([[0], [1, 2], [3, 4], [5]], writes.Batches);
    }

    [Fact]
    public async Task An_item_the_database_refuses_fails_alone_and_the_others_of_its_batch_are_written()
    {
        var writes = new Writes { Refused = 3 };
        await using var queue = writes.Queue(maxBatch: 10);
        var first = queue.WriteAsync(0, CancellationToken.None);
        await writes.Started.Task;

        var rest = Enumerable.Range(1, 4).Select(i => queue.WriteAsync(i, CancellationToken.None)).ToList();
        writes.Release.SetResult();

        var written = await Task.WhenAll(rest.Where((_, i) => i != 2));

        Assert.Equal(0, await first);
        Assert.Equal([1, 2, 4], written);
        await Assert.ThrowsAsync<InvalidOperationException>(() => rest[2]);
        Assert.Equal([[0], [1, 2, 3, 4], [1], [2], [3], [4]], writes.Batches);
    }

    [Fact]
    public async Task A_batch_that_failed_because_the_database_is_away_fails_whole_without_retrying_item_by_item()
    {
        var writes = new Writes { Away = true };
        await using var queue = writes.Queue(maxBatch: 10);
        var first = queue.WriteAsync(0, CancellationToken.None);
        await writes.Started.Task;

        var rest = Enumerable.Range(1, 3).Select(i => queue.WriteAsync(i, CancellationToken.None)).ToList();
        writes.Release.SetResult();

        foreach (var write in rest.Prepend(first))
        {
            await Assert.ThrowsAsync<TimeoutException>(() => write);
        }

        Assert.Equal([[0], [1, 2, 3]], writes.Batches);
    }

    [Fact]
    public async Task A_caller_is_answered_only_once_its_transaction_committed()
    {
        var writes = new Writes();
        await using var queue = writes.Queue(maxBatch: 10);

        var write = queue.WriteAsync(7, CancellationToken.None);
        await writes.Started.Task;

        Assert.False(write.IsCompleted);
        writes.Release.SetResult();
        Assert.Equal(7, await write);
    }

    /// <summary>A batch writer that records its batches; the first waits for <see cref="Release"/>.</summary>
    private sealed class Writes
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<int[]> Batches { get; } = new();

        /// <summary>An item whose batch fails as a database refuses a row (a constraint).</summary>
        public int? Refused { get; init; }

        /// <summary>Every batch fails as when the database is unreachable.</summary>
        public bool Away { get; init; }

        public WriteQueue<int, int> Queue(int maxBatch)
            => new(WriteAsync, e => e is TimeoutException, _ => { }, maxBatch);

        private async Task<IReadOnlyList<int>> WriteAsync(IReadOnlyList<int> items, CancellationToken cancellationToken)
        {
            Batches.Enqueue([.. items]);
            Started.TrySetResult();
            await Release.Task;
            if (Away)
            {
                throw new TimeoutException("database away");
            }

            if (items.Contains(Refused ?? -1))
            {
                throw new InvalidOperationException("NOT NULL constraint failed");
            }

            return items;
        }
    }
}
