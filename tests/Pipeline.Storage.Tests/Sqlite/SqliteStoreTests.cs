using Dapper;
using Pipeline.Storage.Sqlite;
using Pipeline.Storage.Tests.Behaviour;

namespace Pipeline.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreTests() : ArticleStoreBehaviour(new SqliteEngine())
{
    [Theory]
    [InlineData("chars Bakhmut", "\"chars\"* \"bakhmut\"*")]
    [InlineData("l'armée \"NEAR(a b)\" OR -x", "\"armée\"* \"near\"* \"or\"*")]
    [InlineData("  ?! ", "")]
    [InlineData("50 000", "\"50\"* \"000\"*")]
    public void A_search_becomes_required_prefix_terms_with_no_fts5_operators(string query, string expected)
        => Assert.Equal(expected, SqliteDialect.ToFtsQuery(query, " "));

    [Fact]
    public async Task The_duplicate_index_answers_while_another_process_holds_the_articles_write_lock()
    {
        await using var other = await SqliteEngine.ConnectAsync(Location.Value);
        await using var writing = other.BeginTransaction(deferred: false);

        var check = Store.Duplicates.CheckAndAddAsync(
            new DuplicateCandidate(Guid.NewGuid(), "text", new byte[64], [.. Enumerable.Range(1, 20).Select(k => (long)k)], 0.7), CancellationToken.None);

        // Were the index in the articles' file, the check would wait for this lock until SQLite gave up, and retry.
        Assert.Equal("unique", (await check.WaitAsync(TimeSpan.FromSeconds(60))).Kind);
    }

    [Fact]
    public async Task A_duplicate_lookup_reads_while_another_process_holds_the_index_write_lock()
    {
        var candidate = new DuplicateCandidate(Guid.NewGuid(), "text", new byte[64], [.. Enumerable.Range(1, 20).Select(k => (long)k)], 0.7);
        await Store.Duplicates.CheckAndAddAsync(candidate, CancellationToken.None);
        await using var other = await SqliteEngine.ConnectAsync(SqliteDialect.DuplicateIndexPath(Location.Value));
        await using var writing = other.BeginTransaction(deferred: false);

        var lookup = Engine.Open(Location).Duplicates.FindAsync(candidate with { ArticleId = Guid.NewGuid() }, CancellationToken.None);

        Assert.Equal(("exact", (Guid?)candidate.ArticleId), await lookup.WaitAsync(TimeSpan.FromSeconds(60)) is var m ? (m.Kind, m.OriginalId) : default);
    }

    [Fact]
    public async Task A_write_waiting_for_another_process_is_measured_as_a_lock_wait()
    {
        using var measurements = new RecordedMeasurements();
        var store = Engine.Open(Location, measurements);
        await store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "a.txt"), CancellationToken.None);
        await using var other = await SqliteEngine.ConnectAsync(Location.Value);
        var writing = other.BeginTransaction(deferred: false);

        var save = store.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "b.txt"), CancellationToken.None);
        while (measurements.Of("pipeline_store_queue_wait_seconds", "sink").Count < 2)
        {
            await Task.Delay(10);
        }

        // The writer has taken the article from its queue and is waiting for the lock.
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        Assert.False(save.IsCompleted);
        writing.Rollback();
        await save;

        var waits = measurements.Of("pipeline_store_lock_wait_seconds", "sink");
        Assert.Equal(2, waits.Count);
        Assert.InRange(waits[1], 0.3, 60);
        Assert.Equal([1, 1], measurements.Of("pipeline_store_batch_items", "sink"));
    }

    [Fact]
    public async Task A_version_4_store_moves_its_duplicate_index_into_a_file_of_its_own()
    {
        var candidates = Enumerable.Range(0, 5)
            .Select(i => new DuplicateCandidate(Guid.NewGuid(), $"text {i}", new byte[64], [.. Enumerable.Range(100 * i, 20).Select(k => (long)k)], 0.7))
            .ToList();
        foreach (var candidate in candidates)
        {
            await Store.Duplicates.CheckAndAddAsync(candidate, CancellationToken.None);
        }

        await Engine.RollBackToVersion4Async(Location);
        var index = SqliteDialect.DuplicateIndexPath(Location.Value);
        Assert.False(File.Exists(index));

        await Engine.Open(Location).Schema.MigrateAsync(CancellationToken.None);

        await using var articles = await SqliteEngine.ConnectAsync(Location.Value);
        await using var own = await SqliteEngine.ConnectAsync(index);
        Assert.Equal(0, await articles.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'duplicate_articles'"));
        Assert.Equal(
            candidates.Select(c => c.ArticleId),
            (await own.QueryAsync<byte[]>("SELECT article_id FROM duplicate_articles ORDER BY seq")).Select(id => new Guid(id)));
    }

    [Fact]
    public async Task A_version_7_store_keeps_its_claims_groups_and_search_when_its_tables_are_remade()
    {
        var ct = CancellationToken.None;
        var old = await Engine.CreateDatabaseAsync();
        await Engine.MigrateToAsync(old, 7);
        await using (var early = await SqliteEngine.ConnectAsync(old.Value))
        {
            // Today's sink writes the source role that version 10 adds: the old store gets the column early, version 8's
            // remade table leaves it out again, and version 10 adds it back.
            await early.ExecuteAsync("ALTER TABLE claims ADD COLUMN source_role TEXT");
        }

        var figure = StoreSamples.Soldiers(12, "12 chars");
        var first = StoreSamples.Article(
            Guid.NewGuid(), "a.txt", "fr", "Des chars détruits près de Bakhmut.", StoreSamples.Claim(figure, "k", "le New York Times", "12 chars détruits près de Bakhmut."));
        var before = (await Engine.Open(old).Sink.SaveAsync(first, ct)).Claims;

        var upgraded = Engine.Open(old);
        await upgraded.Schema.MigrateAsync(ct);

        Assert.Equal(Engine.MigrationVersions, await Engine.SchemaVersionsAsync(old));
        var redelivered = await upgraded.Sink.SaveAsync(first, ct);
        Assert.False(redelivered.Written);
        Assert.Equal(before.Select(c => (c.ClaimId, c.GroupId, c.GroupArticleCount)), redelivered.Claims.Select(c => (c.ClaimId, c.GroupId, c.GroupArticleCount)));
        var saved = await upgraded.Sink.SaveAsync(StoreSamples.Article(Guid.NewGuid(), "b.txt", StoreSamples.Claim(figure, "k", "des responsables américains")), ct);
        var second = Assert.Single(saved.Claims);
        Assert.Equal((before[0].GroupId, 2, 2), (second.GroupId, second.GroupArticleCount, second.GroupSourceCount));

        // The search finds the claims stored before the migration and after it (the remade table's triggers).
        var hit = Assert.Single(await upgraded.Reader.SearchAsync("Bakhmut", 10, ct));
        Assert.Equal((first.ArticleId, before[0].ClaimId), (hit.Article.Id, Assert.Single(hit.Claims).Id));
        var later = Assert.Single(await upgraded.Reader.SearchAsync("Russie", 10, ct));
        Assert.Equal(second.ClaimId, Assert.Single(later.Claims).Id);
        Assert.Equal(new StoreCounts(2, 0, 2, 2, 2, 1), await upgraded.Reader.CountAsync(ct));
        var entity = Assert.Single(await upgraded.Reader.ListEntitiesAsync(10, ct));
        Assert.Equal(("place:russia", 2, 2), (entity.Id, entity.Mentions, entity.Articles));
    }
}

public sealed class SqliteDuplicateIndexTests() : DuplicateIndexBehaviour(new SqliteEngine());
