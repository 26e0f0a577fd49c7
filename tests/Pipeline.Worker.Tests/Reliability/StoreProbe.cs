using Pipeline.Worker.Tests.Processes;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;

namespace Pipeline.Worker.Tests.Reliability;

/// <summary>Reads the store a worker in another process writes to, as <c>pipeline articles</c> would.</summary>
internal sealed class StoreProbe(string location) : IDisposable
{
    private PipelineStore? opened;

    public async Task<long> CountAsync()
    {
        if (await OpenAsync() is not { } store)
        {
            return 0;
        }

        return (await store.CountAsync(CancellationToken.None)).Articles;
    }

    public async Task<IReadOnlyList<ArticleSummary>> ArticlesAsync()
    {
        var store = await OpenAsync() ?? throw new InvalidOperationException($"no store at {location}");
        return await store.ListArticlesAsync(new ArticleQuery(Limit: 100_000), CancellationToken.None);
    }

    public async Task<IReadOnlySet<Guid>> StoredAmongAsync(IReadOnlyCollection<Guid> ids)
    {
        var store = await OpenAsync();
        return store is null ? new HashSet<Guid>() : await store.FindStoredAsync(ids, CancellationToken.None);
    }

    /// <summary>Polls until the store holds at least <paramref name="count"/> articles; fails with the worker's log otherwise.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout, params PipelineProcess[] workers)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await CountAsync() < count)
        {
            foreach (var worker in workers)
            {
                worker.AssertRunning();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"the store held {await CountAsync()} articles, not {count}, after {timeout}:\n{string.Join("\n---\n", workers.Select(w => w.Log()))}");
            }

            await Task.Delay(100);
        }
    }

    public void Dispose() => opened?.Dispose();

    private async Task<IArticleReader?> OpenAsync()
    {
        if (opened is null)
        {
            var parsed = StoreLocation.Parse(location);
            if (parsed.Kind == StoreKind.Sqlite && !File.Exists(location))
            {
                return null;
            }

            opened = StoreFactory.Open(parsed, NullLoggerFactory.Instance);
            await opened.Schema.MigrateAsync(CancellationToken.None);
        }

        return opened.Reader;
    }
}
