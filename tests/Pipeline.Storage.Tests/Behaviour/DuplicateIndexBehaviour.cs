namespace Pipeline.Storage.Tests.Behaviour;

/// <summary>What every duplicate index does, run against each engine by a subclass.</summary>
public abstract class DuplicateIndexBehaviour(StoreEngine engine) : IAsyncLifetime
{
    protected StoreLocation Location { get; private set; } = null!;

    private IDuplicateIndex Index { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Location = await engine.CreateDatabaseAsync();
        var store = engine.Open(Location);
        await store.Articles.MigrateAsync(CancellationToken.None);
        Index = store.Duplicates;
    }

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task The_first_article_is_unique_and_an_identical_text_is_its_exact_duplicate()
    {
        var original = Candidate(Guid.NewGuid(), "same", [1, 2, 3, 4], [11, 12]);
        var copy = Candidate(Guid.NewGuid(), "same", [1, 2, 3, 4], [11, 12]);

        var first = await Index.CheckAndAddAsync(original, Fraction, CancellationToken.None);
        var second = await Index.CheckAndAddAsync(copy, Fraction, CancellationToken.None);

        Assert.Equal(new DuplicateMatch("unique", null, 0), first);
        Assert.Equal(new DuplicateMatch("exact", original.ArticleId, 1.0), second);
    }

    [Fact]
    public async Task A_text_sharing_a_band_and_above_the_threshold_is_a_near_duplicate()
    {
        var original = Candidate(Guid.NewGuid(), "a", [1, 2, 3, 4], [11, 12]);
        var near = Candidate(Guid.NewGuid(), "b", [1, 2, 3, 9], [11, 99]);
        var far = Candidate(Guid.NewGuid(), "c", [1, 7, 8, 9], [11, 98]);

        await Index.CheckAndAddAsync(original, Fraction, CancellationToken.None);
        var nearMatch = await Index.CheckAndAddAsync(near, Fraction, CancellationToken.None);
        var farMatch = await Index.CheckAndAddAsync(far, Fraction, CancellationToken.None);

        Assert.Equal(new DuplicateMatch("near", original.ArticleId, 0.75), nearMatch);
        Assert.Equal("unique", farMatch.Kind);
    }

    [Fact]
    public async Task Band_keys_use_the_whole_64_bits()
    {
        var original = Candidate(Guid.NewGuid(), "a", [1, 2, 3, 4], [long.MinValue + 7, long.MaxValue - 7]);
        var near = Candidate(Guid.NewGuid(), "b", [1, 2, 3, 9], [long.MaxValue - 7]);
        var sameLowBits = Candidate(Guid.NewGuid(), "c", [1, 2, 3, 4], [(long.MaxValue - 7) & 0xFFFF_FFFF]);

        await Index.CheckAndAddAsync(original, Fraction, CancellationToken.None);

        Assert.Equal(new DuplicateMatch("near", original.ArticleId, 0.75), await Index.CheckAndAddAsync(near, Fraction, CancellationToken.None));
        Assert.Equal("unique", (await Index.CheckAndAddAsync(sameLowBits, Fraction, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task A_text_sharing_no_band_is_never_compared()
    {
        await Index.CheckAndAddAsync(Candidate(Guid.NewGuid(), "a", [1, 2, 3, 4], [11]), Fraction, CancellationToken.None);
        var compared = 0;
        var match = await Index.CheckAndAddAsync(
            Candidate(Guid.NewGuid(), "b", [1, 2, 3, 4], [22]),
            (a, b) =>
            {
                compared++;
                return Fraction(a, b);
            },
            CancellationToken.None);

        Assert.Equal("unique", match.Kind);
        Assert.Equal(0, compared);
    }

    [Fact]
    public async Task Asking_again_for_an_indexed_article_returns_its_first_verdict()
    {
        var original = Candidate(Guid.NewGuid(), "a", [1, 2, 3, 4], [11]);
        var copy = Candidate(Guid.NewGuid(), "a", [1, 2, 3, 4], [11]);
        await Index.CheckAndAddAsync(original, Fraction, CancellationToken.None);
        var first = await Index.CheckAndAddAsync(copy, Fraction, CancellationToken.None);

        Assert.Equal(new DuplicateMatch("unique", null, 0), await Index.CheckAndAddAsync(original, Fraction, CancellationToken.None));
        Assert.Equal(first, await Index.CheckAndAddAsync(copy, Fraction, CancellationToken.None));
    }

    [Fact]
    public async Task Of_many_copies_checked_at_once_by_separate_workers_exactly_one_is_the_original()
    {
        var copies = Enumerable.Range(0, 12).Select(_ => Candidate(Guid.NewGuid(), "same text", [5, 6, 7, 8], [55, 56])).ToList();
        var workers = copies.Select(_ => engine.Open(Location).Duplicates).ToList();

        var matches = await Task.WhenAll(copies.Select((c, i) => Task.Run(() => workers[i].CheckAndAddAsync(c, Fraction, CancellationToken.None))));

        var original = Assert.Single(matches, m => m.Kind == "unique");
        var originalId = copies[Array.IndexOf(matches, original)].ArticleId;
        Assert.All(matches.Where(m => m.Kind != "unique"), m => Assert.Equal(new DuplicateMatch("exact", originalId, 1.0), m));
    }

    [Fact]
    public async Task Of_many_near_copies_checked_at_once_by_separate_workers_exactly_one_is_the_original()
    {
        // Different fingerprints, one shared band among others of their own: only the band lock keeps them apart.
        var copies = Enumerable.Range(0, 12)
            .Select(i => Candidate(Guid.NewGuid(), $"variant {i}", [5, 6, 7, 8, (byte)i], [1000 + i, 77, 2000 + i]))
            .ToList();
        var workers = copies.Select(_ => engine.Open(Location).Duplicates).ToList();

        var matches = await Task.WhenAll(copies.Select((c, i) => Task.Run(() => workers[i].CheckAndAddAsync(c, Fraction, CancellationToken.None))));

        Assert.Single(matches, m => m.Kind == "unique");
        var ids = copies.Select(c => c.ArticleId).ToList();
        Assert.All(
            matches.Select((m, i) => (Match: m, Id: ids[i])).Where(p => p.Match.Kind != "unique"),
            p =>
            {
                Assert.Equal(("near", 0.8), (p.Match.Kind, p.Match.Similarity));
                Assert.Contains(p.Match.OriginalId!.Value, ids);
                Assert.NotEqual(p.Id, p.Match.OriginalId);
            });
    }

    private static DuplicateCandidate Candidate(Guid id, string fingerprint, byte[] sketch, long[] bands)
        => new(id, fingerprint, sketch, bands, 0.7);

    private static double Fraction(byte[] a, byte[] b) => (double)a.Zip(b).Count(p => p.First == p.Second) / a.Length;
}
