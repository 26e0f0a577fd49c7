using MassTransit;
using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// Declares every stage queue and its binding on the broker before this process publishes anything, whatever
/// its roles. RabbitMQ drops a message published to an exchange no queue is bound to, so without this a watcher
/// started before the first language worker would lose the articles it publishes.
/// </summary>
public sealed class StageTopology(IOptions<PipelineOptions> options, ILogger<StageTopology> logger) : IHostedService
{
    private static readonly TimeSpan DeployTimeout = TimeSpan.FromSeconds(90);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var topology = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(new Uri(settings.RabbitMqUri));
            cfg.DeployTopologyOnly = true;
            Declare<ArticleReceived>(cfg, StageEndpoints.Language, settings.QuorumQueues);
            Declare<ArticleLanguageDetected>(cfg, StageEndpoints.Duplicates, settings.QuorumQueues);
            Declare<ArticleChecked>(cfg, StageEndpoints.Extraction, settings.QuorumQueues);
            Declare<ArticleAnalyzed>(cfg, StageEndpoints.Sink, settings.QuorumQueues);
        });

        // MassTransit keeps retrying an unreachable broker, and its deploy does not always heed cancellation: bound the
        // wait itself, so start-up fails with the reason instead of hanging.
        try
        {
            await topology.DeployAsync(cancellationToken).WaitAsync(DeployTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the broker at {new Uri(settings.RabbitMqUri).Host} did not take the stage queues within {DeployTimeout.TotalSeconds:0} s");
        }
        finally
        {
            // The deploy opened a connection of its own; close it rather than leave it for the life of the process.
            try
            {
                await topology.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(15), CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "Closing the topology connection failed");
            }
        }

        logger.LogDebug("Stage queues and bindings declared on the broker");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The handler is never called (the topology bus is never started); it only makes the queue bind to T's exchange.
    private static void Declare<T>(IRabbitMqBusFactoryConfigurator cfg, string queue, bool quorum)
        where T : class
        => cfg.ReceiveEndpoint(queue, endpoint =>
        {
            if (quorum)
            {
                endpoint.SetQuorumQueue();
            }

            endpoint.Handler<T>(_ => Task.CompletedTask);
        });
}
