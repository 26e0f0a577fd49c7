using MassTransit;
using Pipeline.Contracts;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Tells <see cref="StoreCustody"/> the moment the sink's consumer returned for an article (it returns only after the
/// store committed), without the sink knowing about the watcher. Reads single messages and batches alike; does nothing
/// when the broker holds the articles.
/// </summary>
public sealed class SinkCommitObserver(IArticleCustody custody) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (custody is StoreCustody store && IsSink(context.ReceiveContext.InputAddress))
        {
            switch (context.Message)
            {
                case ArticleAnalyzed article:
                    store.Stored(article.ArticleId);
                    break;
                case Batch<ArticleAnalyzed> batch:
                    foreach (var item in batch)
                    {
                        store.Stored(item.Message.ArticleId);
                    }

                    break;
            }
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private static bool IsSink(Uri? inputAddress) => inputAddress?.AbsolutePath.Split('/').LastOrDefault() == StageEndpoints.Sink;
}
