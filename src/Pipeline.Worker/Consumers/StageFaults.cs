using System.Collections.Concurrent;

namespace Pipeline.Worker.Consumers;

/// <summary>Articles a stage gave up on in this process's lifetime, with the reason.</summary>
public sealed class StageFaults
{
    private readonly ConcurrentDictionary<Guid, string> faults = new();

    public void Add(Guid articleId, string reason) => faults.TryAdd(articleId, reason);

    public bool TryGet(Guid articleId, out string reason) => faults.TryGetValue(articleId, out reason!);
}
