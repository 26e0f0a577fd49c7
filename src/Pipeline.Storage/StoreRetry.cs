using Polly;
using Polly.Retry;

namespace Pipeline.Storage;

/// <summary>
/// The retry both stores put around their database work: a few quick attempts with exponential back-off and
/// jitter, each one logged by the caller. Which errors are worth retrying is the engine's to say.
/// </summary>
internal static class StoreRetry
{
    public static ResiliencePipeline Build(PredicateBuilder<object> shouldHandle, Func<OnRetryArguments<object>, ValueTask> onRetry)
        => new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = shouldHandle,
                MaxRetryAttempts = 6,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(50),
                OnRetry = onRetry,
            })
            .Build();
}
