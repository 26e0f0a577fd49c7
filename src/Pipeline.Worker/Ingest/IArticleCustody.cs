using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Who holds an article once it is published, and so when its file may leave the inbox: the broker, which confirmed
/// the message and keeps it durably (RabbitMQ), or the store, once the article is in it (the embedded default, whose
/// in-memory bus keeps nothing across a crash).
/// </summary>
public interface IArticleCustody
{
    /// <summary>Waits until the article is held for good, or a stage gave up on it.</summary>
    Task<CustodyOutcome> AwaitAsync(Guid articleId, CancellationToken cancellationToken);
}

/// <summary>An article is held for good (<see cref="Failure"/> null), or a stage gave up on it.</summary>
public sealed record CustodyOutcome(StageFailure? Failure)
{
    public static CustodyOutcome Held { get; } = new((StageFailure?)null);
}
