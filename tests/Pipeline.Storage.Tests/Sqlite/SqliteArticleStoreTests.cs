using Dapper;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreTests : IAsyncLifetime
{
    private readonly SqliteStoreFixture fixture = new();

    private SqliteArticleStore Store => fixture.Store;

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task Migrating_twice_keeps_one_schema_version_per_migration()
    {
        await Store.MigrateAsync(CancellationToken.None);
        await using var connection = await fixture.Database.OpenAsync(CancellationToken.None);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(SqliteSchema.Migrations.Select(m => (long)m.Version), versions);
    }

    [Fact]
    public async Task A_redelivered_article_changes_nothing_and_gives_the_same_claim_ids()
    {
        var id = Guid.NewGuid();
        var article = StoreSamples.Article(id, "a.txt", StoreSamples.Claim(StoreSamples.Soldiers(50000, "50 000 soldats"), "k1", "le New York Times"));

        var first = await Store.SaveAsync(article, CancellationToken.None);
        var countsAfterFirst = await Store.CountAsync(CancellationToken.None);
        var second = await Store.SaveAsync(article, CancellationToken.None);
        var countsAfterSecond = await Store.CountAsync(CancellationToken.None);

        Assert.Equal(new StoreCounts(1, 0, 1, 1, 1, 1), countsAfterFirst);
        Assert.Equal(countsAfterFirst, countsAfterSecond);
        Assert.Equal(first.Select(c => c.ClaimId), second.Select(c => c.ClaimId));
        Assert.Equal(first.Select(c => c.GroupId), second.Select(c => c.GroupId));
    }

    [Fact]
    public async Task The_same_claim_key_in_two_articles_forms_one_group_backed_by_both()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        await Store.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(figure, "same-key", "le New York Times")), CancellationToken.None);
        var second = await Store.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "same-key", "des responsables américains")),
            CancellationToken.None);

        var claim = Assert.Single(second);
        Assert.Equal(2, claim.GroupArticleCount);
        Assert.Equal(2, claim.GroupSourceCount);
        var group = Assert.Single(await Store.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None));
        Assert.Equal(2, group.ArticleCount);
        Assert.Equal(["le New York Times", "des responsables américains"], group.Sources);
    }

    [Fact]
    public async Task Two_articles_citing_the_same_source_count_it_once()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        await Store.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(figure, "k", "le New York Times")), CancellationToken.None);
        var second = await Store.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "k", "Le New York  Times")), CancellationToken.None);

        Assert.Equal(2, second.Single().GroupArticleCount);
        Assert.Equal(1, second.Single().GroupSourceCount);
    }

    [Fact]
    public async Task Stored_articles_are_listed_with_their_counts_and_found_by_id()
    {
        var id = Guid.NewGuid();
        await Store.SaveAsync(StoreSamples.Article(id, "a.txt", StoreSamples.Claim(StoreSamples.Soldiers(9000, "9 000 soldats"), "k", null)), CancellationToken.None);

        var article = Assert.Single(await Store.ListArticlesAsync(new ArticleQuery(), CancellationToken.None));
        Assert.Equal((id, "a.txt", "fr", 1, 1, 1), (article.Id, article.FileName, article.Language, article.EntityCount, article.FigureCount, article.ClaimCount));
        Assert.Equal([id], await Store.FindStoredAsync([id, Guid.NewGuid()], CancellationToken.None));
        var claim = Assert.Single(await Store.ListClaimsAsync(new ClaimQuery(), CancellationToken.None));
        Assert.Equal((9000d, "soldier", "personnel", "reported"), (claim.Value!.Value, claim.Unit, claim.Category, claim.Modality));
    }

    [Fact]
    public async Task Entities_are_listed_by_canonical_id_with_their_variants_and_article_counts()
    {
        var first = StoreSamples.Article(Guid.NewGuid(), "a.txt");
        var second = StoreSamples.Article(Guid.NewGuid(), "b.txt") with
        {
            Entities =
            [
                new() { Text = "Russia", Start = 0, End = 6, Type = "place", Canonical = "Russia", Id = "place:russia" },
                new() { Text = "Kremlin", Start = 10, End = 17, Type = "organisation", Canonical = "Kremlin", Id = "organisation:kremlin" },
            ],
        };
        await Store.SaveAsync(first, CancellationToken.None);
        await Store.SaveAsync(second, CancellationToken.None);

        var entities = await Store.ListEntitiesAsync(10, CancellationToken.None);

        Assert.Equal(
            [new EntitySummary("place:russia", "Russia", "place", 2, 2, ["Russia", "Russie"]), new EntitySummary("organisation:kremlin", "Kremlin", "organisation", 1, 1, ["Kremlin"])],
            entities,
            (a, b) => a.Id == b.Id && a.Canonical == b.Canonical && a.Type == b.Type && a.Mentions == b.Mentions && a.Articles == b.Articles && a.Variants.SequenceEqual(b.Variants));
    }
}
