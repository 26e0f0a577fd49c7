using MassTransit;
using Pipeline.Contracts;

namespace Pipeline.Worker.Operations;

/// <summary>Counts the articles the ingestor (watcher or <c>ingest</c>) published, without touching the ingestor.</summary>
public sealed class IngestMetricsObserver(PipelineMetrics metrics) : IPublishObserver
{
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.Message is ArticleReceived)
        {
            metrics.ArticleIngested();
        }

        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
