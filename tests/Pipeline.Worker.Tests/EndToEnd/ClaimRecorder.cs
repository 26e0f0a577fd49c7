using System.Collections.Concurrent;
using MassTransit;
using Pipeline.Contracts;

namespace Pipeline.Worker.Tests.EndToEnd;

/// <summary>A subscriber on the embedded bus that keeps every ClaimExtracted it hears.</summary>
public sealed class ClaimRecorder(ConcurrentQueue<ClaimExtracted> heard) : IConsumer<ClaimExtracted>
{
    public Task Consume(ConsumeContext<ClaimExtracted> context)
    {
        heard.Enqueue(context.Message);
        return Task.CompletedTask;
    }
}
