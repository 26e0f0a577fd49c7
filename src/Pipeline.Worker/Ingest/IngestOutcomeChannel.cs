using System.Threading.Channels;

namespace Pipeline.Worker.Ingest;

/// <summary>An <see cref="IIngestObserver"/> that queues outcomes for a reader that awaits them (a command, a test).</summary>
public sealed class IngestOutcomeChannel : IIngestObserver
{
    private readonly Channel<IngestOutcome> _channel = Channel.CreateUnbounded<IngestOutcome>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<IngestOutcome> Reader => _channel.Reader;

    public void OnIngested(IngestOutcome outcome) => _channel.Writer.TryWrite(outcome);
}
