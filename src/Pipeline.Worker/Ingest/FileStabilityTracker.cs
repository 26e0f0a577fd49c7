namespace Pipeline.Worker.Ingest;

/// <summary>
/// The quiet-period rule, without the file system: a file may be read once its size and last-write time have not
/// changed for <c>stableFor</c> after its last change, confirmed by a second look. The last change is the file's last
/// write when that time is believable (not in the future, and later than the look before a change we saw), else the
/// first look at its present state. A file its writer declared complete (renamed into place, or its times set after
/// the data: <see cref="EntryStatus.ChangedAfterLastWrite"/>) needs no wait. Any change starts the wait again. (The
/// watcher also asks whether a process still has it open for writing; that needs the real file.)
/// </summary>
public sealed class FileStabilityTracker(TimeSpan stableFor)
{
    private readonly Dictionary<string, Observation> _observations = new(StringComparer.Ordinal);

    public TimeSpan StableFor { get; } = stableFor;

    public int Count => _observations.Count;

    /// <summary>Records what was seen now; true when the file may be read.</summary>
    public bool Observe(string path, long size, DateTimeOffset lastWrite, DateTimeOffset now, bool declaredComplete = false)
    {
        if (!_observations.TryGetValue(path, out var previous))
        {
            _observations[path] = new Observation(size, lastWrite, now, TrustLastWrite: true);
            return declaredComplete;
        }

        if (previous.Size != size || previous.LastWrite != lastWrite)
        {
            // A change we saw happened after we last looked; a last write that says otherwise (a coarse clock, another
            // machine's) is not believed for this file again.
            _observations[path] = new Observation(size, lastWrite, now, previous.TrustLastWrite && lastWrite > previous.UnchangedSince);
            return declaredComplete;
        }

        var quietSince = previous.TrustLastWrite && lastWrite <= now && lastWrite < previous.UnchangedSince ? lastWrite : previous.UnchangedSince;
        return declaredComplete || now - quietSince >= StableFor;
    }

    /// <summary>Forgets a file (gone, or handled), so that if it comes back it must prove itself stable again.</summary>
    public void Forget(string path) => _observations.Remove(path);

    private readonly record struct Observation(long Size, DateTimeOffset LastWrite, DateTimeOffset UnchangedSince, bool TrustLastWrite);
}
