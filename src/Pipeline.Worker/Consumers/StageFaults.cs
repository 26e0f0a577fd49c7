using System.Collections.Concurrent;

namespace Pipeline.Worker.Consumers;

/// <summary>Articles a stage gave up on in this process's lifetime, with the reason; tells who listens as each arrives.</summary>
public sealed class StageFaults
{
    private readonly ConcurrentDictionary<Guid, StageFailure> faults = new();

    /// <summary>Raised once per article, on the thread that recorded its failure.</summary>
    public event Action<Guid, StageFailure>? Recorded;

    public void Add(Guid articleId, StageFailure failure)
    {
        if (faults.TryAdd(articleId, failure))
        {
            Recorded?.Invoke(articleId, failure);
        }
    }

    public bool TryGet(Guid articleId, out string reason)
    {
        var found = faults.TryGetValue(articleId, out var failure);
        reason = failure?.Reason ?? "";
        return found;
    }

    public bool TryGetFailure(Guid articleId, out StageFailure failure) => faults.TryGetValue(articleId, out failure!);

    /// <summary>Drops what is known of an article once its file has been dealt with, so a long run does not grow.</summary>
    public void Forget(Guid articleId) => faults.TryRemove(articleId, out _);
}
