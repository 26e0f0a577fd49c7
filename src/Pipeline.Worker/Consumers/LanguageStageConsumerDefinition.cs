using MassTransit;

namespace Pipeline.Worker.Consumers;

public sealed class LanguageStageConsumerDefinition : ConsumerDefinition<LanguageStageConsumer>
{
    public LanguageStageConsumerDefinition()
    {
        EndpointName = StageEndpoints.Language;
        ConcurrentMessageLimit = Math.Max(2, Environment.ProcessorCount * 2);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<LanguageStageConsumer> consumerConfigurator, IRegistrationContext context)
        => StageRetry.Configure(endpointConfigurator, context);
}
