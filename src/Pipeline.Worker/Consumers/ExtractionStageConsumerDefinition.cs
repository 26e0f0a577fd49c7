using MassTransit;

namespace Pipeline.Worker.Consumers;

public sealed class ExtractionStageConsumerDefinition : ConsumerDefinition<ExtractionStageConsumer>
{
    public ExtractionStageConsumerDefinition()
    {
        EndpointName = StageEndpoints.Extraction;
        ConcurrentMessageLimit = Math.Max(2, Environment.ProcessorCount * 2);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ExtractionStageConsumer> consumerConfigurator, IRegistrationContext context)
        => StageRetry.Configure(endpointConfigurator, context);
}
