using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Worker.Tests.Ingest;

namespace Pipeline.Worker.Tests.EndToEnd;

/// <summary>A private inbox and store for one end-to-end run: drops the five seeds and waits until the store holds them.</summary>
internal sealed class SeedDrop : IDisposable
{
    private readonly TempFolder folder = new();
    private PipelineStore? opened;

    /// <summary>Creates the inbox; the store is a SQLite file in the folder unless <paramref name="store"/> names another.</summary>
    public SeedDrop(string? store = null)
    {
        Directory.CreateDirectory(Inbox);
        Store = store ?? StorePath;
    }

    /// <summary>The store location the pipeline writes to: <see cref="StorePath"/> or a <c>postgres://</c> URI.</summary>
    public string Store { get; }

    public string Inbox => folder.Combine("inbox");

    public string Processed => Path.Combine(Inbox, "processed");

    public string StorePath => folder.Combine("data", "pipeline.db");

    public static IReadOnlyList<string> SeedFiles { get; } = Directory.GetFiles(Seeds.Folder, "*.txt").Order().ToList();

    public void DropSeeds()
    {
        foreach (var seed in SeedFiles)
        {
            File.Copy(seed, Path.Combine(Inbox, Path.GetFileName(seed)));
        }
    }

    public async Task<IArticleReader> WaitForArticlesAsync(int count, TimeSpan timeout)
    {
        var location = StoreLocation.Parse(Store);
        opened ??= StoreFactory.Open(location, NullLoggerFactory.Instance);
        var store = opened.Reader;
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (location.Kind == StoreKind.Postgres || File.Exists(StorePath))
            {
                await opened.Schema.MigrateAsync(CancellationToken.None);
                if ((await store.CountAsync(CancellationToken.None)).Articles >= count)
                {
                    return store;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the store did not hold {count} articles within {timeout}");
    }

    public void Dispose()
    {
        opened?.Dispose();
        folder.Dispose();
    }
}
