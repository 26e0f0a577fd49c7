using MassTransit;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Operations;

/// <summary>What operators see of a host: metrics on every host, and the health and metrics listener for <c>run</c>.</summary>
public static class OperatorServices
{
    /// <summary>The store's meter: lock waits and the like, from <c>Pipeline.Storage</c>.</summary>
    public const string StorageMeterName = "Pipeline.Storage";

    /// <summary>The name OpenTelemetry's <see cref="IMetricsListener"/> goes by in the metrics rules.</summary>
    private const string OpenTelemetryListener = "OpenTelemetry";

    /// <summary>Seconds; from a lock taken at once, or a 5 ms language guess, to a slow extraction or a busy store.</summary>
    private static readonly double[] SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    /// <summary>
    /// Our instruments and the observers that feed them, MassTransit's own meter, and the store's, collected by
    /// OpenTelemetry for the Prometheus exporter; MassTransit's activities, for one trace id per article in the logs;
    /// and the store's readiness check for the roles that write to the store.
    /// </summary>
    public static IServiceCollection AddPipelineTelemetry(this IServiceCollection services, PipelineRole roles)
    {
        // Meters are enabled by rules, not by OpenTelemetry's AddMeter (which listens to every meter of that name in the
        // process): ours only from this host's meter factory, so two hosts in one process keep their own numbers;
        // MassTransit's and the store's meters are one per process.
        services.AddMetrics(rules => rules
            .EnableMetrics(PipelineMetrics.MeterName, null, OpenTelemetryListener, MeterScope.Local)
            .EnableMetrics(InstrumentationOptions.MeterName, null, OpenTelemetryListener, MeterScope.Global | MeterScope.Local)
            .EnableMetrics(StorageMeterName, null, OpenTelemetryListener, MeterScope.Global | MeterScope.Local));
        services.TryAddSingleton<PipelineMetrics>();
        services.AddReceiveObserver<StageMetricsObserver>();
        services.AddPublishObserver<IngestMetricsObserver>();
        services.AddOpenTelemetry()
            // MassTransit's activity source: each message is consumed inside an activity that continues the trace its
            // publisher started, so every log line about one article, in every stage and process, carries one TraceId.
            .WithTracing(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName))
            .WithMetrics(metrics => metrics
            // OpenTelemetry's default buckets (0 to 10,000) suit milliseconds, as MassTransit records; ours are in seconds.
            .AddView(instrument => instrument.Meter.Name.StartsWith(PipelineMetrics.MeterName, StringComparison.Ordinal) && instrument.Unit == "s"
                ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBuckets }
                : null)
            .AddPrometheusExporter(prometheus =>
            {
                // The metric names already say which meter they come from (pipeline_, messaging_masstransit_).
                prometheus.ScopeInfoEnabled = false;
                prometheus.TargetInfoEnabled = false;
            }));
        var health = services.AddHealthChecks();
        if (roles.UseStore())
        {
            health.AddCheck<StoreHealthCheck>("store", tags: [OperatorHttpListener.ReadyTag]);
        }

        return services;
    }

    /// <summary>The <c>/health</c> and <c>/metrics</c> listener; it listens only when <see cref="OperatorHttpOptions.Port"/> is set.</summary>
    public static IServiceCollection AddOperatorHttpListener(this IServiceCollection services)
    {
        services.AddHostedService<OperatorHttpListener>();
        return services;
    }
}
