using MassTransit;
using Pipeline.Storage;

namespace Pipeline.Worker.Consumers;

public sealed class SinkStageConsumerDefinition : ConsumerDefinition<SinkStageConsumer>
{
    public SinkStageConsumerDefinition()
    {
        EndpointName = StageEndpoints.Sink;

        // As many messages in hand as the store writes in one transaction: the consumers wait together for the
        // process's one writer, which commits whatever they brought at once (IArticleSink).
        ConcurrentMessageLimit = IArticleSink.BatchSize;
        Endpoint(e => e.PrefetchCount = IArticleSink.BatchSize);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<SinkStageConsumer> consumerConfigurator, IRegistrationContext context)
        => StageRetry.Configure(endpointConfigurator, context);
}
