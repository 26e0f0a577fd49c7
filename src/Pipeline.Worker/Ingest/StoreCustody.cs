using System.Collections.Concurrent;
using Pipeline.Storage;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// The embedded default: an article is held for good only once the store has it, since the in-memory bus forgets
/// everything when the process dies. Told at once by the sink (<see cref="Stored"/>) and by the stage fault consumer
/// (<see cref="StageFaults"/>); the store itself is asked too, when the article is first awaited and then at growing
/// intervals, so that no missed signal can keep a file waiting.
/// </summary>
public sealed class StoreCustody : IArticleCustody, IDisposable
{
    private static readonly TimeSpan FirstLook = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestLook = TimeSpan.FromSeconds(10);

    private readonly IArticleReader _store;
    private readonly StageFaults _faults;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<CustodyOutcome>> _waiting = new();

    public StoreCustody(IArticleReader store, StageFaults faults, TimeProvider time)
    {
        _store = store;
        _faults = faults;
        _time = time;
        _faults.Recorded += OnFault;
    }

    /// <summary>The sink committed the article.</summary>
    public void Stored(Guid articleId)
    {
        if (_waiting.TryGetValue(articleId, out var waiter))
        {
            waiter.TrySetResult(CustodyOutcome.Held);
        }
    }

    public async Task<CustodyOutcome> AwaitAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var waiter = _waiting.GetOrAdd(articleId, _ => new TaskCompletionSource<CustodyOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            // Whatever happened before this waiter existed: already failed, or already stored.
            if (_faults.TryGetFailure(articleId, out var failure))
            {
                return new CustodyOutcome(failure);
            }

            var look = TimeSpan.Zero;
            while (true)
            {
                if (look > TimeSpan.Zero)
                {
                    var timer = Task.Delay(look, _time, cancellationToken);
                    if (await Task.WhenAny(waiter.Task, timer) == waiter.Task)
                    {
                        return await waiter.Task;
                    }

                    await timer;
                }

                if ((await _store.FindStoredAsync([articleId], cancellationToken)).Contains(articleId))
                {
                    return CustodyOutcome.Held;
                }

                look = look == TimeSpan.Zero ? FirstLook : TimeSpan.FromTicks(Math.Min(look.Ticks * 2, LongestLook.Ticks));
            }
        }
        finally
        {
            _waiting.TryRemove(new KeyValuePair<Guid, TaskCompletionSource<CustodyOutcome>>(articleId, waiter));
            _faults.Forget(articleId);
        }
    }

    public void Dispose() => _faults.Recorded -= OnFault;

    private void OnFault(Guid articleId, StageFailure failure)
    {
        if (_waiting.TryGetValue(articleId, out var waiter))
        {
            waiter.TrySetResult(new CustodyOutcome(failure));
        }
    }
}
