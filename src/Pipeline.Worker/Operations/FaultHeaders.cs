using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Pipeline.Worker.Operations;

/// <summary>
/// The headers MassTransit 8 writes on a message it moves to an <c>_error</c> queue (its <c>MessageHeaders</c>), and
/// how to read one such message.
/// </summary>
public static class FaultHeaders
{
    public const string Reason = "MT-Reason";
    public const string ExceptionType = "MT-Fault-ExceptionType";
    public const string Message = "MT-Fault-Message";
    public const string StackTrace = "MT-Fault-StackTrace";
    public const string Timestamp = "MT-Fault-Timestamp";
    public const string ConsumerType = "MT-Fault-ConsumerType";

    public static FailedMessage Read(string stage, string errorQueue, IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var headers = (properties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => Text(h.Value), StringComparer.Ordinal);
        var text = Encoding.UTF8.GetString(body.Span);
        var (messageId, articleId, messageType) = ReadEnvelope(text);
        return new FailedMessage(
            stage,
            errorQueue,
            properties.MessageId ?? messageId,
            articleId,
            messageType,
            headers.GetValueOrDefault(Reason),
            headers.GetValueOrDefault(ExceptionType),
            headers.GetValueOrDefault(Message),
            headers.GetValueOrDefault(StackTrace),
            headers.GetValueOrDefault(Timestamp),
            headers.GetValueOrDefault(ConsumerType),
            headers,
            text);
    }

    // AMQP hands header strings over as bytes; lists and tables are rare in MassTransit's headers.
    private static string Text(object? value) => value switch
    {
        null => "",
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime).ToString("O"),
        IEnumerable<object> list => string.Join(", ", list.Select(Text)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static (string? MessageId, Guid? ArticleId, string? MessageType) ReadEnvelope(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            var messageId = root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            var messageType = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                ? string.Join(", ", types.EnumerateArray().Select(t => t.GetString()))
                : null;
            Guid? articleId = root.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("articleId", out var article)
                && article.ValueKind == JsonValueKind.String
                && Guid.TryParse(article.GetString(), out var parsed)
                    ? parsed
                    : null;
            return (messageId, articleId, messageType);
        }
        catch (JsonException)
        {
            // An unreadable body is often why the message failed; it is still listed, with what the headers say.
            return (null, null, null);
        }
    }
}
