using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.EndToEnd;

/// <summary>
/// What crossed the broker in one scenario's virtual host, from the management API: messages published into each
/// exchange, deliveries to consumers, and bytes received and sent on its connections.
/// </summary>
public sealed record BrokerTraffic(IReadOnlyDictionary<string, long> PublishedByExchange, long Published, long Delivered, long BytesIn, long BytesOut)
{
    /// <summary>Reads the counts (the management API refreshes them every second: wait a little after the run).</summary>
    public static async Task<BrokerTraffic> ReadAsync(RabbitMqNode node, string virtualHost, CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(virtualHost);
        using var host = await node.GetJsonAsync($"api/vhosts/{vhost}", cancellationToken);
        using var exchanges = await node.GetJsonAsync($"api/exchanges/{vhost}", cancellationToken);
        var byExchange = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var exchange in exchanges.RootElement.EnumerateArray())
        {
            var name = exchange.GetProperty("name").GetString() ?? "";
            var published = Count(exchange, "message_stats", "publish_in");
            if (name.Length > 0 && !name.StartsWith("amq.", StringComparison.Ordinal) && published > 0)
            {
                byExchange[name] = published;
            }
        }

        return new BrokerTraffic(
            byExchange,
            Count(host.RootElement, "message_stats", "publish"),
            Count(host.RootElement, "message_stats", "deliver_get"),
            Count(host.RootElement, "recv_oct"),
            Count(host.RootElement, "send_oct"));
    }

    static long Count(JsonElement element, params string[] path)
    {
        foreach (var step in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step, out element))
            {
                return 0;
            }
        }

        return element.ValueKind == JsonValueKind.Number ? element.GetInt64() : 0;
    }
}
