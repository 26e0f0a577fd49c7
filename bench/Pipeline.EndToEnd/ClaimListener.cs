using System.Diagnostics;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Pipeline.EndToEnd;

/// <summary>
/// A subscriber as another team would write one: its own exclusive queue bound to the <c>ClaimExtracted</c> fanout
/// exchange, noting when the first claim of each article (by <c>articleUrl</c>) arrived.
/// </summary>
public sealed class ClaimListener : IAsyncDisposable
{
    public const string Exchange = "Pipeline.Contracts:ClaimExtracted";

    readonly IConnection _connection;
    readonly IChannel _channel;
    long _claims;

    ClaimListener(IConnection connection, IChannel channel, CompletionLog log)
    {
        _connection = connection;
        _channel = channel;
        Log = log;
    }

    /// <summary>The first claim's arrival per article url.</summary>
    public CompletionLog Log { get; }

    /// <summary>Every ClaimExtracted received.</summary>
    public long Claims => Interlocked.Read(ref _claims);

    public static async Task<ClaimListener> StartAsync(Uri amqp, CompletionLog log, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = amqp, ClientProvidedName = "pipeline-bench claim listener" }
            .CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var listener = new ClaimListener(connection, channel, log);

        // Declared as MassTransit declares it, so whichever comes first the other finds the same exchange.
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue.QueueName, Exchange, "", cancellationToken: cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var at = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref listener._claims);
            using var envelope = JsonDocument.Parse(delivery.Body);
            if (envelope.RootElement.TryGetProperty("message", out var message)
                && message.TryGetProperty("articleUrl", out var url) && url.GetString() is { } articleUrl)
            {
                log.Add(articleUrl, at);
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, cancellationToken);
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
