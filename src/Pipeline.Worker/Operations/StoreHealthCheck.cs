using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pipeline.Storage;

namespace Pipeline.Worker.Operations;

/// <summary>Ready only while the store answers: one indexed lookup of an id that never exists.</summary>
public sealed class StoreHealthCheck(IArticleReader store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.FindStoredAsync([Guid.Empty], cancellationToken);
            return HealthCheckResult.Healthy("store answers");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"store unreachable: {e.Message}", e);
        }
    }
}
