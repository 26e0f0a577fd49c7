using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Pipeline.Storage.Tests;

/// <summary>A meter factory for one store under test, keeping what its instruments recorded (other stores' are not seen).</summary>
internal sealed class RecordedMeasurements : IMeterFactory
{
    private readonly List<Meter> meters = [];
    private readonly MeterListener listener = new();

    public RecordedMeasurements()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == this)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    public ConcurrentQueue<(string Instrument, string? Writer, double Value)> Measurements { get; } = new();

    /// <summary>The values <paramref name="instrument"/> recorded for <paramref name="writer"/>, in order.</summary>
    public IReadOnlyList<double> Of(string instrument, string writer)
        => Measurements.Where(m => m.Instrument == instrument && m.Writer == writer).Select(m => m.Value).ToList();

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, this);
        lock (meters)
        {
            meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        listener.Dispose();
        foreach (var meter in meters)
        {
            meter.Dispose();
        }
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? writer = null;
        foreach (var tag in tags)
        {
            if (tag.Key == "writer")
            {
                writer = tag.Value as string;
            }
        }

        Measurements.Enqueue((instrument.Name, writer, value));
    }
}
