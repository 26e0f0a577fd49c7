using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pipeline.Worker.Operations;

/// <summary>What operators see of a host: metrics on every host, and the health and metrics listener for <c>run</c>.</summary>
public static class OperatorServices
{
    /// <summary>Instruments, the observers that feed them, their Prometheus rendering, and the store's readiness check.</summary>
    public static IServiceCollection AddPipelineTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<PipelineMetrics>();
        services.TryAddSingleton<PrometheusExposition>();
        services.AddReceiveObserver<StageMetricsObserver>();
        services.AddPublishObserver<IngestMetricsObserver>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [OperatorHttpListener.ReadyTag]);
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
