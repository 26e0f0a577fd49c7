using System.Text;
using Microsoft.Extensions.Logging;
using Polly;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Where handled files go: the processed folder once the article is held for good, the failed folder beside a
/// <c>&lt;name&gt;.error.txt</c> when the file cannot be an article (or a stage gave up on it). Keeps the file's path
/// relative to the inbox and never overwrites: a taken name gets <c>-2</c>, <c>-3</c>... before its extension.
/// Moves a name itself, never what a link points to, and only through real folders (<see cref="InboxBoundary"/>).
/// </summary>
internal sealed class InboxArchive(InboxOptions options, ILogger logger, TimeProvider time)
{
    private const int CrossDevice = 18;

    private readonly ResiliencePipeline _fileAccess = IngestResilience.FileAccess(options, logger, time);

    /// <summary>Moves the published file; null (logged) when it could not be moved.</summary>
    public Task<string?> MoveToProcessedAsync(IngestOutcome outcome, CancellationToken cancellationToken) =>
        MoveAsync(outcome, options.ProcessedPath, cancellationToken);

    /// <summary>Moves the rejected file (or link, or pipe) to the failed folder and writes why beside it; null (logged) when it could not be moved.</summary>
    public async Task<string?> QuarantineAsync(IngestOutcome outcome, CancellationToken cancellationToken)
    {
        var movedTo = await MoveAsync(outcome, options.FailedPath, cancellationToken);
        if (movedTo is null)
        {
            return null;
        }

        try
        {
            await ArticleFileIngestor.ExecuteAsync(_fileAccess, outcome.FileName, async _ =>
            {
                await WriteReportAsync(movedTo + ".error.txt", ErrorReport(outcome));
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Moved {FileName} to {MovedTo} but could not write its error report; reason: {Reason}", outcome.FileName, movedTo, outcome.Reason);
        }

        return movedTo;
    }

    /// <summary>The file's path under <paramref name="folder"/>, with <c>-2</c>, <c>-3</c>... before the extension when taken.</summary>
    public static string UniqueDestination(string folder, string relativeName)
    {
        var target = Path.Combine(folder, relativeName);
        var directory = Path.GetDirectoryName(target)!;
        var stem = Path.GetFileNameWithoutExtension(target);
        var extension = Path.GetExtension(target);
        for (var n = 2; Taken(target) || Taken(target + ".error.txt"); n++)
        {
            target = Path.Combine(directory, $"{stem}-{n}{extension}");
        }

        return target;
    }

    private static bool Taken(string path) => EntryStatus.Of(path).Kind != EntryKind.Missing;

    /// <summary>
    /// Writes the report under a hidden name and renames it into place, so that a report is whole whenever it exists.
    /// Not cancelled: a shutdown in the middle of a few kilobytes would leave the quarantined file with half its reason.
    /// </summary>
    private static async Task WriteReportAsync(string path, string report)
    {
        var partial = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.part");
        await File.WriteAllTextAsync(partial, report, CancellationToken.None);
        File.Move(partial, path, overwrite: true);
    }

    private string ErrorReport(IngestOutcome outcome)
    {
        var report = new StringBuilder()
            .AppendLine($"File: {outcome.FileName}")
            .AppendLine($"Article id: {outcome.ArticleId?.ToString() ?? "(unknown)"}")
            .AppendLine($"Time: {time.GetUtcNow():O}")
            .AppendLine($"Reason: {outcome.Reason}");
        if (outcome.Exception is not null)
        {
            report.AppendLine().AppendLine("Exception:").AppendLine(outcome.Exception.ToString());
        }

        return report.ToString();
    }

    private async Task<string?> MoveAsync(IngestOutcome outcome, string folder, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ArticleId"] = outcome.ArticleId, ["FileName"] = outcome.FileName });
        try
        {
            var destination = await ArticleFileIngestor.ExecuteAsync(_fileAccess, outcome.FileName, ct =>
            {
                if (!InboxBoundary.IsInside(options.InboxPath, outcome.FilePath))
                {
                    throw new UnsafeMoveException($"a folder on the way to {outcome.FileName} is no longer a real folder of the inbox");
                }

                // Chosen inside the retry: if another file takes the name meanwhile, the next attempt picks another.
                var target = UniqueDestination(folder, outcome.FileName);
                InboxBoundary.CreateFolders(folder, Path.GetDirectoryName(target)!);
                Move(outcome.FilePath, target);
                return Task.FromResult(target);
            }, cancellationToken);
            logger.LogInformation("Moved {FileName} ({ArticleId}) to {MovedTo}", outcome.FileName, outcome.ArticleId, destination);
            return destination;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Could not move {FileName} ({ArticleId}) to {Folder}; it stays in the inbox until it changes", outcome.FileName, outcome.ArticleId, folder);
            return null;
        }
    }

    private static void Move(string source, string target)
    {
        if (!OperatingSystem.IsLinux())
        {
            File.Move(source, target, overwrite: false);
            return;
        }

        try
        {
            LinuxRename.Move(source, target);
        }
        catch (IOException e) when (e.HResult == CrossDevice)
        {
            // Another file system: only a regular file may be copied across, and a link or a pipe never is, since
            // copying one would read what it points to.
            if (EntryStatus.Of(source).Kind != EntryKind.RegularFile)
            {
                throw new UnsafeMoveException($"{EntryStatus.Of(source).Description} cannot be moved to another file system without reading through it; it is left where it is");
            }

            File.Move(source, target, overwrite: false);
        }
    }
}
