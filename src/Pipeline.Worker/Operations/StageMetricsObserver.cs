using MassTransit;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Operations;

/// <summary>
/// Times every message a stage endpoint receives, so the consumers stay free of metrics. MassTransit reports a
/// consumer's fault here once its retries are spent, so <c>failed</c> counts messages sent to <c>_error</c>, not attempts.
/// </summary>
public sealed class StageMetricsObserver(PipelineMetrics metrics) : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class
    {
        if (StageOf(context.ReceiveContext.InputAddress) is { } stage)
        {
            metrics.StageProcessed(stage, duration);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        if (StageOf(context.ReceiveContext.InputAddress) is { } stage)
        {
            metrics.StageFailed(stage, duration);
        }

        return Task.CompletedTask;
    }

    // A message no consumer could even read (a body that does not deserialize) faults here, not in ConsumeFault.
    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        if (!context.IsFaulted || context.TryGetPayload<ConsumeContext>(out _))
        {
            return Task.CompletedTask;
        }

        if (StageOf(context.InputAddress) is { } stage)
        {
            metrics.StageFailed(stage, context.ElapsedTime);
        }

        return Task.CompletedTask;
    }

    internal static string? StageOf(Uri? inputAddress)
    {
        var queue = inputAddress?.AbsolutePath.Split('/').LastOrDefault();
        return queue is not null && StageEndpoints.All.Contains(queue) ? StageStatus.StageOf(queue) : null;
    }
}
