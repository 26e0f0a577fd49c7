using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Operations;

/// <summary>One stage's queue and error queue as <c>pipeline status</c> shows them.</summary>
public sealed record StageStatus(
    string Stage,
    string Queue,
    bool QueueExists,
    long Ready,
    long Unacknowledged,
    int Consumers,
    double PublishRate,
    double DeliverRate,
    string ErrorQueue,
    long Errors)
{
    public static string ErrorQueueOf(string queue) => queue + "_error";

    /// <summary>The short stage name (<c>language</c>) of a stage queue (<c>pipeline-language</c>).</summary>
    public static string StageOf(string queue) => queue.StartsWith("pipeline-", StringComparison.Ordinal) ? queue["pipeline-".Length..] : queue;

    /// <summary>The stage queue for <c>language</c>, <c>pipeline-language</c> or <c>pipeline-language_error</c>; null when it names no stage.</summary>
    public static string? QueueOf(string stage)
    {
        var name = stage.Trim().ToLowerInvariant();
        if (name.EndsWith("_error", StringComparison.Ordinal))
        {
            name = name[..^"_error".Length];
        }

        return StageEndpoints.All.FirstOrDefault(q => q == name || StageOf(q) == name);
    }
}
