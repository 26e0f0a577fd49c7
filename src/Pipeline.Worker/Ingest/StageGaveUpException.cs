using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// A stage of the embedded pipeline gave up on an article after its retries: carried to the quarantined file's error
/// report, with the exception the stage threw (as MassTransit recorded it in its fault).
/// </summary>
public sealed class StageGaveUpException(StageFailure failure) : Exception($"the {failure.Stage} stage gave up: {failure.ExceptionType}: {failure.Message}")
{
    public StageFailure Failure { get; } = failure;

    public override string ToString() => $"{Message}{Environment.NewLine}{Failure.Details}";
}
