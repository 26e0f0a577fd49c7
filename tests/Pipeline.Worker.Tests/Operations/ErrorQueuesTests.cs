using System.Text;
using Pipeline.Testing;
using Pipeline.Worker.Operations;
using RabbitMQ.Client;

namespace Pipeline.Worker.Tests.Operations;

/// <summary>The error queue operations on their own, without a worker: what must never lose a message.</summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class ErrorQueuesTests(RabbitMqNode node)
{
    [Fact]
    public async Task A_replay_the_broker_cannot_route_leaves_the_message_in_the_error_queue()
    {
        // The sink's error queue exists but its stage queue does not (no sink worker ever started on this vhost).
        var vhost = await node.CreateVirtualHostAsync();
        await using (var connection = await new ConnectionFactory { Uri = vhost }.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true)))
        {
            await channel.QueueDeclareAsync("pipeline-sink_error", durable: true, exclusive: false, autoDelete: false);
            var properties = new BasicProperties { MessageId = "m-1", Headers = new Dictionary<string, object?> { [FaultHeaders.ExceptionType] = "System.TimeoutException" } };
            await channel.BasicPublishAsync("", "pipeline-sink_error", true, properties, Encoding.UTF8.GetBytes("{\"message\":{}}"));
        }

        var broker = BrokerAddress.Resolve(vhost.ToString(), null);
        await using var queues = await ErrorQueues.ConnectAsync(broker, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<BrokerUnavailableException>(() => queues.ReplayAsync(["pipeline-sink"], null, CancellationToken.None));
        Assert.Contains("stopped after 0 message(s): message m-1 could not go to pipeline-sink", failure.Message);
        Assert.EndsWith("it stays in pipeline-sink_error", failure.Message);

        var left = await queues.ListAsync(["pipeline-sink"], 10, CancellationToken.None);
        var message = Assert.Single(left);
        Assert.Equal("m-1", message.MessageId);
        Assert.Equal("System.TimeoutException", message.ExceptionType);
        Assert.Empty(await queues.ListAsync(["pipeline-language"], 10, CancellationToken.None));
    }
}
