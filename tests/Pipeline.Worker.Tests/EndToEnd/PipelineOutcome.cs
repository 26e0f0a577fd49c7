using Pipeline.Storage;

namespace Pipeline.Worker.Tests.EndToEnd;

/// <summary>What every end-to-end run must have produced from the five seeds, whatever the transport.</summary>
internal static class PipelineOutcome
{
    public static async Task AssertSeedsStoredAsync(SeedDrop drop, IArticleReader store)
    {
        var articles = await store.ListArticlesAsync(new ArticleQuery(), CancellationToken.None);
        Assert.Equal(SeedDrop.SeedFiles.Select(Path.GetFileName).Order(), articles.Select(a => a.FileName).Order());
        Assert.All(articles, a => Assert.Equal("fr", a.Language));
        Assert.All(articles, a => Assert.Equal("unique", a.DuplicateKind));

        // Seed 001's metadata line became the article's date.
        Assert.Equal("2023-02", articles.Single(a => a.FileName.StartsWith("001_")).Published);

        var claims = await store.ListClaimsAsync(new ClaimQuery(), CancellationToken.None);
        Assert.All(articles, a => Assert.True(a.FigureCount > 0, $"{a.FileName} has no figures"));
        Assert.All(articles, a => Assert.True(a.ClaimCount > 0, $"{a.FileName} has no claims"));

        // Seed 000: "La Russie aurait massé 1 800 chars [...] selon un responsable ukrainien."
        var tanks = Assert.Single(claims, c => c.Value == 1800 && c.Unit == "tank");
        Assert.Equal("hedged", tanks.Modality);

        // The processed folder holds every seed, and nothing is left in the inbox. The watcher moves a file only once its
        // article is held (confirmed by the broker, or stored), so the last move may still be under way when the store
        // already counts the article.
        var seeds = SeedDrop.SeedFiles.Select(Path.GetFileName).Order().ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !Processed(drop).SequenceEqual(seeds))
        {
            await Task.Delay(100);
        }

        Assert.Equal(seeds, Processed(drop));
        Assert.Empty(Directory.GetFiles(drop.Inbox));
    }

    private static List<string?> Processed(SeedDrop drop)
        => Directory.Exists(drop.Processed) ? Directory.GetFiles(drop.Processed).Select(Path.GetFileName).Order().ToList() : [];
}
