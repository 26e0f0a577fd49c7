using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

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
    private readonly ResiliencePipeline _fileAccess;
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
        _fileAccess = IngestResilience.FileAccess(_options, logger, time);
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
            foreach (var path in FilesUnder(_options.InboxPath))
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
                foreach (var file in FilesUnder(path))
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

    // Walks the inbox without descending into the processed and failed folders, which only ever grow.
    private IEnumerable<string> FilesUnder(string folder)
    {
        var folders = new Stack<string>([folder]);
        while (folders.TryPop(out var current))
        {
            if (IsOwnFolder(current))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(current))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                if (!Path.GetFileName(sub).StartsWith('.'))
                {
                    folders.Push(sub);
                }
            }
        }
    }

    private bool IsOwnFolder(string folder)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(trimmed, Path.TrimEndingDirectorySeparator(_options.ProcessedPath), comparison)
            || string.Equals(trimmed, Path.TrimEndingDirectorySeparator(_options.FailedPath), comparison)
            || InboxFileFilter.IsUnder(folder, _options.ProcessedPath)
            || InboxFileFilter.IsUnder(folder, _options.FailedPath);
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
                IngestOutcomeKind.Published => outcome with { MovedTo = await MoveAsync(outcome, _options.ProcessedPath, cancellationToken) },
                IngestOutcomeKind.Rejected => outcome with { MovedTo = await QuarantineAsync(outcome, cancellationToken) },
                _ => outcome,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Unexpected failure on {FileName}; it stays in the inbox", relative);
            outcome = new IngestOutcome(path, ArticleIdentity.CanonicalName(relative), null, IngestOutcomeKind.Failed, e.Message, e);
        }

        Notify(outcome);
    }

    private async Task<string?> QuarantineAsync(IngestOutcome outcome, CancellationToken cancellationToken)
    {
        var movedTo = await MoveAsync(outcome, _options.FailedPath, cancellationToken);
        if (movedTo is null)
        {
            return null;
        }

        var report = new StringBuilder()
            .AppendLine($"File: {outcome.FileName}")
            .AppendLine($"Article id: {outcome.ArticleId?.ToString() ?? "(unknown)"}")
            .AppendLine($"Time: {_time.GetUtcNow():O}")
            .AppendLine($"Reason: {outcome.Reason}");
        if (outcome.Exception is not null)
        {
            report.AppendLine().AppendLine("Exception:").AppendLine(outcome.Exception.ToString());
        }

        try
        {
            await ArticleFileIngestor.ExecuteAsync(_fileAccess, outcome.FileName, async ct =>
            {
                await File.WriteAllTextAsync(movedTo + ".error.txt", report.ToString(), ct);
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(e, "Moved {FileName} to {MovedTo} but could not write its error report; reason: {Reason}", outcome.FileName, movedTo, outcome.Reason);
        }

        return movedTo;
    }

    private async Task<string?> MoveAsync(IngestOutcome outcome, string folder, CancellationToken cancellationToken)
    {
        using var scope = _logger.BeginScope(new Dictionary<string, object?> { ["ArticleId"] = outcome.ArticleId, ["FileName"] = outcome.FileName });
        try
        {
            var destination = await ArticleFileIngestor.ExecuteAsync(_fileAccess, outcome.FileName, ct =>
            {
                var target = UniqueDestination(folder, outcome.FileName);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(outcome.FilePath, target, overwrite: false);
                return Task.FromResult(target);
            }, cancellationToken);
            _logger.LogInformation("Moved {FileName} ({ArticleId}) to {MovedTo}", outcome.FileName, outcome.ArticleId, destination);
            return destination;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Published but unmovable: leave it until it changes, rather than publish it again every scan.
            var file = new FileInfo(outcome.FilePath);
            if (file.Exists)
            {
                _stuck[outcome.FilePath] = (file.Length, file.LastWriteTimeUtc);
            }

            _logger.LogError(e, "Could not move {FileName} ({ArticleId}) to {Folder}; it stays in the inbox until it changes", outcome.FileName, outcome.ArticleId, folder);
            return null;
        }
    }

    /// <summary>The file's path under <paramref name="folder"/>, with <c>-2</c>, <c>-3</c>... before the extension when taken.</summary>
    internal static string UniqueDestination(string folder, string relativeName)
    {
        var target = Path.Combine(folder, relativeName);
        var directory = Path.GetDirectoryName(target)!;
        var stem = Path.GetFileNameWithoutExtension(target);
        var extension = Path.GetExtension(target);
        for (var n = 2; File.Exists(target) || File.Exists(target + ".error.txt"); n++)
        {
            target = Path.Combine(directory, $"{stem}-{n}{extension}");
        }

        return target;
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
