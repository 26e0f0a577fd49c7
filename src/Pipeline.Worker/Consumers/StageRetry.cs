using MassTransit;

namespace Pipeline.Worker.Consumers;

/// <summary>What every stage does with a failure: a few retries, then the stage's <c>_error</c> queue.</summary>
internal static class StageRetry
{
    public static void Configure(IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Ignore<ArgumentException>();
            retry.Exponential(4, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(400));
        });

        // Messages a stage publishes leave only once it has handled its own message, so a failed attempt
        // never sends half of its output downstream.
        endpoint.UseInMemoryOutbox(context);
    }
}
