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
        // never sends half of its output downstream. They leave together, each waiting for its broker confirm at the
        // same time: the sink's claims of one article (14 on average) do not wait for each other's round trip.
        endpoint.UseInMemoryOutbox(context, outbox => outbox.ConcurrentMessageDelivery = true);
    }
}
