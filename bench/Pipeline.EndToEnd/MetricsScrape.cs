using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.EndToEnd;

/// <summary>
/// One scrape of a pipeline process's <c>/metrics</c> (Prometheus text): the samples by name and labels, and what the
/// benchmark reads from them: time spent in each stage's consumer, and any lock-wait histogram the store exposes.
/// </summary>
public sealed partial class MetricsScrape
{
    readonly List<(string Name, string Labels, double Value)> _samples = [];

    public static MetricsScrape Parse(string text)
    {
        var scrape = new MetricsScrape();
        foreach (var line in text.Split('\n'))
        {
            var match = Sample().Match(line.Trim());
            if (match.Success && double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                scrape._samples.Add((match.Groups["name"].Value, match.Groups["labels"].Value, value));
            }
        }

        return scrape;
    }

    public static async Task<MetricsScrape?> ReadAsync(HttpClient http, int port, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), cancellationToken));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Sum of the samples of <paramref name="name"/> whose labels contain every one of <paramref name="labels"/> (<c>stage="sink"</c>).</summary>
    public double Sum(string name, params string[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal))).Sum(s => s.Value);

    /// <summary>Seconds spent in each stage's consumer and messages handled, from <c>pipeline_stage_duration_seconds</c>.</summary>
    public IReadOnlyDictionary<string, (double Seconds, double Count)> StageDurations()
    {
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var (name, labels, value) in _samples.Where(s => s.Name.StartsWith("pipeline_stage_duration_seconds_", StringComparison.Ordinal)))
        {
            var stage = StageOf(labels);
            if (stage is null || !labels.Contains("outcome=\"processed\"", StringComparison.Ordinal))
            {
                continue;
            }

            var (seconds, count) = result.GetValueOrDefault(stage);
            if (name.EndsWith("_sum", StringComparison.Ordinal))
            {
                seconds += value;
            }
            else if (name.EndsWith("_count", StringComparison.Ordinal))
            {
                count += value;
            }

            result[stage] = (seconds, count);
        }

        return result;
    }

    /// <summary>
    /// Every histogram whose name speaks of a lock or a transaction (the store's lock waits and the time from lock to
    /// commit, meter <c>Pipeline.Storage</c>): its count, total and the smallest bucket bounds holding 99 % and all of the
    /// observations, in the histogram's unit.
    /// </summary>
    public IReadOnlyList<TimingHistogram> StoreTimings()
    {
        var waits = new List<TimingHistogram>();
        foreach (var group in _samples.Where(s => s.Name.Contains("lock", StringComparison.OrdinalIgnoreCase) || s.Name.Contains("transaction", StringComparison.OrdinalIgnoreCase))
                     .GroupBy(s => (Family: Family(s.Name), Labels: WithoutBound(s.Labels))))
        {
            var count = group.Where(s => s.Name.EndsWith("_count", StringComparison.Ordinal)).Sum(s => s.Value);
            var sum = group.Where(s => s.Name.EndsWith("_sum", StringComparison.Ordinal)).Sum(s => s.Value);
            var buckets = group.Where(s => s.Name.EndsWith("_bucket", StringComparison.Ordinal))
                .Select(s => (Bound: Bound(s.Labels), s.Value)).OrderBy(b => b.Bound).ToList();
            var p99 = buckets.FirstOrDefault(b => b.Value >= 0.99 * count).Bound;
            var max = buckets.FirstOrDefault(b => b.Value >= count).Bound;
            if (count > 0)
            {
                waits.Add(new TimingHistogram(group.Key.Family, group.Key.Labels, count, sum, p99, buckets.Count == 0 ? double.NaN : max));
            }
        }

        return waits;
    }

    static string Family(string name) =>
        name.EndsWith("_bucket", StringComparison.Ordinal) ? name[..^7]
        : name.EndsWith("_count", StringComparison.Ordinal) ? name[..^6]
        : name.EndsWith("_sum", StringComparison.Ordinal) ? name[..^4]
        : name;

    static string WithoutBound(string labels) => LeLabel().Replace(labels, "").Trim(',');

    static double Bound(string labels) =>
        LeLabel().Match(labels) is { Success: true } m
            ? m.Groups["le"].Value == "+Inf" ? double.PositiveInfinity : double.Parse(m.Groups["le"].Value, CultureInfo.InvariantCulture)
            : double.NaN;

    static string? StageOf(string labels)
    {
        var at = labels.IndexOf("stage=\"", StringComparison.Ordinal);
        return at < 0 ? null : labels[(at + 7)..labels.IndexOf('"', at + 7)];
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})?\s+(?<value>\S+)")]
    private static partial Regex Sample();

    [GeneratedRegex(@",?le=""(?<le>[^""]*)""")]
    private static partial Regex LeLabel();
}

/// <summary>A store timing histogram (lock wait, transaction) read from <c>/metrics</c>: how many waits, their total, the bucket bound under which 99 % fell, and the bucket bound under which all fell.</summary>
public sealed record TimingHistogram(string Name, string Labels, double Count, double Sum, double P99Bound, double MaxBound);
