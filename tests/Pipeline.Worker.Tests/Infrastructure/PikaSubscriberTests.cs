using MassTransit;
using Pipeline.Testing;
using Xunit;

namespace Pipeline.Worker.Tests.Infrastructure;

/// <summary>
/// The binding other teams use: a plain AMQP client binds its own queue to the fanout exchange MassTransit publishes
/// <c>ClaimExtracted</c> to, <c>Pipeline.Contracts:ClaimExtracted</c> (named after the CLR type, not the message URN).
/// </summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class PikaSubscriberTests(RabbitMqNode node)
{
    const string ClaimExchange = "Pipeline.Contracts:ClaimExtracted";

    [Fact]
    public async Task A_pika_queue_bound_to_the_ClaimExtracted_exchange_receives_what_MassTransit_publishes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var uri = await node.CreateVirtualHostAsync(cancellationToken: timeout.Token);
        await using var subscriber = await PikaSubscriber.StartAsync(uri, ClaimExchange, cancellationToken: timeout.Token);
        var claim = TestMessages.Claim();

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(uri));
        await bus.StartAsync(timeout.Token);
        try
        {
            await bus.Publish(claim, timeout.Token);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        var envelope = Assert.Single(await subscriber.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20), timeout.Token));
        Assert.Contains("urn:message:pipeline:claim-extracted:v1", envelope.GetProperty("messageType").EnumerateArray().Select(type => type.GetString()));
        var message = envelope.GetProperty("message");
        Assert.Equal(claim.ClaimId, message.GetProperty("claimId").GetGuid());
        Assert.Equal("Trois chars ont été détruits.", message.GetProperty("claim").GetProperty("sentence").GetString());
        await node.DeleteVirtualHostAsync(Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')), CancellationToken.None);
    }

    [Fact]
    public async Task A_named_pika_queue_keeps_messages_published_while_its_subscriber_is_away()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var uri = await node.CreateVirtualHostAsync(cancellationToken: timeout.Token);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        await (await PikaSubscriber.StartAsync(uri, ClaimExchange, queue: "other-team.claims", cancellationToken: timeout.Token)).DisposeAsync();

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(uri));
        await bus.StartAsync(timeout.Token);
        try
        {
            await bus.PublishBatch([TestMessages.Claim(), TestMessages.Claim()], timeout.Token);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        await using var subscriber = await PikaSubscriber.StartAsync(uri, ClaimExchange, queue: "other-team.claims", cancellationToken: timeout.Token);
        Assert.Equal(2, (await subscriber.WaitForMessagesAsync(2, TimeSpan.FromSeconds(20), timeout.Token)).Count);
        await node.DeleteVirtualHostAsync(vhost, CancellationToken.None);
    }
}
