namespace Pipeline.Worker.Operations;

/// <summary>
/// A message a stage gave up on, as it sits in the stage's <c>_error</c> queue: MassTransit's envelope in the body and
/// the exception in the <c>MT-Fault-*</c> headers.
/// </summary>
public sealed record FailedMessage(
    string Stage,
    string ErrorQueue,
    string? MessageId,
    Guid? ArticleId,
    string? MessageType,
    string? Reason,
    string? ExceptionType,
    string? ExceptionMessage,
    string? StackTrace,
    string? FaultedAt,
    string? ConsumerType,
    IReadOnlyDictionary<string, string> Headers,
    string Body);
