using Pipeline.Contracts;

namespace Pipeline.Storage.Tests.Behaviour;

/// <summary>What every article store does, run against each engine by a subclass.</summary>
public abstract class ArticleStoreBehaviour(StoreEngine engine) : IAsyncLifetime
{
    protected StoreEngine Engine => engine;

    protected StoreLocation Location { get; private set; } = null!;

    protected PipelineStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Location = await engine.CreateDatabaseAsync();
        Store = engine.Open(Location);
        await Store.Schema.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task Migrating_twice_keeps_one_schema_version_per_migration()
    {
        await Store.Schema.MigrateAsync(CancellationToken.None);

        Assert.Equal(engine.MigrationVersions, await engine.SchemaVersionsAsync(Location));
    }

    [Fact]
    public async Task Workers_migrating_a_fresh_database_at_once_apply_each_migration_once()
    {
        var fresh = await engine.CreateDatabaseAsync();
        var workers = Enumerable.Range(0, 6).Select(_ => engine.Open(fresh)).ToList();

        await Task.WhenAll(workers.Select(w => Task.Run(() => w.Schema.MigrateAsync(CancellationToken.None))));

        Assert.Equal(engine.MigrationVersions, await engine.SchemaVersionsAsync(fresh));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), await workers[0].Reader.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Articles_stored_before_the_search_migration_are_found_after_it()
    {
        var id = Guid.NewGuid();
        await Store.Sink.SaveAsync(
            StoreSamples.Article(id, "old.txt", "fr", "Des chars détruits près de Bakhmut.", StoreSamples.Claim(StoreSamples.Soldiers(12, "12 chars"), "k", null, "12 chars détruits.")),
            CancellationToken.None);
        await engine.RollBackToFirstVersionAsync(Location);

        await engine.Open(Location).Schema.MigrateAsync(CancellationToken.None);

        Assert.Equal(engine.MigrationVersions, await engine.SchemaVersionsAsync(Location));
        var hit = Assert.Single(await Store.Reader.SearchAsync("chars", 10, CancellationToken.None));
        Assert.Equal((id, "12 chars"), (hit.Article.Id, Assert.Single(hit.Claims).Text));
    }

    [Fact]
    public async Task A_redelivered_article_changes_nothing_and_gives_the_same_claim_ids()
    {
        var id = Guid.NewGuid();
        var article = StoreSamples.Article(id, "a.txt", StoreSamples.Claim(StoreSamples.Soldiers(50000, "50 000 soldats"), "k1", "le New York Times"));

        var first = await Store.Sink.SaveAsync(article, CancellationToken.None);
        var countsAfterFirst = await Store.Reader.CountAsync(CancellationToken.None);
        var second = await Store.Sink.SaveAsync(article, CancellationToken.None);
        var countsAfterSecond = await Store.Reader.CountAsync(CancellationToken.None);

        Assert.Equal(new StoreCounts(1, 0, 1, 1, 1, 1), countsAfterFirst);
        Assert.Equal(countsAfterFirst, countsAfterSecond);
        Assert.Equal((true, false), (first.Written, second.Written));
        Assert.Equal(first.Claims.Select(c => c.ClaimId), second.Claims.Select(c => c.ClaimId));
        Assert.Equal(first.Claims.Select(c => c.GroupId), second.Claims.Select(c => c.GroupId));
        Assert.Equal(StableId.ForClaim(id, 0), first.Claims.Single().ClaimId);
    }

    [Fact]
    public async Task The_same_article_delivered_to_several_workers_at_once_is_stored_once()
    {
        var article = StoreSamples.Article(
            Guid.NewGuid(), "a.txt", StoreSamples.Claim(StoreSamples.Soldiers(50000, "50 000 soldats"), "k1", "le New York Times"));
        var workers = Enumerable.Range(0, 6).Select(_ => engine.Open(Location)).ToList();

        var results = await Task.WhenAll(workers.Select(w => Task.Run(() => w.Sink.SaveAsync(article, CancellationToken.None))));

        Assert.Equal(new StoreCounts(1, 0, 1, 1, 1, 1), await Store.Reader.CountAsync(CancellationToken.None));
        Assert.All(results, saved => Assert.Equal((1, 1), (saved.Claims.Single().GroupArticleCount, saved.Claims.Single().GroupSourceCount)));
        Assert.Single(results.Select(saved => saved.Claims.Single().ClaimId).Distinct());
        Assert.Single(results, saved => saved.Written);
    }

    [Fact]
    public async Task The_same_article_saved_twice_at_once_through_one_store_is_written_by_one_save_only()
    {
        var article = StoreSamples.Article(
            Guid.NewGuid(), "a.txt", StoreSamples.Claim(StoreSamples.Soldiers(50000, "50 000 soldats"), "k1", "le New York Times"));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Store.Sink.SaveAsync(article, CancellationToken.None))));

        Assert.Equal(new StoreCounts(1, 0, 1, 1, 1, 1), await Store.Reader.CountAsync(CancellationToken.None));
        Assert.Single(results, saved => saved.Written);
        Assert.Single(results.Select(saved => saved.Claims.Single().ClaimId).Distinct());
    }

    [Fact]
    public async Task What_a_claim_counts_is_stored_and_listed_with_it_and_a_measure_keeps_none()
    {
        var howitzers = StoreSamples.Soldiers(230, "plus de 230 obusiers") with
        {
            Unit = "howitzer",
            Category = "equipment",
            Counted = new CountedData { Text = "obusiers automoteurs", Lemma = "obusier" },
        };
        var money = StoreSamples.Soldiers(5e9, "5 milliards d'euros") with { Unit = "EUR", Category = "money" };
        var article = StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(howitzers, "howitzer-key", null), StoreSamples.Claim(money, "eur-key", null));
        await Store.Sink.SaveAsync(article, CancellationToken.None);

        // A redelivery answers with the claims read back from the store.
        var stored = (await Store.Sink.SaveAsync(article, CancellationToken.None)).Claims;

        Assert.Equal(new CountedData { Text = "obusiers automoteurs", Lemma = "obusier" }, stored[0].Claim.Figure.Counted);
        Assert.Null(stored[1].Claim.Figure.Counted);
        var listed = await Store.Reader.ListClaimsAsync(new ClaimQuery(), CancellationToken.None);
        Assert.Equal([("obusiers automoteurs", "obusier"), (null, null)], listed.Select(c => (c.Counted, c.CountedLemma)));
        var groups = await Store.Reader.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None);
        Assert.Equal("obusier", groups.Single(g => g.Key == "howitzer-key").CountedLemma);
    }

    [Fact]
    public async Task The_same_claim_key_in_two_articles_forms_one_group_backed_by_both()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(figure, "same-key", "le New York Times")), CancellationToken.None);
        var second = await Store.Sink.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "same-key", "des responsables américains")),
            CancellationToken.None);

        var claim = Assert.Single(second.Claims);
        Assert.Equal(2, claim.GroupArticleCount);
        Assert.Equal(2, claim.GroupSourceCount);
        Assert.Equal(StableId.ForClaimGroup("same-key"), claim.GroupId);
        var group = Assert.Single(await Store.Reader.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None));
        Assert.Equal(2, group.ArticleCount);
        Assert.Equal(["le New York Times", "des responsables américains"], group.Sources);
    }

    [Fact]
    public async Task Articles_sharing_claim_keys_saved_at_once_by_several_workers_end_in_one_group_per_key()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        var articles = Enumerable.Range(0, 8).Select(i => StoreSamples.Article(
            Guid.NewGuid(),
            $"{i}.txt",
            StoreSamples.Claim(figure, i % 2 == 0 ? "k-a" : "k-b", $"source {i}"),
            StoreSamples.Claim(figure, i % 2 == 0 ? "k-b" : "k-a", $"source {i}"))).ToList();
        var workers = articles.Select(_ => engine.Open(Location)).ToList();

        await Task.WhenAll(articles.Select((a, i) => Task.Run(() => workers[i].Sink.SaveAsync(a, CancellationToken.None))));

        var groups = await Store.Reader.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None);
        Assert.Equal(["k-a", "k-b"], groups.Select(g => g.Key).Order());
        Assert.All(groups, g => Assert.Equal((8, 8), (g.ArticleCount, g.Sources.Count)));
    }

    [Fact]
    public async Task A_claim_nobody_is_quoted_for_shows_its_outlet_else_its_article_as_unattributed()
    {
        var figure = StoreSamples.Soldiers(9000, "9 000 soldats");
        var fromOutlet = StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(figure, "k", null));
        var noOutlet = StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "k", null));
        noOutlet = noOutlet with { Article = noOutlet.Article with { Source = null } };
        var titled = StoreSamples.Article(Guid.NewGuid(), "c.txt", StoreSamples.Claim(figure, "k", null));
        titled = titled with { Article = titled.Article with { Source = null, Title = "Kursk offensive" } };
        foreach (var article in new[] { fromOutlet, noOutlet, titled })
        {
            await Store.Sink.SaveAsync(article, CancellationToken.None);
        }

        var group = Assert.Single(await Store.Reader.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None));
        Assert.Equal(["Le Parisien", "unattributed (b.txt)", "unattributed (Kursk offensive)"], group.Sources);
    }

    [Fact]
    public async Task Two_articles_citing_the_same_source_count_it_once()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(figure, "k", "le New York Times")), CancellationToken.None);
        var second = await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "k", "Le New York  Times")), CancellationToken.None);

        Assert.Equal(2, second.Claims.Single().GroupArticleCount);
        Assert.Equal(1, second.Claims.Single().GroupSourceCount);
    }

    [Fact]
    public async Task Stored_articles_are_listed_with_their_counts_and_found_by_id()
    {
        var id = Guid.NewGuid();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        await Store.Sink.SaveAsync(StoreSamples.Article(id, "a.txt", StoreSamples.Claim(StoreSamples.Soldiers(9000, "9 000 soldats"), "k", null)), CancellationToken.None);

        var article = Assert.Single(await Store.Reader.ListArticlesAsync(new ArticleQuery(), CancellationToken.None));
        Assert.Equal((id, "a.txt", "fr", 1, 1, 1), (article.Id, article.FileName, article.Language, article.EntityCount, article.FigureCount, article.ClaimCount));
        Assert.InRange(article.StoredAt, before, DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal([id], await Store.Reader.FindStoredAsync([id, Guid.NewGuid()], CancellationToken.None));
        var claim = Assert.Single(await Store.Reader.ListClaimsAsync(new ClaimQuery(), CancellationToken.None));
        Assert.Equal((9000d, "soldier", "personnel", "reported"), (claim.Value!.Value, claim.Unit, claim.Category, claim.Modality));
        Assert.Equal(claim, Assert.Single(await Store.Reader.ListClaimsAsync(new ClaimQuery([id]), CancellationToken.None)));
        Assert.Empty(await Store.Reader.ListClaimsAsync(new ClaimQuery([Guid.NewGuid()]), CancellationToken.None));
    }

    [Fact]
    public async Task An_exact_duplicate_is_stored_with_its_original_and_counted_as_a_duplicate()
    {
        var originalId = Guid.NewGuid();
        var copy = StoreSamples.Article(Guid.NewGuid(), "copy.txt") with
        {
            Duplicate = new Contracts.DuplicateData { Kind = "exact", OriginalId = originalId, Similarity = 1.0, Fingerprint = "fp" },
        };

        await Store.Sink.SaveAsync(copy, CancellationToken.None);

        var article = Assert.Single(await Store.Reader.ListArticlesAsync(new ArticleQuery(), CancellationToken.None));
        Assert.Equal(("exact", originalId, 1.0), (article.DuplicateKind, article.OriginalId, article.Similarity));
        Assert.Equal(1, (await Store.Reader.CountAsync(CancellationToken.None)).Duplicates);
    }

    [Fact]
    public async Task Searching_a_word_finds_the_articles_holding_its_plural_with_the_claims_naming_it()
    {
        var bakhmut = Guid.NewGuid();
        await Store.Sink.SaveAsync(
            StoreSamples.Article(
                bakhmut,
                "bakhmut.txt",
                "fr",
                "Douze chars russes ont été détruits. Moscou a rassemblé 50 000 soldats près de Bakhmut. Kyiv a reçu 300 obus.",
                StoreSamples.Claim(StoreSamples.Soldiers(12, "Douze chars"), "tanks", null, "Douze chars russes ont été détruits."),
                StoreSamples.Claim(StoreSamples.Soldiers(50000, "50 000 soldats"), "soldiers", null, "Moscou a rassemblé 50 000 soldats près de Bakhmut."),
                StoreSamples.Claim(StoreSamples.Soldiers(300, "300 obus"), "shells", null, "Kyiv a reçu 300 obus.")),
            CancellationToken.None);
        await Store.Sink.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "kursk.txt", "fr", "La Russie a rassemblé 50 000 soldats autour de Koursk."),
            CancellationToken.None);

        var hit = Assert.Single(await Store.Reader.SearchAsync("char", 10, CancellationToken.None));
        var both = Assert.Single(await Store.Reader.SearchAsync("chars Bakhmut", 10, CancellationToken.None));

        Assert.Equal((bakhmut, 3), (hit.Article.Id, hit.Article.ClaimCount));
        Assert.Equal(["Douze chars"], hit.Claims.Select(c => c.Text));
        Assert.Equal(["Douze chars", "50 000 soldats"], both.Claims.Select(c => c.Text));
    }

    [Fact]
    public async Task Every_word_of_a_search_must_occur()
    {
        var both = Guid.NewGuid();
        await Store.Sink.SaveAsync(StoreSamples.Article(both, "both.txt", "fr", "Des chars détruits à Bakhmut."), CancellationToken.None);
        await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "tanks.txt", "fr", "Des chars détruits à Avdiïvka."), CancellationToken.None);
        await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "town.txt", "fr", "Bakhmut sous le feu."), CancellationToken.None);

        var hits = await Store.Reader.SearchAsync("chars Bakhmut", 10, CancellationToken.None);

        Assert.Equal([both], hits.Select(h => h.Article.Id));
        Assert.Equal(2, (await Store.Reader.SearchAsync("chars", 10, CancellationToken.None)).Count);
        Assert.Equal(2, (await Store.Reader.SearchAsync("Bakhmut", 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_search_without_words_or_matches_finds_nothing_and_the_limit_holds()
    {
        for (var i = 0; i < 3; i++)
        {
            await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), $"{i}.txt", "fr", "Des chars détruits à Bakhmut."), CancellationToken.None);
        }

        Assert.Empty(await Store.Reader.SearchAsync("  ?! ", 10, CancellationToken.None));
        Assert.Empty(await Store.Reader.SearchAsync("Zaporijia", 10, CancellationToken.None));
        Assert.Equal(2, (await Store.Reader.SearchAsync("Bakhmut", 2, CancellationToken.None)).Count);
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
        await Store.Sink.SaveAsync(first, CancellationToken.None);
        await Store.Sink.SaveAsync(second, CancellationToken.None);

        var entities = await Store.Reader.ListEntitiesAsync(10, CancellationToken.None);

        Assert.Equal(["place:russia", "organisation:kremlin"], entities.Select(e => e.Id));
        Assert.Equal(("Russia", "place", 2, 2), (entities[0].Canonical, entities[0].Type, entities[0].Mentions, entities[0].Articles));
        Assert.Equal(["Russia", "Russie"], entities[0].Variants);
        Assert.Equal(("Kremlin", 1, 1), (entities[1].Canonical, entities[1].Mentions, entities[1].Articles));
    }

    [Fact]
    public async Task Two_wordings_of_one_source_with_the_same_source_id_count_once_and_keep_their_id()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        var nyt = "organisation:new-york-times";
        await Store.Sink.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(figure, "k", "le New York Times") with { SourceId = nyt }),
            CancellationToken.None);
        var second = await Store.Sink.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "k", "les informations du New York Times") with { SourceId = nyt }),
            CancellationToken.None);

        var claim = Assert.Single(second.Claims);
        Assert.Equal((2, 1), (claim.GroupArticleCount, claim.GroupSourceCount));
        Assert.Equal(nyt, claim.Claim.SourceId);
        Assert.Equal(["le New York Times"], Assert.Single(await Store.Reader.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None)).Sources);
    }

    [Fact]
    public async Task A_source_role_is_stored_with_its_claim_and_listed_back()
    {
        var claim = StoreSamples.Claim(StoreSamples.Soldiers(40, "40 soldats"), "k", "Pierre Lemaire") with
        {
            SourceId = "person:pierre-lemaire",
            SourceRole = "porte-parole de l'armée",
        };
        var saved = await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "a.txt", claim), CancellationToken.None);
        await Store.Sink.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(StoreSamples.Soldiers(9, "9 soldats"), "j", "l'armée")),
            CancellationToken.None);

        Assert.Equal("porte-parole de l'armée", Assert.Single(saved.Claims).Claim.SourceRole);
        var listed = await Store.Reader.ListClaimsAsync(new ClaimQuery(), CancellationToken.None);
        Assert.Equal(
            [("Pierre Lemaire", "porte-parole de l'armée"), ("l'armée", null)],
            listed.OrderBy(c => c.Value).Reverse().Select(c => (c.Source, c.SourceRole)).ToArray());
    }

    [Fact]
    public async Task Articles_saved_at_once_through_one_store_are_all_stored_and_their_group_counted_exactly()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        var articles = Enumerable.Range(0, 40)
            .Select(i => StoreSamples.Article(Guid.NewGuid(), $"{i}.txt", StoreSamples.Claim(figure, "shared", $"source {i % 10}")))
            .ToList();

        var results = await Task.WhenAll(articles.Select(a => Task.Run(() => Store.Sink.SaveAsync(a, CancellationToken.None))));
        var late = await Store.Sink.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "late.txt", StoreSamples.Claim(figure, "shared", "Source 3")), CancellationToken.None);

        Assert.Equal(new StoreCounts(41, 0, 41, 41, 41, 1), await Store.Reader.CountAsync(CancellationToken.None));
        Assert.Equal(articles.Select(a => StableId.ForClaim(a.ArticleId, 0)), results.Select(r => r.Claims.Single().ClaimId));
        Assert.All(results, r => Assert.InRange(r.Claims.Single().GroupArticleCount, 1, 40));
        Assert.Equal((40, 10), (results.Max(r => r.Claims.Single().GroupArticleCount), results.Max(r => r.Claims.Single().GroupSourceCount)));

        // The counts the group keeps agree with its claims, counted afresh.
        var group = Assert.Single(await Store.Reader.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None));
        Assert.Equal((41, 10), (late.Claims.Single().GroupArticleCount, late.Claims.Single().GroupSourceCount));
        Assert.Equal((41, 10), (group.ArticleCount, group.Sources.Count));
    }

    [Fact]
    public async Task An_article_the_database_refuses_fails_alone_among_articles_saved_at_once()
    {
        var figure = StoreSamples.Soldiers(9000, "9 000 soldats");
        var good = Enumerable.Range(0, 8).Select(i => StoreSamples.Article(Guid.NewGuid(), $"{i}.txt", StoreSamples.Claim(figure, "k", $"source {i}"))).ToList();
        var refused = StoreSamples.Article(Guid.NewGuid(), "refused.txt", StoreSamples.Claim(figure, "k", "source x"));
        refused = refused with { Article = refused.Article with { FileName = null! } };

        var saves = good.Append(refused).Select(a => Task.Run(() => Store.Sink.SaveAsync(a, CancellationToken.None))).ToList();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => saves[^1]);
        await Task.WhenAll(saves.Take(good.Count));
        Assert.Equal(good.Select(a => a.ArticleId).Order(), (await Store.Reader.ListArticlesAsync(new ArticleQuery(), CancellationToken.None)).Select(a => a.Id).Order());
        var group = Assert.Single(await Store.Reader.ListClaimGroupsAsync(new ClaimQuery(), CancellationToken.None));
        Assert.Equal((8, 8), (group.ArticleCount, group.Sources.Count));
        var after = await Store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "after.txt", StoreSamples.Claim(figure, "k", "source y")), CancellationToken.None);
        Assert.Equal((9, 9), Verdict(Assert.Single(after.Claims)));
    }

    [Fact]
    public async Task A_version_4_store_upgrades_with_its_claim_groups_counted_and_its_duplicate_verdicts_kept()
    {
        var figure = StoreSamples.Soldiers(50000, "50 000 soldats");
        var first = StoreSamples.Article(Guid.NewGuid(), "a.txt", StoreSamples.Claim(figure, "k", "le New York Times"));
        var second = StoreSamples.Article(
            Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "k", "Le New York  Times"), StoreSamples.Claim(StoreSamples.Soldiers(12, "12 chars"), "k2", null));
        await Store.Sink.SaveAsync(first, CancellationToken.None);
        await Store.Sink.SaveAsync(second, CancellationToken.None);
        var original = Candidate("the original text");
        var near = Candidate("a near copy") with { Sketch = [.. original.Sketch.Take(60), 0, 0, 0, 0], BandKeys = [original.BandKeys[0], .. Candidate("other").BandKeys.Skip(1)] };
        Assert.Equal("unique", (await Store.Duplicates.CheckAndAddAsync(original, CancellationToken.None)).Kind);
        var nearVerdict = await Store.Duplicates.CheckAndAddAsync(near, CancellationToken.None);
        Assert.Equal(("near", original.ArticleId), (nearVerdict.Kind, nearVerdict.OriginalId));
        await engine.RollBackToVersion4Async(Location);

        var upgraded = engine.Open(Location);
        await upgraded.Schema.MigrateAsync(CancellationToken.None);

        Assert.Equal(engine.MigrationVersions, await engine.SchemaVersionsAsync(Location));
        var third = await upgraded.Sink.SaveAsync(
            StoreSamples.Article(Guid.NewGuid(), "c.txt", StoreSamples.Claim(figure, "k", "des responsables américains")), CancellationToken.None);
        Assert.Equal((3, 2), Verdict(Assert.Single(third.Claims)));
        Assert.Equal([(3, 2), (1, 1)], (await upgraded.Sink.SaveAsync(second, CancellationToken.None)).Claims.Select(Verdict));
        Assert.Equal(nearVerdict, await upgraded.Duplicates.CheckAndAddAsync(near, CancellationToken.None));
        Assert.Equal(new DuplicateMatch("exact", original.ArticleId, 1.0), await upgraded.Duplicates.CheckAndAddAsync(Candidate("the original text"), CancellationToken.None));
        var alike = Candidate("another near copy") with { Sketch = [.. original.Sketch.Take(62), 0, 0], BandKeys = [original.BandKeys[1], .. Candidate("other 2").BandKeys.Skip(1)] };
        Assert.Equal(("near", original.ArticleId), Verdict(await upgraded.Duplicates.CheckAndAddAsync(alike, CancellationToken.None)));
    }

    private static (int Articles, int Sources) Verdict(StoredClaim claim) => (claim.GroupArticleCount, claim.GroupSourceCount);

    private static (string Kind, Guid? OriginalId) Verdict(DuplicateMatch match) => (match.Kind, match.OriginalId);

    /// <summary>A duplicate-index candidate whose sketch and 20 band keys derive from its text.</summary>
    private static DuplicateCandidate Candidate(string text)
    {
        var random = new Random(text.GetHashCode(StringComparison.Ordinal));
        var sketch = new byte[64];
        random.NextBytes(sketch);
        return new DuplicateCandidate(Guid.NewGuid(), text, sketch, [.. Enumerable.Range(0, 20).Select(_ => (long)random.Next())], 0.7);
    }
}
