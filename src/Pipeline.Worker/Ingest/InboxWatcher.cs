using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Watches the inbox: takes the files present at start and every new one, reads each once it is no longer being
/// written, publishes it, and only after the broker confirmed moves it to the processed folder. A file that cannot
/// be an article goes to the failed folder beside a <c>&lt;name&gt;.error.txt</c>. A file that failed for another
/// reason (broker away, file locked) stays in the inbox and is tried again on a later scan.
/// File system events only wake the loop early; the periodic rescan is what guarantees nothing is missed.
/// </summary>
public sealed class InboxWatcher : BackgroundService
{
    private static readonly TimeSpan MinimumPoll = TimeSpan.FromMilliseconds(50);

    private readonly ArticleFileIngestor _ingestor;
    private readonly InboxOptions _options;
    private readonly IEnumerable<IIngestObserver> _observers;
    private readonly ILogger<InboxWatcher> _logger;
    private readonly TimeProvider _time;
    private readonly InboxArchive _archive;
    private readonly FileStabilityTracker _stability;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    // Files we could not move away (permissions...): left alone until they change, so they are not re-published every scan.
    private readonly Dictionary<string, (long Size, DateTime LastWrite)> _stuck = new(StringComparer.Ordinal);

    public InboxWatcher(
        ArticleFileIngestor ingestor,
        IOptions<InboxOptions> options,
        IEnumerable<IIngestObserver> observers,
        ILogger<InboxWatcher> logger,
        TimeProvider time)
    {
        _ingestor = ingestor;
        _options = options.Value;
        _observers = observers;
        _logger = logger;
        _time = time;
        _archive = new InboxArchive(_options, logger, time);
        _stability = new FileStabilityTracker(_options.StableFor);
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
            "Watching {Inbox} (processed: {ProcessedFolder}, failed: {FailedFolder}, rescan every {RescanInterval})",
            _options.InboxPath, _options.ProcessedPath, _options.FailedPath, _options.RescanInterval);

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

                while (_events.Reader.TryRead(out var path))
                {
                    Consider(path);
                }

                await ProcessStableFilesAsync(stoppingToken);
                var untilScan = nextScan - _time.GetUtcNow();
                await WaitAsync(_pending.Count > 0 ? Min(PollInterval, untilScan) : untilScan, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a file being handled stays in the inbox (or was already published: same id next time).
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
            watcher.Created += (_, e) => _events.Writer.TryWrite(e.FullPath);
            watcher.Changed += (_, e) => _events.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) => _events.Writer.TryWrite(e.FullPath);
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

    private void Scan()
    {
        try
        {
            foreach (var path in InboxScanner.FilesUnder(_options.InboxPath, _options))
            {
                Consider(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "Could not scan {Inbox}; trying again in {RescanInterval}", _options.InboxPath, _options.RescanInterval);
        }
    }

    private void Consider(string path)
    {
        if (Directory.Exists(path))
        {
            // A folder dropped or renamed in: its files may have raised no events of their own.
            try
            {
                foreach (var file in InboxScanner.FilesUnder(path, _options))
                {
                    Consider(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger.LogDebug(e, "Could not list {Folder}; the next rescan looks again", path);
            }
        }
        else if (InboxFileFilter.IsCandidate(path, _options))
        {
            _pending.Add(path);
        }
    }

    private async Task ProcessStableFilesAsync(CancellationToken cancellationToken)
    {
        foreach (var path in _pending.Order(StringComparer.Ordinal).ToList())
        {
            var file = new FileInfo(path);
            (long Size, DateTime LastWrite) seen;
            try
            {
                seen = (file.Length, file.LastWriteTimeUtc);
            }
            catch (IOException)
            {
                // Gone (renamed, deleted) since it was seen.
                Drop(path);
                continue;
            }

            if (_stuck.TryGetValue(path, out var stuck) && stuck == seen)
            {
                Drop(path);
                continue;
            }

            if (!_stability.Observe(path, seen.Size, seen.LastWrite, _time.GetUtcNow()) || !CanOpenExclusively(path))
            {
                continue;
            }

            Drop(path);
            _stuck.Remove(path);
            await HandleAsync(path, cancellationToken);
        }
    }

    private void Drop(string path)
    {
        _pending.Remove(path);
        _stability.Forget(path);
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

    private async Task HandleAsync(string path, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(_options.InboxPath, path);
        IngestOutcome outcome;
        try
        {
            outcome = await _ingestor.IngestAsync(path, relative, cancellationToken);
            outcome = outcome.Kind switch
            {
                IngestOutcomeKind.Published => outcome with { MovedTo = await _archive.MoveToProcessedAsync(outcome, cancellationToken) },
                IngestOutcomeKind.Rejected => outcome with { MovedTo = await _archive.QuarantineAsync(outcome, cancellationToken) },
                _ => outcome,
            };
            if (outcome.Kind != IngestOutcomeKind.Failed && outcome.MovedTo is null && new FileInfo(path) is { Exists: true } unmovable)
            {
                // Handled but unmovable: leave it alone until it changes, rather than publish it again every scan.
                _stuck[path] = (unmovable.Length, unmovable.LastWriteTimeUtc);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Unexpected failure on {FileName}; it stays in the inbox", relative);
            outcome = new IngestOutcome(path, ArticleIdentity.CanonicalName(relative), null, IngestOutcomeKind.Failed, e.Message, e);
        }

        Notify(outcome);
    }

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
