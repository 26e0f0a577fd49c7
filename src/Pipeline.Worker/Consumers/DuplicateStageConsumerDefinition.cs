using MassTransit;

namespace Pipeline.Worker.Consumers;

public sealed class DuplicateStageConsumerDefinition : ConsumerDefinition<DuplicateStageConsumer>
{
    public DuplicateStageConsumerDefinition()
    {
        EndpointName = StageEndpoints.Duplicates;
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<DuplicateStageConsumer> consumerConfigurator, IRegistrationContext context)
        => StageRetry.Configure(endpointConfigurator, context);
}
