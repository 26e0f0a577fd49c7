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
            Assert.Equal("char", tanks.GetProperty("claim").GetProperty("figure").GetProperty("counted").GetProperty("lemma").GetString());
            Assert.Equal("equipment", tanks.GetProperty("claim").GetProperty("figure").GetProperty("category").GetString());
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
            Assert.Equal(0, await worker.WaitAsync(WorkerExit.Grace));
        }
    }

    [Fact]
    public async Task Articles_a_watcher_publishes_before_any_stage_worker_exists_wait_in_the_stage_queue()
    {
        using var drop = new SeedDrop();
        var vhost = await node.CreateVirtualHostAsync();
        string[] common = ["run", "--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString(), "--inbox", drop.Inbox, "--store", drop.StorePath];

        // First only the watcher: the files are published and moved while no stage consumes yet.
        using (var stopWatcher = new CancellationTokenSource())
        {
            var watcher = Task.Run(() => PipelineCommandLine.InvokeAsync([.. common, "--roles", "watcher"], stopWatcher.Token));
            drop.DropSeeds();
            for (var i = 0; i < 240 && Directory.GetFiles(drop.Inbox).Length > 0; i++)
            {
                await Task.Delay(250);
            }

            await stopWatcher.CancelAsync();
            Assert.Equal(0, await watcher.WaitAsync(WorkerExit.Grace));
        }

        Assert.Equal(SeedDrop.SeedFiles.Count, Directory.GetFiles(drop.Processed).Length);

        // Then the stages, in another host: every article the watcher published is still there to be processed.
        using var stopStages = new CancellationTokenSource();
        var stages = Task.Run(() => PipelineCommandLine.InvokeAsync([.. common, "--roles", "language,duplicates,extraction,sink"], stopStages.Token));
        try
        {
            var store = await drop.WaitForArticlesAsync(SeedDrop.SeedFiles.Count, TimeSpan.FromSeconds(150));
            Assert.Equal(SeedDrop.SeedFiles.Count, (await store.CountAsync(CancellationToken.None)).Articles);
        }
        finally
        {
            await stopStages.CancelAsync();
            Assert.Equal(0, await stages.WaitAsync(WorkerExit.Grace));
        }
    }
}
