using System.Diagnostics;

namespace Pipeline.EndToEnd;

/// <summary>
/// The times articles were finished (a line of <c>pipeline analyze</c>, a "Stored" line of the sink), and a CPU
/// snapshot of every process taken when the 10th and the 90th percent were reached: the steady part of a run,
/// without start-up, the first article's trip through every stage, or the shutdown.
/// </summary>
public sealed class CompletionLog(int expected, Func<IReadOnlyDictionary<string, double>> snapshot)
{
    readonly Lock _gate = new();
    readonly Dictionary<string, long> _finished = new(StringComparer.Ordinal);
    readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many articles the run is waiting for.</summary>
    public int Expected => expected;

    public int FirstMark { get; private set; } = Math.Max(1, expected / 10);

    public int LastMark { get; private set; } = Math.Max(Math.Max(1, expected / 10) + 1, expected * 9 / 10);

    public (long At, IReadOnlyDictionary<string, double> Cpu)? First { get; private set; }

    public (long At, IReadOnlyDictionary<string, double> Cpu)? Last { get; private set; }

    /// <summary>
    /// The CPU snapshot taken when the last article finished, while every process still runs (a PostgreSQL backend's
    /// time leaves with it when its client exits).
    /// </summary>
    public IReadOnlyDictionary<string, double>? AllCpu { get; private set; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _finished.Count;
            }
        }
    }

    /// <summary>Completes once <c>expected</c> distinct articles finished.</summary>
    public Task All => _all.Task;

    /// <summary>When each article finished, by key (file name or url).</summary>
    public IReadOnlyDictionary<string, long> Finished
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_finished);
            }
        }
    }

    /// <summary>Records that <paramref name="key"/> finished at <paramref name="at"/> (a repeat is ignored).</summary>
    public void Add(string key, long at)
    {
        int count;
        lock (_gate)
        {
            if (!_finished.TryAdd(key, at))
            {
                return;
            }

            count = _finished.Count;
        }

        if (count == FirstMark)
        {
            First = (at, snapshot());
        }

        if (count == LastMark)
        {
            Last = (at, snapshot());
        }

        if (count == expected)
        {
            AllCpu = snapshot();
            _all.TrySetResult();
        }
    }

    /// <summary>
    /// Starts the window now rather than at the 10th percent (once every worker of a run is ready), and ends it when 90 %
    /// of the articles still to come have finished.
    /// </summary>
    public void StartWindowNow()
    {
        lock (_gate)
        {
            FirstMark = _finished.Count;
            LastMark = FirstMark + Math.Max(1, (expected - FirstMark) * 9 / 10);
            Last = null;
        }

        First = (Stopwatch.GetTimestamp(), snapshot());
    }

    /// <summary>Articles per second between the two marks, or null when the run did not reach them.</summary>
    public double? SteadyRate =>
        First is { } first && Last is { } last && last.At > first.At
            ? (LastMark - FirstMark) / Stopwatch.GetElapsedTime(first.At, last.At).TotalSeconds
            : null;

    /// <summary>CPU seconds per article of each process between the two marks.</summary>
    public IReadOnlyDictionary<string, double> SteadyCpuPerArticle() =>
        First is { } first && Last is { } last
            ? last.Cpu.ToDictionary(p => p.Key, p => (p.Value - first.Cpu.GetValueOrDefault(p.Key)) / (LastMark - FirstMark))
            : new Dictionary<string, double>();
}
