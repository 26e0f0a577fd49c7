using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Pipeline.Worker.Hosting;
using Serilog;
using Serilog.Extensions.Hosting;

namespace Pipeline.Worker.Operations;

/// <summary>
/// A small Kestrel listener beside the stages: <c>/health/live</c> (the process answers), <c>/health/ready</c> (every
/// check tagged <c>ready</c>: MassTransit's bus and the store) and <c>/metrics</c> (OpenTelemetry's Prometheus
/// exporter), each request logged by Serilog's request logging. It is its own tiny web application so the worker
/// stays a plain generic host; it shares the host's meter provider, health checks and logger.
/// </summary>
public sealed class OperatorHttpListener(
    IOptions<OperatorHttpOptions> options,
    HealthCheckService health,
    MeterProvider metrics,
    Serilog.ILogger log,
    DiagnosticContext diagnostics,
    ILogger<OperatorHttpListener> logger) : IHostedService, IAsyncDisposable
{
    public const string ReadyTag = "ready";

    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(settings.IpAddress, settings.Port));
        builder.Services.AddSingleton(diagnostics);

        // The worker's host stops this application; its own console lifetime would also take SIGTERM and Ctrl+C, and
        // a signal during start-up would then end in a cancellation the worker cannot tell from a failure.
        builder.Services.AddSingleton<IHostLifetime, StoppedByTheWorker>();
        app = builder.Build();
        app.UseSerilogRequestLogging(requests => PipelineLogging.ConfigureRequestLogging(requests, log));
        app.UseOpenTelemetryPrometheusScrapingEndpoint(metrics, predicate: null, path: "/metrics", configureBranchedPipeline: null, optionsName: null);
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken);
        logger.LogInformation("Health and metrics on http://{Address}:{Port}/ (/health/live, /health/ready, /metrics)", settings.Address, settings.Port);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        switch (context.Request.Path.Value)
        {
            case "/health/live":
                await WriteJsonAsync(response, StatusCodes.Status200OK, new { status = "Healthy" }, context.RequestAborted);
                break;
            case "/health/ready":
                var report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), context.RequestAborted);
                await WriteJsonAsync(
                    response,
                    report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
                    new
                    {
                        status = report.Status.ToString(),
                        checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
                    },
                    context.RequestAborted);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, int status, object body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(JsonSerializer.Serialize(body), cancellationToken);
    }

    private sealed class StoppedByTheWorker : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
