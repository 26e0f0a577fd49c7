using System.Text;
using Microsoft.Extensions.Logging;
using Polly;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Where handled files go: the processed folder after the broker confirmed, the failed folder beside a
/// <c>&lt;name&gt;.error.txt</c> when the file cannot be an article. Keeps the file's path relative to the inbox and
/// never overwrites: a taken name gets <c>-2</c>, <c>-3</c>... before its extension.
/// </summary>
internal sealed class InboxArchive(InboxOptions options, ILogger logger, TimeProvider time)
{
    private readonly ResiliencePipeline _fileAccess = IngestResilience.FileAccess(options, logger, time);

    /// <summary>Moves the published file; null (logged) when it could not be moved.</summary>
    public Task<string?> MoveToProcessedAsync(IngestOutcome outcome, CancellationToken cancellationToken) =>
        MoveAsync(outcome, options.ProcessedPath, cancellationToken);

    /// <summary>Moves the rejected file to the failed folder and writes why beside it; null (logged) when it could not be moved.</summary>
    public async Task<string?> QuarantineAsync(IngestOutcome outcome, CancellationToken cancellationToken)
    {
        var movedTo = await MoveAsync(outcome, options.FailedPath, cancellationToken);
        if (movedTo is null)
        {
            return null;
        }

        try
        {
            await ArticleFileIngestor.ExecuteAsync(_fileAccess, outcome.FileName, async ct =>
            {
                await File.WriteAllTextAsync(movedTo + ".error.txt", ErrorReport(outcome), ct);
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
        for (var n = 2; File.Exists(target) || File.Exists(target + ".error.txt"); n++)
        {
            target = Path.Combine(directory, $"{stem}-{n}{extension}");
        }

        return target;
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
                // Chosen inside the retry: if another file takes the name meanwhile, the next attempt picks another.
                var target = UniqueDestination(folder, outcome.FileName);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(outcome.FilePath, target, overwrite: false);
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
}
