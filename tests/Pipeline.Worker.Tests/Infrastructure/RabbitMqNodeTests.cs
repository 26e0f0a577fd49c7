using MassTransit;
using Pipeline.Contracts;
using Pipeline.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Infrastructure;

[Collection(RabbitMqNode.CollectionName)]
public sealed class RabbitMqNodeTests(RabbitMqNode node, ITestOutputHelper output)
{
    [Fact]
    public async Task The_node_serves_management_and_prometheus_on_loopback()
    {
        using var overview = await node.GetJsonAsync("api/overview");
        Assert.Equal(node.NodeName, overview.RootElement.GetProperty("node").GetString());

        using var metrics = new HttpClient();
        var text = await metrics.GetStringAsync(node.PrometheusUri);
        Assert.Contains("rabbitmq_", text);
        output.WriteLine($"Node {node.NodeName} started in {node.StartDuration.TotalSeconds:0.0} s; AMQP {node.AmqpUri}");
    }

    [Fact]
    public async Task A_new_virtual_host_holds_only_the_default_exchanges()
    {
        var uri = await node.CreateVirtualHostAsync();
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));

        var exchanges = await node.ListExchangesAsync(vhost);

        Assert.All(exchanges, exchange => Assert.True(exchange.Name.Length == 0 || exchange.Name.StartsWith("amq."), exchange.Name));
        await node.DeleteVirtualHostAsync(vhost);
    }

    [Fact]
    public async Task MassTransit_publishes_a_MessageUrn_type_to_a_fanout_exchange_named_after_its_clr_type_unless_EntityName_says()
    {
        var uri = await node.CreateVirtualHostAsync();
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(uri));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(timeout.Token);
        try
        {
            await bus.Publish(new ExchangeProbe(Guid.NewGuid(), "probe"), timeout.Token);
            await bus.Publish(TestMessages.Claim(), timeout.Token);
            await bus.Publish(new EntityNamedProbe(Guid.NewGuid()), timeout.Token);
        }
        finally
        {
            await bus.StopAsync();
        }

        var exchanges = await node.ListExchangesAsync(vhost);
        foreach (var exchange in exchanges)
        {
            output.WriteLine($"{exchange.Name} ({exchange.Type}, durable {exchange.Durable})");
        }

        Assert.Contains(new ExchangeInfo("Pipeline.Worker.Tests.Infrastructure:ExchangeProbe", "fanout", true, false), exchanges);
        Assert.Contains(new ExchangeInfo("Pipeline.Contracts:ClaimExtracted", "fanout", true, false), exchanges);
        Assert.Contains(new ExchangeInfo("pipeline-test.entity-named-probe.v1", "fanout", true, false), exchanges);
        Assert.DoesNotContain(exchanges, exchange => exchange.Name.Contains("urn", StringComparison.OrdinalIgnoreCase) || exchange.Name.StartsWith("pipeline-test:"));
        await node.DeleteVirtualHostAsync(vhost);
    }
}
