using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Pipeline.Worker.Operations;

/// <summary>The few read-only calls <c>pipeline status</c> makes to the RabbitMQ management HTTP API.</summary>
public sealed class ManagementApi(BrokerAddress broker) : IDisposable
{
    private readonly HttpClient http = CreateClient(broker);

    /// <summary>Every queue of the broker's virtual host, by name. Counts and rates lag by the broker's statistics interval (5 s by default).</summary>
    public async Task<IReadOnlyDictionary<string, QueueStatistics>> ListQueuesAsync(CancellationToken cancellationToken)
    {
        var path = $"api/queues/{Uri.EscapeDataString(broker.VirtualHost)}?columns=name,messages,messages_ready,messages_unacknowledged,consumers,message_stats";
        using var response = await http.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BrokerUnavailableException(
                $"the management API at {broker.Describe()} answered {(int)response.StatusCode} {response.ReasonPhrase} to GET {path.Split('?')[0]}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return document.RootElement.EnumerateArray().Select(Read).ToDictionary(q => q.Name);
    }

    public void Dispose() => http.Dispose();

    private static QueueStatistics Read(JsonElement queue)
    {
        var stats = queue.TryGetProperty("message_stats", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        return new QueueStatistics(
            queue.GetProperty("name").GetString() ?? "",
            Number(queue, "messages"),
            Number(queue, "messages_ready"),
            Number(queue, "messages_unacknowledged"),
            (int)Number(queue, "consumers"),
            Rate(stats, "publish_details"),
            Rate(stats, "deliver_get_details"));
    }

    private static long Number(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static double Rate(JsonElement stats, string name)
        => stats.ValueKind == JsonValueKind.Object
            && stats.TryGetProperty(name, out var details)
            && details.TryGetProperty("rate", out var rate)
            && rate.ValueKind == JsonValueKind.Number
                ? rate.GetDouble()
                : 0;

    private static HttpClient CreateClient(BrokerAddress broker)
    {
        var client = new HttpClient { BaseAddress = broker.ManagementUri, Timeout = TimeSpan.FromSeconds(15) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{broker.UserName}:{broker.Password}")));
        return client;
    }
}

/// <summary>One queue as the management API reports it; rates are messages per second over the last sampling window.</summary>
public sealed record QueueStatistics(string Name, long Messages, long Ready, long Unacknowledged, int Consumers, double PublishRate, double DeliverRate);

/// <summary>The broker (or its management API) could not be reached or refused us.</summary>
public sealed class BrokerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
