using System.Text.Json;
using Pipeline.Testing;
using Pipeline.Worker.Commands;
using Pipeline.Worker.Consumers;
using Pipeline.Worker.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Operations;

[Collection(RabbitMqNode.CollectionName)]
public sealed class QuorumQueueTests(RabbitMqNode node, ITestOutputHelper output)
{
    [Fact]
    public async Task With_quorum_queues_on_the_stage_queues_are_declared_as_quorum_queues()
    {
        using var drop = new SeedDrop();
        var vhost = await node.CreateVirtualHostAsync();
        var name = Uri.UnescapeDataString(vhost.AbsolutePath.TrimStart('/'));
        using var stop = new CancellationTokenSource();
        var worker = Task.Run(() => PipelineCommandLine.InvokeAsync(
            ["run", "--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString(), "--roles", "language,duplicates,extraction,sink", "--store", drop.StorePath, "--quorum-queues"],
            stop.Token));
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            Dictionary<string, string> types;
            while (true)
            {
                using var queues = await node.GetJsonAsync($"api/queues/{Uri.EscapeDataString(name)}");
                types = queues.RootElement.EnumerateArray().ToDictionary(q => q.GetProperty("name").GetString()!, q => q.GetProperty("type").GetString()!);
                if (StageEndpoints.All.All(types.ContainsKey) || DateTime.UtcNow > deadline || worker.IsCompleted)
                {
                    break;
                }

                await Task.Delay(250);
            }

            output.WriteLine(JsonSerializer.Serialize(types));
            Assert.All(StageEndpoints.All, q => Assert.Equal("quorum", types[q]));
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await worker.WaitAsync(WorkerExit.Grace));
        }
    }
}
