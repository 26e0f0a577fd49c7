using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Watches the inbox: takes the files present at start and every new one, reads each once it is quiet (unchanged for
/// <c>Inbox:StableFor</c> or renamed into place, and open for writing by no process), publishes it, and moves it to the
/// processed folder only once the article is held for good (<see cref="IArticleCustody"/>: the broker's confirm on
/// RabbitMQ, the store on the embedded default). A file that cannot be an article, or that a stage gave up on, goes to
/// the failed folder beside a <c>&lt;name&gt;.error.txt</c>; so do symbolic links, pipes and devices, which are never
/// followed or opened. A file that failed for another reason (broker away, file locked) stays in the inbox and is
/// tried again. Up to <c>Inbox:MaxInFlight</c> files are handled at once, each in the order read, publish, custody,
/// move. File system events only wake the loop early (and say a file was renamed into place); the periodic rescan is
/// what guarantees nothing is missed.
/// </summary>
public sealed class InboxWatcher : BackgroundService
{
    private static readonly TimeSpan MinimumPoll = TimeSpan.FromMilliseconds(50);

    private readonly ArticleFileIngestor _ingestor;
    private readonly InboxOptions _options;
    private readonly IArticleCustody _custody;
    private readonly IEnumerable<IIngestObserver> _observers;
    private readonly ILogger<InboxWatcher> _logger;
    private readonly TimeProvider _time;
    private readonly InboxArchive _archive;
    private readonly FileStabilityTracker _stability;
    private readonly Channel<(string Path, bool Renamed)> _events = Channel.CreateUnbounded<(string, bool)>(new UnboundedChannelOptions { SingleReader = true });

    // Paths waiting to be quiet, with whether they were renamed into place. Touched by the loop only.
    private readonly Dictionary<string, bool> _pending = new(StringComparer.Ordinal);

    // Names warned about once (a folder named like an article, a mount point, a file still open for writing).
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    // Paths being handled: read, published, awaiting custody, moved. The loop leaves them alone meanwhile.
    private readonly ConcurrentDictionary<string, byte> _handling = new(StringComparer.Ordinal);

    // Names we could not move away (permissions, another file system for a link...): left alone until they change, so
    // they are not published again every scan.
    private readonly ConcurrentDictionary<string, (long Size, DateTimeOffset LastWrite)> _stuck = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _slots;
    private readonly List<Task> _running = [];

    public InboxWatcher(
        ArticleFileIngestor ingestor,
        IOptions<InboxOptions> options,
        IArticleCustody custody,
        IEnumerable<IIngestObserver> observers,
        ILogger<InboxWatcher> logger,
        TimeProvider time)
    {
        _ingestor = ingestor;
        _options = options.Value;
        _custody = custody;
        _observers = observers;
        _logger = logger;
        _time = time;
        _archive = new InboxArchive(_options, logger, time);
        _stability = new FileStabilityTracker(_options.StableFor);
        _slots = new SemaphoreSlim(_options.MaxInFlight, _options.MaxInFlight);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start-up path at once: the scan below may take a while.
        await Task.Yield();
        try
        {
            Directory.CreateDirectory(_options.InboxPath);
            Directory.CreateDirectory(_options.ProcessedPath);
            Directory.CreateDirectory(_options.FailedPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without its folders the watcher can do nothing useful: stop the host with the reason.
            _logger.LogCritical(e, "Cannot create the inbox folders {Inbox}, {ProcessedFolder}, {FailedFolder}", _options.InboxPath, _options.ProcessedPath, _options.FailedPath);
            throw;
        }

        using var watcher = StartFileSystemWatcher();
        _logger.LogInformation(
            "Watching {Inbox} (processed: {ProcessedFolder}, failed: {FailedFolder}, rescan every {RescanInterval}, quiet for {StableFor}, writers seen: {WritersSeen}, up to {MaxInFlight} files at once, moved once held by {Custody})",
            _options.InboxPath, _options.ProcessedPath, _options.FailedPath, _options.RescanInterval, _options.StableFor, OpenWriters.CanSee, _options.MaxInFlight,
            _custody is StoreCustody ? "the store" : "the broker");

        var nextScan = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (_time.GetUtcNow() >= nextScan)
                {
                    Scan();
                    nextScan = _time.GetUtcNow() + _options.RescanInterval;
                }

                while (_events.Reader.TryRead(out var change))
                {
                    Consider(change.Path, change.Renamed);
                }

                await DispatchQuietFilesAsync(stoppingToken);
                var untilScan = nextScan - _time.GetUtcNow();
                await WaitAsync(_pending.Count > 0 ? Min(PollInterval, untilScan) : untilScan, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a file being handled stays in the inbox (or was already published: same id next time).
        }
        finally
        {
            await Task.WhenAll(_running);
        }
    }

    private TimeSpan PollInterval => Min(Max(_options.StableFor / 2, MinimumPoll), _options.RescanInterval);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private FileSystemWatcher? StartFileSystemWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(_options.InboxPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Created += (_, e) => _events.Writer.TryWrite((e.FullPath, false));
            watcher.Changed += (_, e) => _events.Writer.TryWrite((e.FullPath, false));
            watcher.Renamed += (_, e) => _events.Writer.TryWrite((e.FullPath, true));
            watcher.Error += (_, e) => _logger.LogWarning(e.GetException(), "File system events for {Inbox} were lost; the next rescan catches up", _options.InboxPath);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            _logger.LogWarning(e, "No file system events for {Inbox}; relying on the rescan every {RescanInterval}", _options.InboxPath, _options.RescanInterval);
            return null;
        }
    }

    private void Scan() => Walk(_options.InboxPath);

    private void Walk(string folder)
    {
        try
        {
            foreach (var entry in InboxScanner.EntriesUnder(folder, _options))
            {
                if (entry.Status.Kind == EntryKind.Folder)
                {
                    WarnAboutFolder(entry.Path, entry.Mounted);
                }
                else
                {
                    Consider(entry.Path, entry.Status, renamed: false);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "Could not list {Folder}; trying again in {RescanInterval}", folder, _options.RescanInterval);
        }
    }

    private void Consider(string path, bool renamed)
    {
        // Events can name paths reached through a link the event source followed: only real folders of the inbox count.
        if (InboxFileFilter.IsCandidate(path, _options) && InboxBoundary.IsInside(_options.InboxPath, path))
        {
            Consider(path, EntryStatus.Of(path), renamed);
        }
    }

    private void Consider(string path, EntryStatus status, bool renamed)
    {
        if (!InboxFileFilter.IsCandidate(path, _options) || _handling.ContainsKey(path))
        {
            return;
        }

        switch (status.Kind)
        {
            case EntryKind.Missing:
                Drop(path);
                break;
            case EntryKind.Folder:
                // A folder dropped or renamed in: its files may have raised no events of their own.
                var mounted = status.Device != EntryStatus.OfTarget(_options.InboxPath).Device;
                WarnAboutFolder(path, mounted);
                if (!mounted)
                {
                    Walk(path);
                }

                break;
            default:
                _pending[path] = renamed || _pending.GetValueOrDefault(path);
                break;
        }
    }

    private void WarnAboutFolder(string path, bool mounted)
    {
        if (mounted && _warned.Add(path))
        {
            _logger.LogWarning(
                "{FileName} is on another file system (a mount point): not walked, since it can bring in files from outside the inbox",
                Relative(path));
        }
        else if (ArticleFormats.IsSupported(path) && _warned.Add(path))
        {
            _logger.LogWarning("{FileName} is a folder, not an article file: the files inside it are taken as articles of their own", Relative(path));
        }
    }

    private async Task DispatchQuietFilesAsync(CancellationToken cancellationToken)
    {
        var quiet = new List<(string Path, EntryStatus Status)>();
        foreach (var (path, renamed) in _pending.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            var status = EntryStatus.Of(path);
            if (status.Kind is EntryKind.Missing or EntryKind.Folder || IsStuck(path, status))
            {
                Drop(path);
                if (status.Kind == EntryKind.Folder)
                {
                    Consider(path, status, renamed: false);
                }
            }
            else if (status.Kind != EntryKind.RegularFile)
            {
                // A link, a pipe, a device: never read, so nothing to wait for.
                Drop(path);
                await StartAsync(path, status, cancellationToken);
            }
            else if (_stability.Observe(path, status.Size, status.LastWrite, _time.GetUtcNow(), renamed || status.ChangedAfterLastWrite))
            {
                quiet.Add((path, status));
            }
        }

        if (quiet.Count == 0)
        {
            return;
        }

        var writing = OpenWriters.Among(quiet.Select(q => q.Status).ToList());
        foreach (var (path, status) in quiet)
        {
            if (writing.Contains((status.Device, status.Inode)) || !CanOpenExclusively(path))
            {
                if (_warned.Add(path))
                {
                    _logger.LogInformation("{FileName} is quiet but still open for writing; waiting for its writer to close it", Relative(path));
                }

                continue;
            }

            Drop(path);
            await StartAsync(path, status, cancellationToken);
        }
    }

    private async Task StartAsync(string path, EntryStatus status, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        _handling[path] = 0;
        _running.RemoveAll(t => t.IsCompleted);
        _running.Add(Task.Run(
            async () =>
            {
                try
                {
                    await HandleAsync(path, status, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopping: the file stays in the inbox and is taken again on the next start.
                }
                finally
                {
                    _handling.TryRemove(path, out _);
                    _slots.Release();

                    // Whatever is left under this name (a file left in place, its next version) is looked at again.
                    _events.Writer.TryWrite((path, false));
                }
            },
            CancellationToken.None));
    }

    private void Drop(string path)
    {
        _pending.Remove(path);
        _stability.Forget(path);
        _warned.Remove(path);
    }

    private bool IsStuck(string path, EntryStatus status)
    {
        if (!_stuck.TryGetValue(path, out var stuck))
        {
            return false;
        }

        if (stuck == (status.Size, status.LastWrite))
        {
            return true;
        }

        _stuck.TryRemove(path, out _);
        return false;
    }

    private static bool CanOpenExclusively(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 1);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task HandleAsync(string path, EntryStatus status, CancellationToken cancellationToken)
    {
        var relative = Relative(path);
        IngestOutcome outcome;
        try
        {
            outcome = status.Kind == EntryKind.RegularFile
                ? await IngestAsync(path, relative, cancellationToken)
                : Refuse(path, relative, status);
            outcome = outcome.Kind switch
            {
                not IngestOutcomeKind.Failed when outcome.Read is { } read && !EntryStatus.Of(path).IsUnchanged(read) => ChangedSinceRead(outcome),
                IngestOutcomeKind.Published => outcome with { MovedTo = await _archive.MoveToProcessedAsync(outcome, cancellationToken) },
                IngestOutcomeKind.Rejected => outcome with { MovedTo = await _archive.QuarantineAsync(outcome, cancellationToken) },
                _ => outcome,
            };
            if (outcome.Kind != IngestOutcomeKind.Failed && outcome.MovedTo is null && EntryStatus.Of(path) is { Kind: not EntryKind.Missing } unmovable
                && (outcome.Read is null || unmovable.IsUnchanged(outcome.Read)))
            {
                // Handled but unmovable: leave it alone until it changes, rather than publish it again every scan.
                _stuck[path] = (unmovable.Size, unmovable.LastWrite);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Unexpected failure on {FileName}; it stays in the inbox", relative);
            outcome = new IngestOutcome(path, ArticleIdentity.CanonicalName(relative), null, IngestOutcomeKind.Failed, e.Message, e);
        }

        Notify(outcome);
    }

    /// <summary>Reads and publishes the file, then waits until its article is held for good or a stage gave up on it.</summary>
    private async Task<IngestOutcome> IngestAsync(string path, string relative, CancellationToken cancellationToken)
    {
        var outcome = await _ingestor.IngestAsync(path, relative, cancellationToken);
        if (outcome is not { Kind: IngestOutcomeKind.Published, ArticleId: { } id })
        {
            return outcome;
        }

        var custody = await _custody.AwaitAsync(id, cancellationToken);
        if (custody.Failure is not { } failure)
        {
            return outcome;
        }

        var gaveUp = new StageGaveUpException(failure);
        using var scope = _logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = id });
        _logger.LogError("The {Stage} stage gave up on {FileName} ({ArticleId}): {Reason}; the file goes to the failed folder", failure.Stage, outcome.FileName, id, failure.Reason);
        return outcome with { Kind = IngestOutcomeKind.Rejected, Reason = gaveUp.Message, Exception = gaveUp };
    }

    private IngestOutcome Refuse(string path, string relative, EntryStatus status)
    {
        var name = ArticleIdentity.CanonicalName(relative);
        var reason = status.Kind == EntryKind.SymbolicLink
            ? $"a symbolic link (to {new FileInfo(path).LinkTarget}): links are never followed, so nothing outside the inbox is read"
            : $"{status.Description}, not a regular file: never opened";
        _logger.LogWarning("Refused {FileName}: {Reason}", name, reason);
        return new IngestOutcome(path, name, null, IngestOutcomeKind.Rejected, reason);
    }

    private IngestOutcome ChangedSinceRead(IngestOutcome outcome)
    {
        _logger.LogInformation(
            "{FileName} changed after it was read: it stays in the inbox and its new content is read as an article of its own ({ArticleId} was {Kind})",
            outcome.FileName, outcome.ArticleId, outcome.Kind);
        return outcome;
    }

    private string Relative(string path) => ArticleIdentity.CanonicalName(Path.GetRelativePath(_options.InboxPath, path));

    private void Notify(IngestOutcome outcome)
    {
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnIngested(outcome);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Ingest observer {Observer} failed on {FileName}", observer.GetType().Name, outcome.FileName);
            }
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(delay, _time, wake.Token);
        var signal = _events.Reader.WaitToReadAsync(wake.Token).AsTask();
        await Task.WhenAny(timer, signal);
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }
}
