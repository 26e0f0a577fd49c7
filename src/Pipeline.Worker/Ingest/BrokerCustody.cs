namespace Pipeline.Worker.Ingest;

/// <summary>
/// RabbitMQ: the awaited publish returned once the broker confirmed the message, and the broker keeps it on disk
/// until a stage has handled it (or its <c>_error</c> queue holds it), so the file may go as soon as it is published.
/// </summary>
public sealed class BrokerCustody : IArticleCustody
{
    public Task<CustodyOutcome> AwaitAsync(Guid articleId, CancellationToken cancellationToken) => Task.FromResult(CustodyOutcome.Held);
}
