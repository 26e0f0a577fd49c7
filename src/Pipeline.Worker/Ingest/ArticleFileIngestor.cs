using System.Runtime.CompilerServices;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Polly;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// Reads one file and publishes its <see cref="ArticleReceived"/>, leaving the file where it is: the watcher moves
/// it afterwards, the <c>ingest</c> command never does. Never throws for a bad file or a broker outage; the outcome
/// says what happened. Only cancellation escapes.
/// </summary>
public sealed class ArticleFileIngestor
{
    private readonly IPublishEndpoint _publisher;
    private readonly ArticleFileReader _reader;
    private readonly InboxOptions _options;
    private readonly ILogger<ArticleFileIngestor> _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _fileAccess;
    private readonly ResiliencePipeline _publish;

    /// <param name="publisher">The bus (<c>IBus</c>): a singleton publish endpoint; with RabbitMQ the awaited publish returns once the broker confirmed.</param>
    public ArticleFileIngestor(
        IPublishEndpoint publisher,
        ArticleFileReader reader,
        IOptions<InboxOptions> options,
        ILogger<ArticleFileIngestor> logger,
        TimeProvider time)
    {
        _publisher = publisher;
        _reader = reader;
        _options = options.Value;
        _logger = logger;
        _time = time;
        _fileAccess = IngestResilience.FileAccess(_options, logger, time);
        _publish = IngestResilience.Publish(_options, logger, time);
    }

    /// <summary>Ingests the files one after the other, in place, yielding each outcome as it is known.</summary>
    public async IAsyncEnumerable<IngestOutcome> IngestAllAsync(
        IEnumerable<IngestFile> files,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            yield return await IngestAsync(file, cancellationToken);
        }
    }

    /// <summary>Reads the inbox file <paramref name="path"/> (never through a link) and publishes it under <paramref name="relativeName"/>, which the article id derives from.</summary>
    public Task<IngestOutcome> IngestAsync(string path, string relativeName, CancellationToken cancellationToken) =>
        IngestAsync(new IngestFile(path, relativeName), cancellationToken);

    /// <summary>
    /// Reads <paramref name="file"/> exclusively, checking that what was opened is the file that was looked at and that
    /// it did not change while being read (else it is read again), and publishes it.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(IngestFile file, CancellationToken cancellationToken)
    {
        var path = file.FullPath;
        var name = ArticleIdentity.CanonicalName(file.RelativeName);
        using var fileScope = _logger.BeginScope(new Dictionary<string, object> { ["FileName"] = name });

        byte[] bytes;
        EntryStatus status;
        try
        {
            (bytes, status) = await ExecuteAsync(_fileAccess, name, ct => ReadVerifiedAsync(file, ct), cancellationToken);
        }
        catch (ArticleRejectedException e)
        {
            _logger.LogWarning("Rejected {FileName}: {Reason}", name, e.Message);
            return new IngestOutcome(path, name, null, IngestOutcomeKind.Rejected, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(e, "Could not read {FileName}; it stays where it is", name);
            return new IngestOutcome(path, name, null, IngestOutcomeKind.Failed, $"could not read the file: {e.Message}", e);
        }

        ArticleReadResult read;
        try
        {
            read = _reader.Read(name, bytes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug must cost one file, not the service.
            var id = ArticleIdentity.Of(name, bytes);
            _logger.LogError(e, "Could not read {FileName} as {ArticleId}", name, id);
            return new IngestOutcome(path, name, id, IngestOutcomeKind.Rejected, $"could not be read as an article: {e.GetType().Name}: {e.Message}", e) { Read = status };
        }

        using var articleScope = _logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = read.ArticleId });
        if (!read.IsAccepted)
        {
            _logger.LogWarning("Rejected {FileName} as {ArticleId}: {Reason}", name, read.ArticleId, read.RejectionReason);
            return new IngestOutcome(path, name, read.ArticleId, IngestOutcomeKind.Rejected, read.RejectionReason) { Read = status };
        }

        var message = new ArticleReceived { ArticleId = read.ArticleId, ReceivedAt = _time.GetUtcNow(), Article = read.Article };
        try
        {
            await ExecuteAsync(_publish, name, async ct =>
            {
                await _publisher.Publish(message, ct);
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Could not publish {FileName} as {ArticleId}; it stays where it is", name, read.ArticleId);
            return new IngestOutcome(path, name, read.ArticleId, IngestOutcomeKind.Failed, $"could not publish: {e.Message}", e) { Read = status };
        }

        _logger.LogInformation(
            "Published {FileName} as {ArticleId} ({Format}, {Encoding}, {Characters} characters)",
            name, read.ArticleId, read.Article.Format, read.Article.Encoding, read.Article.Text.Length);
        return new IngestOutcome(path, name, read.ArticleId, IngestOutcomeKind.Published) { Read = status };
    }

    private async Task<(byte[] Bytes, EntryStatus Status)> ReadVerifiedAsync(IngestFile file, CancellationToken cancellationToken)
    {
        var before = file.FollowLink ? EntryStatus.OfTarget(file.FullPath) : EntryStatus.Of(file.FullPath);
        if (before.Kind == EntryKind.Missing)
        {
            throw new FileNotFoundException("the file is gone", file.FullPath);
        }

        if (before.Kind != EntryKind.RegularFile)
        {
            throw new ArticleRejectedException($"{before.Description}, not a regular file: not read");
        }

        if (before.Size > _options.MaxFileBytes)
        {
            throw new ArticleRejectedException($"file is {before.Size:N0} bytes, above the limit of {_options.MaxFileBytes:N0} (Inbox:MaxFileBytes)");
        }

        // FileShare.None: if the writer still holds the file (or another reader), the open fails and the retry waits.
        await using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.None, 1, FileOptions.Asynchronous);
        if (!EntryStatus.Of(stream.SafeFileHandle, file.FullPath).IsSameFile(before))
        {
            // Swapped for another file (or a link) between the look and the open: look again.
            throw new FileChangedException("the file was replaced while it was being opened");
        }

        using var buffer = new MemoryStream((int)Math.Min(before.Size, _options.MaxFileBytes));
        await stream.CopyToAsync(buffer, cancellationToken);
        var after = EntryStatus.Of(stream.SafeFileHandle, file.FullPath);
        if (!after.IsUnchanged(before) || buffer.Length != before.Size)
        {
            throw new FileChangedException($"the file changed while it was being read ({before.Size:N0} bytes before, {after.Size:N0} after, {buffer.Length:N0} read)");
        }

        return (buffer.ToArray(), after);
    }

    internal static async Task<T> ExecuteAsync<T>(ResiliencePipeline pipeline, string fileName, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(fileName, cancellationToken);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken),
                context,
                action);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
