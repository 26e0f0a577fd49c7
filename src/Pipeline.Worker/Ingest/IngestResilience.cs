using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Retry pipelines for the failures outside MassTransit's reach: a file still locked by its writer or a passing
/// I/O error, and the broker briefly away when the watcher publishes. Exponential backoff with jitter; every retry
/// is logged with the file name (the pipeline's operation key) inside the caller's <c>ArticleId</c> scope.
/// </summary>
public static class IngestResilience
{
    public static ResiliencePipeline FileAccess(InboxOptions options, ILogger logger, TimeProvider time) =>
        Build("File access", options.IoRetryAttempts, options.IoRetryDelay, IsTransientIo, logger, time);

    public static ResiliencePipeline Publish(InboxOptions options, ILogger logger, TimeProvider time) =>
        Build("Publish", options.PublishRetryAttempts, options.PublishRetryDelay, e => e is not OperationCanceledException, logger, time);

    public static bool IsTransientIo(Exception e) =>
        e is UnauthorizedAccessException or IOException && e is not (FileNotFoundException or DirectoryNotFoundException or UnsafeMoveException);

    private static ResiliencePipeline Build(string operation, int attempts, TimeSpan delay, Func<Exception, bool> transient, ILogger logger, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (attempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle(transient),
                MaxRetryAttempts = attempts,
                Delay = delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogWarning(
                        args.Outcome.Exception,
                        "{Operation} of {FileName} failed (attempt {Attempt} of {Attempts}); retrying in {RetryDelay}",
                        operation,
                        args.Context.OperationKey,
                        args.AttemptNumber + 1,
                        attempts + 1,
                        args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.Build();
    }
}
