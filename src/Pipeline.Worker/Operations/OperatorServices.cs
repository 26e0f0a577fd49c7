using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Operations;

/// <summary>What operators see of a host: metrics on every host, and the health and metrics listener for <c>run</c>.</summary>
public static class OperatorServices
{
    /// <summary>Instruments, the observers that feed them, their Prometheus rendering, and the store's readiness check
    /// for the roles that write to the store.</summary>
    public static IServiceCollection AddPipelineTelemetry(this IServiceCollection services, PipelineRole roles)
    {
        services.AddMetrics();
        services.TryAddSingleton<PipelineMetrics>();
        services.TryAddSingleton<PrometheusExposition>();
        services.AddReceiveObserver<StageMetricsObserver>();
        services.AddPublishObserver<IngestMetricsObserver>();
        var health = services.AddHealthChecks();
        if (roles.UseStore())
        {
            health.AddCheck<StoreHealthCheck>("store", tags: [OperatorHttpListener.ReadyTag]);
        }

        return services;
    }

    /// <summary>The <c>/health</c> and <c>/metrics</c> listener, when <see cref="OperatorHttpOptions.Port"/> is set.</summary>
    public static IServiceCollection AddOperatorHttpListener(this IServiceCollection services, OperatorHttpOptions options)
    {
        if (options.Enabled)
        {
            services.AddHostedService(provider => ActivatorUtilities.CreateInstance<OperatorHttpListener>(provider, options));
        }

        return services;
    }
}
