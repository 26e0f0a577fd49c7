using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Pipeline.Worker.Operations;

/// <summary>
/// Reads, replays and purges the stages' <c>_error</c> queues over AMQP. Reading takes messages without acknowledging
/// them and hands them back, so a look never loses one; replay publishes a copy to the stage queue with publisher
/// confirms and acknowledges the original only after the broker confirmed the copy.
/// </summary>
public sealed class ErrorQueues : IAsyncDisposable
{
    private readonly IConnection connection;

    private ErrorQueues(IConnection connection) => this.connection = connection;

    public static async Task<ErrorQueues> ConnectAsync(BrokerAddress broker, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker.AmqpUri, ClientProvidedName = "pipeline errors" };
        try
        {
            return new ErrorQueues(await factory.CreateConnectionAsync(cancellationToken));
        }
        catch (BrokerUnreachableException e)
        {
            throw new BrokerUnavailableException($"cannot connect to {broker.AmqpUri.Host}:{broker.AmqpUri.Port} vhost {broker.VirtualHost}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    /// <summary>Up to <paramref name="limit"/> failed messages of each given stage queue, oldest first; the queues keep them.</summary>
    public async Task<IReadOnlyList<FailedMessage>> ListAsync(IEnumerable<string> stageQueues, int limit, CancellationToken cancellationToken)
    {
        var found = new List<FailedMessage>();
        foreach (var queue in stageQueues)
        {
            var errorQueue = StageStatus.ErrorQueueOf(queue);
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var count = await CountAsync(errorQueue, cancellationToken);
            var taken = 0;
            ulong last = 0;
            while (taken < Math.Min(count, limit) && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } result)
            {
                found.Add(FaultHeaders.Read(StageStatus.StageOf(queue), errorQueue, result.BasicProperties, result.Body));
                last = result.DeliveryTag;
                taken++;
            }

            if (taken > 0)
            {
                await channel.BasicNackAsync(last, multiple: true, requeue: true, cancellationToken);
            }
        }

        return found;
    }

    /// <summary>
    /// Moves failed messages (all, or the one with <paramref name="messageId"/>) back to their stage queue, unchanged.
    /// Returns how many moved. A message whose copy the broker did not confirm stays in the error queue.
    /// </summary>
    public Task<int> ReplayAsync(IEnumerable<string> stageQueues, string? messageId, CancellationToken cancellationToken)
        => TakeAsync(stageQueues, messageId, async (channel, queue, result, ct) =>
        {
            // The default exchange routes to the stage queue alone, not to every queue bound to the message type.
            // mandatory: a queue that vanished makes the publish fail instead of dropping the copy.
            await channel.BasicPublishAsync(
                exchange: "", routingKey: queue, mandatory: true, basicProperties: new BasicProperties(result.BasicProperties), body: result.Body, cancellationToken: ct);
        }, cancellationToken);

    /// <summary>Drops failed messages (all, or the one with <paramref name="messageId"/>). Returns how many were dropped.</summary>
    public async Task<int> PurgeAsync(IEnumerable<string> stageQueues, string? messageId, CancellationToken cancellationToken)
    {
        if (messageId is not null)
        {
            return await TakeAsync(stageQueues, messageId, (_, _, _, _) => Task.CompletedTask, cancellationToken);
        }

        var purged = 0;
        foreach (var queue in stageQueues)
        {
            var errorQueue = StageStatus.ErrorQueueOf(queue);
            if (await CountAsync(errorQueue, cancellationToken) < 0)
            {
                continue;
            }

            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            purged += (int)await channel.QueuePurgeAsync(errorQueue, cancellationToken);
        }

        return purged;
    }

    public async ValueTask DisposeAsync()
    {
        await connection.CloseAsync();
        connection.Dispose();
    }

    // Takes each message once (as many as the queue held when we started, so a message failing again meanwhile is not
    // taken twice), hands the matching ones to `act` and acknowledges them after it returned; the rest go back.
    private async Task<int> TakeAsync(
        IEnumerable<string> stageQueues,
        string? messageId,
        Func<IChannel, string, BasicGetResult, CancellationToken, Task> act,
        CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var queue in stageQueues)
        {
            var errorQueue = StageStatus.ErrorQueueOf(queue);
            var count = await CountAsync(errorQueue, cancellationToken);
            var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
            await using var channel = await connection.CreateChannelAsync(options, cancellationToken);
            var kept = new List<ulong>();
            for (var i = 0; i < count && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } result; i++)
            {
                var id = result.BasicProperties.MessageId
                    ?? FaultHeaders.Read(StageStatus.StageOf(queue), errorQueue, result.BasicProperties, result.Body).MessageId;
                if (messageId is not null && !string.Equals(id, messageId, StringComparison.OrdinalIgnoreCase))
                {
                    kept.Add(result.DeliveryTag);
                    continue;
                }

                try
                {
                    await act(channel, queue, result, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Unacknowledged, the message goes back when the channel closes even if this nack cannot be sent.
                    try
                    {
                        await channel.BasicNackAsync(result.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                    }
                    catch (AlreadyClosedException)
                    {
                    }

                    throw new BrokerUnavailableException(
                        $"stopped after {moved} message(s): message {id} could not go to {queue} ({e.Message}); it stays in {errorQueue}", e);
                }

                await channel.BasicAckAsync(result.DeliveryTag, multiple: false, cancellationToken);
                moved++;
            }

            foreach (var tag in kept)
            {
                await channel.BasicNackAsync(tag, multiple: false, requeue: true, cancellationToken);
            }
        }

        return moved;
    }

    /// <summary>Messages in a queue, or -1 when it does not exist (a stage that never failed on a fresh broker has none).</summary>
    private async Task<int> CountAsync(string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a missing queue closes its channel, so it gets one of its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (int)(await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return -1;
        }
    }
}
