namespace Pipeline.Worker.Ingest;

/// <summary>The <c>Inbox</c> configuration section: where articles are dropped and how the watcher treats them.</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Inbox";

    /// <summary>The watched folder.</summary>
    public string Path { get; set; } = "./inbox";

    /// <summary>Where published files go; default <c>&lt;Path&gt;/processed</c>.</summary>
    public string? ProcessedFolder { get; set; }

    /// <summary>Where files that cannot be ingested go, each beside a <c>&lt;name&gt;.error.txt</c>; default <c>&lt;Path&gt;/failed</c>.</summary>
    public string? FailedFolder { get; set; }

    /// <summary>How often the whole inbox is scanned again, since file system events can be missed.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a file's size and last-write time must stay unchanged before it is read.</summary>
    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Larger files are rejected unread.</summary>
    public long MaxFileBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Articles with longer text are quarantined rather than sent, so the broker never carries huge messages.</summary>
    public int MaxTextChars { get; set; } = 1_000_000;

    /// <summary>Retries when a file is locked or an I/O error hits reading or moving it.</summary>
    public int IoRetryAttempts { get; set; } = 5;

    /// <summary>First I/O retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan IoRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Retries when publishing fails (broker away); after them the file stays in the inbox for the next scan.</summary>
    public int PublishRetryAttempts { get; set; } = 6;

    /// <summary>First publish retry delay; with the default 6 attempts the retries span about 30 s.</summary>
    public TimeSpan PublishRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public string ProcessedPath => System.IO.Path.GetFullPath(ProcessedFolder ?? System.IO.Path.Combine(Path, "processed"));

    public string FailedPath => System.IO.Path.GetFullPath(FailedFolder ?? System.IO.Path.Combine(Path, "failed"));

    public string InboxPath => System.IO.Path.GetFullPath(Path);
}
