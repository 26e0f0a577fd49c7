using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Pipeline.Worker.Operations;

/// <summary>
/// Listens to this host's <see cref="PipelineMetrics"/> meter and renders what it measured in Prometheus' text format
/// (version 0.0.4): counters as <c>_total</c>, histograms as cumulative <c>_bucket</c>, <c>_sum</c> and <c>_count</c>.
/// Only meters from this host's <see cref="IMeterFactory"/> count, so two hosts in one process keep their own numbers.
/// </summary>
public sealed class PrometheusExposition : IDisposable
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>Seconds; from a 5 ms language guess to a slow extraction or a busy store.</summary>
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, Family> families = new(StringComparer.Ordinal);

    public PrometheusExposition(IMeterFactory meters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Meter.Name == PipelineMetrics.MeterName)
            {
                var family = families.GetOrAdd(instrument.Name, _ => new Family(instrument));
                l.EnableMeasurementEvents(instrument, family);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((Family)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((Family)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((Family)state!).Record(value, tags));
        listener.Start();
    }

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var family in families.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            family.Render(text);
        }

        return text.ToString();
    }

    public void Dispose() => listener.Dispose();

    private sealed class Family(Instrument instrument)
    {
        private readonly bool histogram = instrument is Histogram<double> or Histogram<long>;
        private readonly ConcurrentDictionary<string, Series> series = new(StringComparer.Ordinal);

        public string Name { get; } = instrument is Histogram<double> or Histogram<long> ? instrument.Name : instrument.Name + "_total";

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
            => series.GetOrAdd(Labels(tags), _ => new Series(histogram)).Record(value);

        public void Render(StringBuilder text)
        {
            text.Append("# HELP ").Append(Name).Append(' ').Append(instrument.Description?.ReplaceLineEndings(" ") ?? "").Append('\n');
            text.Append("# TYPE ").Append(Name).Append(histogram ? " histogram\n" : " counter\n");
            foreach (var (labels, values) in series.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                values.Render(text, Name, labels);
            }
        }

        private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var pairs = new List<string>(tags.Length);
            foreach (var tag in tags)
            {
                var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
                pairs.Add($"{tag.Key}=\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")}\"");
            }

            pairs.Sort(StringComparer.Ordinal);
            return string.Join(',', pairs);
        }
    }

    private sealed class Series(bool histogram)
    {
        private readonly Lock gate = new();
        private readonly long[] bucketCounts = new long[histogram ? Buckets.Length : 0];
        private double sum;
        private long count;

        public void Record(double value)
        {
            lock (gate)
            {
                sum += value;
                count++;
                for (var i = 0; i < bucketCounts.Length; i++)
                {
                    if (value <= Buckets[i])
                    {
                        bucketCounts[i]++;
                    }
                }
            }
        }

        public void Render(StringBuilder text, string name, string labels)
        {
            lock (gate)
            {
                if (!histogram)
                {
                    Sample(text, name, labels, sum);
                    return;
                }

                for (var i = 0; i < Buckets.Length; i++)
                {
                    Sample(text, name + "_bucket", Join(labels, $"le=\"{Buckets[i].ToString(CultureInfo.InvariantCulture)}\""), bucketCounts[i]);
                }

                Sample(text, name + "_bucket", Join(labels, "le=\"+Inf\""), count);
                Sample(text, name + "_sum", labels, sum);
                Sample(text, name + "_count", labels, count);
            }
        }

        private static string Join(string labels, string more) => labels.Length == 0 ? more : labels + "," + more;

        private static void Sample(StringBuilder text, string name, string labels, double value)
        {
            text.Append(name);
            if (labels.Length > 0)
            {
                text.Append('{').Append(labels).Append('}');
            }

            text.Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
