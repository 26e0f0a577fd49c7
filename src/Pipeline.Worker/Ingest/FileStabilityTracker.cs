namespace Pipeline.Worker.Ingest;

/// <summary>
/// The "no longer being written" rule, without the file system: a file is stable once its size and last-write time
/// have been seen unchanged across observations at least <c>stableFor</c> apart. Any change starts the wait again.
/// (The watcher also requires an exclusive open before reading; that part needs the real file.)
/// </summary>
public sealed class FileStabilityTracker(TimeSpan stableFor)
{
    private readonly Dictionary<string, Observation> _observations = new(StringComparer.Ordinal);

    public TimeSpan StableFor { get; } = stableFor;

    /// <summary>Records what was seen now; true when the file has not changed for at least <see cref="StableFor"/>.</summary>
    public bool Observe(string path, long size, DateTimeOffset lastWrite, DateTimeOffset now)
    {
        if (_observations.TryGetValue(path, out var previous) && previous.Size == size && previous.LastWrite == lastWrite)
        {
            return now - previous.UnchangedSince >= StableFor;
        }

        _observations[path] = new Observation(size, lastWrite, now);
        return false;
    }

    /// <summary>Forgets a file (gone, or handled), so that if it comes back it must prove itself stable again.</summary>
    public void Forget(string path) => _observations.Remove(path);

    public int Count => _observations.Count;

    private readonly record struct Observation(long Size, DateTimeOffset LastWrite, DateTimeOffset UnchangedSince);
}
