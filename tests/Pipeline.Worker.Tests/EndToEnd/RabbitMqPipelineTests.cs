using System.Text.Json;
using Pipeline.Storage;
using Pipeline.Testing;
using Pipeline.Worker.Commands;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.EndToEnd;

[Collection(RabbitMqNode.CollectionName)]
public sealed class RabbitMqPipelineTests(RabbitMqNode node, ITestOutputHelper output)
{
    [Fact]
    public async Task Seeds_dropped_in_the_inbox_are_stored_and_their_claims_reach_a_pika_subscriber()
    {
        using var drop = new SeedDrop();
        var vhost = await node.CreateVirtualHostAsync();

        // Another team's subscriber, in Python: its own queue bound to the ClaimExtracted exchange, declared before any claim exists.
        await using var subscriber = await PikaSubscriber.StartAsync(vhost, "Pipeline.Contracts:ClaimExtracted", lifetime: TimeSpan.FromMinutes(4));
        using var stop = new CancellationTokenSource();
        var worker = Task.Run(() => PipelineCommandLine.InvokeAsync(
            ["run", "--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString(), "--inbox", drop.Inbox, "--store", drop.StorePath],
            stop.Token));
        try
        {
            drop.DropSeeds();
            var store = await drop.WaitForArticlesAsync(5, TimeSpan.FromSeconds(150));

            await PipelineOutcome.AssertSeedsStoredAsync(drop, store);
            var claims = await store.ListClaimsAsync(new ClaimQuery(), CancellationToken.None);
            var messages = await subscriber.WaitForMessagesAsync(claims.Count, TimeSpan.FromSeconds(60));
            output.WriteLine($"{claims.Count} claims stored, {messages.Count} ClaimExtracted messages received by pika");

            var received = messages.Select(m => m.GetProperty("message")).ToList();
            Assert.Equal(
                claims.Select(c => c.Id.ToString()).Order(),
                received.Select(m => m.GetProperty("claimId").GetString()!).Order());
            Assert.All(messages, m => Assert.Contains("urn:message:pipeline:claim-extracted:v1", m.GetProperty("messageType").EnumerateArray().Select(t => t.GetString())));
            var tanks = received.Single(m => m.GetProperty("claim").GetProperty("figure").GetProperty("value").ValueKind == JsonValueKind.Number
                && m.GetProperty("claim").GetProperty("figure").GetProperty("value").GetDouble() == 1800);
            Assert.Equal("tank", tanks.GetProperty("claim").GetProperty("figure").GetProperty("unit").GetString());
            Assert.Equal("fr", tanks.GetProperty("language").GetString());

            // Each stage has its own queue and error queue on the broker, and nothing landed in an error queue.
            // The management API's consumer counts come from statistics that lag behind, more so on a busy machine.
            var vhostName = Uri.UnescapeDataString(vhost.AbsolutePath.TrimStart('/'));
            var queues = await node.ListQueuesAsync(vhostName);
            for (var wait = 0; wait < 60 && !Pipeline.Worker.Consumers.StageEndpoints.All.All(s => queues.Any(q => q.Name == s && q.Consumers > 0)); wait++)
            {
                await Task.Delay(250);
                queues = await node.ListQueuesAsync(vhostName);
            }

            foreach (var stage in Pipeline.Worker.Consumers.StageEndpoints.All)
            {
                Assert.Contains(queues, q => q.Name == stage && q.Consumers > 0);
                Assert.DoesNotContain(queues, q => q.Name == stage + "_error" && q.Messages > 0);
            }
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await worker);
        }
    }
}
