using MassTransit;

namespace Pipeline.Worker.Consumers;

public sealed class SinkStageConsumerDefinition : ConsumerDefinition<SinkStageConsumer>
{
    public SinkStageConsumerDefinition()
    {
        EndpointName = StageEndpoints.Sink;
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<SinkStageConsumer> consumerConfigurator, IRegistrationContext context)
        => StageRetry.Configure(endpointConfigurator, context);
}
