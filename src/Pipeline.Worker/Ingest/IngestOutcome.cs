namespace Pipeline.Worker.Ingest;

/// <summary>What became of one file.</summary>
public enum IngestOutcomeKind
{
    /// <summary>The broker confirmed <c>ArticleReceived</c> (the watcher has then moved the file to the processed folder).</summary>
    Published,

    /// <summary>The file cannot be an article; the watcher has moved it to the failed folder beside its <c>.error.txt</c>.</summary>
    Rejected,

    /// <summary>
    /// Not the file's fault (broker away, file locked or unreadable): the watcher leaves it in the inbox and tries it
    /// again on a later scan, so the same file may be reported again.
    /// </summary>
    Failed,
}

/// <summary>The result of ingesting one file: where it was, its article id when the bytes could be read, and why when not published.</summary>
public sealed record IngestOutcome(
    string FilePath,
    string FileName,
    Guid? ArticleId,
    IngestOutcomeKind Kind,
    string? Reason = null,
    Exception? Exception = null)
{
    /// <summary>Where the watcher moved the file, when it did.</summary>
    public string? MovedTo { get; init; }

    /// <summary>The file as it was when read (size, last write, inode), so that a later change can be told apart.</summary>
    public EntryStatus? Read { get; init; }
}
