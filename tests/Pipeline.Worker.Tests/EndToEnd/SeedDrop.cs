using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Storage.Sqlite;
using Pipeline.Worker.Tests.Ingest;

namespace Pipeline.Worker.Tests.EndToEnd;

/// <summary>A private inbox and store for one end-to-end run: drops the five seeds and waits until the store holds them.</summary>
internal sealed class SeedDrop : IDisposable
{
    private readonly TempFolder folder = new();

    public SeedDrop()
    {
        Directory.CreateDirectory(Inbox);
    }

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

    public async Task<IArticleStore> WaitForArticlesAsync(int count, TimeSpan timeout)
    {
        var store = new SqliteArticleStore(new SqliteDatabase(StorePath, NullLogger.Instance));
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(StorePath))
            {
                await store.MigrateAsync(CancellationToken.None);
                if ((await store.CountAsync(CancellationToken.None)).Articles >= count)
                {
                    return store;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the store did not hold {count} articles within {timeout}");
    }

    public void Dispose() => folder.Dispose();
}
