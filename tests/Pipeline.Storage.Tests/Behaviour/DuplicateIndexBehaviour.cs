using System.Security.Cryptography;
using System.Text;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Storage.Tests.Behaviour;

/// <summary>What every duplicate index does, run against each engine by a subclass.</summary>
public abstract class DuplicateIndexBehaviour(StoreEngine engine) : IAsyncLifetime
{
    protected StoreEngine Engine => engine;

    private const int Bands = 20;
    private static readonly NearDuplicateOptions Options = NearDuplicateOptions.Default;
    private int nextKey = 1;

    protected StoreLocation Location { get; private set; } = null!;

    private IDuplicateIndex Index { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Location = await engine.CreateDatabaseAsync();
        var store = engine.Open(Location);
        await store.Schema.MigrateAsync(CancellationToken.None);
        Index = store.Duplicates;
    }

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task The_first_article_is_unique_and_an_identical_text_is_its_exact_duplicate()
    {
        var sketch = Sketch(1);
        var original = Candidate("same", sketch, 11);
        var copy = Candidate("same", sketch, 11);

        var first = await Index.CheckAndAddAsync(original, CancellationToken.None);
        var second = await Index.CheckAndAddAsync(copy, CancellationToken.None);

        Assert.Equal(new DuplicateMatch("unique", null, 0), first);
        Assert.Equal(new DuplicateMatch("exact", original.ArticleId, 1.0), second);
    }

    [Fact]
    public async Task A_text_sharing_a_band_and_above_the_threshold_is_a_near_duplicate()
    {
        var original = Candidate("a", Sketch(1), 11);
        var near = Candidate("b", Edited(original.Sketch, 4), 11);
        var far = Candidate("c", Sketch(2), 11);

        await Index.CheckAndAddAsync(original, CancellationToken.None);
        var nearMatch = await Index.CheckAndAddAsync(near, CancellationToken.None);
        var farMatch = await Index.CheckAndAddAsync(far, CancellationToken.None);

        Assert.Equal(new DuplicateMatch("near", original.ArticleId, Similarity(original, near)), nearMatch);
        Assert.InRange(nearMatch.Similarity, 0.7, 0.99);
        Assert.Equal(new DuplicateMatch("unique", null, 0), farMatch);
    }

    [Fact]
    public async Task A_text_sharing_no_band_is_never_compared()
    {
        var original = Candidate("a", Sketch(1), 11);
        await Index.CheckAndAddAsync(original, CancellationToken.None);

        // The same sketch, so any comparison would make it a near duplicate.
        Assert.Equal(new DuplicateMatch("unique", null, 0), await Index.CheckAndAddAsync(Candidate("b", original.Sketch), CancellationToken.None));
    }

    [Fact]
    public async Task The_most_similar_of_several_candidates_is_the_original()
    {
        var further = Candidate("a", Sketch(1), 11);
        var closer = Candidate("b", Edited(further.Sketch, 2), 11);
        await Index.CheckAndAddAsync(further, CancellationToken.None);
        await Index.CheckAndAddAsync(closer, CancellationToken.None);

        var match = await Index.CheckAndAddAsync(Candidate("c", Edited(closer.Sketch, 1, from: 5), 11), CancellationToken.None);

        Assert.Equal(("near", closer.ArticleId), (match.Kind, match.OriginalId));
    }

    [Fact]
    public async Task Band_keys_beyond_32_bits_or_of_another_shape_are_refused()
    {
        var wide = Candidate("a", Sketch(1)) with { BandKeys = [.. Keys().Take(Bands - 1), 1L << 40] };
        var fewBands = Candidate("b", Sketch(1)) with { BandKeys = [1, 2, 3] };

        await Assert.ThrowsAsync<ArgumentException>(() => Index.CheckAndAddAsync(wide, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Index.CheckAndAddAsync(fewBands, CancellationToken.None));
    }

    [Fact]
    public async Task A_text_without_words_is_checked_for_exact_copies_only()
    {
        var empty = Candidate("nothing", new byte[Options.SketchBytes]) with { BandKeys = [] };
        var copy = Candidate("nothing", new byte[Options.SketchBytes]) with { BandKeys = [] };

        Assert.Equal("unique", (await Index.CheckAndAddAsync(empty, CancellationToken.None)).Kind);
        Assert.Equal(new DuplicateMatch("exact", empty.ArticleId, 1.0), await Index.CheckAndAddAsync(copy, CancellationToken.None));
    }

    [Fact]
    public async Task Asking_again_for_an_indexed_article_returns_its_first_verdict()
    {
        var original = Candidate("a", Sketch(1), 11);
        var copy = Candidate("a", original.Sketch, 11);
        var near = Candidate("b", Edited(original.Sketch, 3), 11);
        await Index.CheckAndAddAsync(original, CancellationToken.None);
        var copyVerdict = await Index.CheckAndAddAsync(copy, CancellationToken.None);
        var nearVerdict = await Index.CheckAndAddAsync(near, CancellationToken.None);

        Assert.Equal(new DuplicateMatch("unique", null, 0), await Index.CheckAndAddAsync(original, CancellationToken.None));
        Assert.Equal(copyVerdict, await Index.CheckAndAddAsync(copy, CancellationToken.None));
        Assert.Equal(nearVerdict, await Index.CheckAndAddAsync(near, CancellationToken.None));
        Assert.Equal(nearVerdict, await engine.Open(Location).Duplicates.CheckAndAddAsync(near, CancellationToken.None));
    }

    [Fact]
    public async Task A_lookup_gives_the_verdict_without_adding_the_article()
    {
        var original = Candidate("a", Sketch(1), 11);
        await Index.CheckAndAddAsync(original, CancellationToken.None);
        var near = Candidate("b", Edited(original.Sketch, 3), 11);

        var alike = Candidate("c", Edited(near.Sketch, 1), 12);
        alike = alike with { BandKeys = [.. near.BandKeys.Skip(1), 12] };

        Assert.Equal(("near", original.ArticleId), Verdict(await Index.FindAsync(near, CancellationToken.None)));
        Assert.Equal("unique", (await Index.FindAsync(alike, CancellationToken.None)).Kind);
        Assert.Equal(("near", original.ArticleId), Verdict(await Index.CheckAndAddAsync(near, CancellationToken.None)));
        Assert.Equal(("near", near.ArticleId), Verdict(await Index.FindAsync(alike, CancellationToken.None)));
    }

    [Fact]
    public async Task A_new_store_instance_finds_the_articles_indexed_before_it_started()
    {
        var original = Candidate("a", Sketch(1), 11);
        await Index.CheckAndAddAsync(original, CancellationToken.None);
        await Index.CheckAndAddAsync(Candidate("a", original.Sketch, 11), CancellationToken.None);

        var restarted = engine.Open(Location).Duplicates;

        Assert.Equal(new DuplicateMatch("exact", original.ArticleId, 1.0), await restarted.CheckAndAddAsync(Candidate("a", original.Sketch, 11), CancellationToken.None));
        Assert.Equal(("near", original.ArticleId), Verdict(await restarted.CheckAndAddAsync(Candidate("b", Edited(original.Sketch, 3), 11), CancellationToken.None)));
    }

    [Fact]
    public async Task A_worker_sees_what_another_worker_indexed_after_its_own_first_check()
    {
        var other = engine.Open(Location).Duplicates;
        await Index.CheckAndAddAsync(Candidate("first", Sketch(1), 11), CancellationToken.None);
        var original = Candidate("b", Sketch(2), 22);
        await other.CheckAndAddAsync(original, CancellationToken.None);
        await other.CheckAndAddAsync(Candidate("c", Sketch(3), 33), CancellationToken.None);

        Assert.Equal(("near", original.ArticleId), Verdict(await Index.CheckAndAddAsync(Candidate("d", Edited(original.Sketch, 3), 22), CancellationToken.None)));
        Assert.Equal(new DuplicateMatch("exact", original.ArticleId, 1.0), await Index.CheckAndAddAsync(Candidate("b", original.Sketch, 22), CancellationToken.None));
    }

    [Fact]
    public async Task Of_many_copies_checked_at_once_by_separate_workers_exactly_one_is_the_original()
    {
        var sketch = Sketch(5);
        var copies = Enumerable.Range(0, 12).Select(_ => Candidate("same text", sketch, 55, 56)).ToList();
        var workers = copies.Select(_ => engine.Open(Location).Duplicates).ToList();

        var matches = await Task.WhenAll(copies.Select((c, i) => Task.Run(() => workers[i].CheckAndAddAsync(c, CancellationToken.None))));

        var original = Assert.Single(matches, m => m.Kind == "unique");
        var originalId = copies[Array.IndexOf(matches, original)].ArticleId;
        Assert.All(matches.Where(m => m.Kind != "unique"), m => Assert.Equal(new DuplicateMatch("exact", originalId, 1.0), m));
    }

    [Fact]
    public async Task Of_many_near_copies_checked_at_once_by_separate_workers_exactly_one_is_the_original()
    {
        // Different fingerprints, one shared band among others of their own: only the index's lock keeps them apart.
        var sketch = Sketch(5);
        var copies = Enumerable.Range(0, 12).Select(i => Candidate($"variant {i}", Edited(sketch, 1, i), 77)).ToList();
        var workers = copies.Select(_ => engine.Open(Location).Duplicates).ToList();

        // Each worker has read the index once before, as a running worker would have.
        await Task.WhenAll(workers.Select((w, i) => w.FindAsync(copies[i], CancellationToken.None)));
        var matches = await Task.WhenAll(copies.Select((c, i) => Task.Run(() => workers[i].CheckAndAddAsync(c, CancellationToken.None))));

        Assert.Single(matches, m => m.Kind == "unique");
        var ids = copies.Select(c => c.ArticleId).ToList();
        Assert.All(
            matches.Select((m, i) => (Match: m, Id: ids[i])).Where(p => p.Match.Kind != "unique"),
            p =>
            {
                Assert.Equal("near", p.Match.Kind);
                Assert.Contains(p.Match.OriginalId!.Value, ids);
                Assert.NotEqual(p.Id, p.Match.OriginalId);
            });
    }

    [Fact]
    public async Task A_version_3_index_is_moved_into_one_row_per_article_and_still_finds_its_duplicates()
    {
        var fresh = await engine.CreateDatabaseAsync();
        await engine.MigrateToAsync(fresh, 3);
        var unique = Candidate("a", Sketch(1), 11);
        var near = Candidate("b", Edited(unique.Sketch, 3), 11);
        var exact = Candidate("a", unique.Sketch, 11);
        var wordless = Candidate("c", new byte[Options.SketchBytes]) with { BandKeys = [] };
        await engine.AddVersion3DuplicateAsync(fresh, new(unique.ArticleId, "unique", null, 0, "a", unique.Sketch, [.. unique.BandKeys]));
        await engine.AddVersion3DuplicateAsync(fresh, new(near.ArticleId, "near", unique.ArticleId, 0.875, "b", near.Sketch, [.. near.BandKeys]));
        await engine.AddVersion3DuplicateAsync(fresh, new(exact.ArticleId, "exact", unique.ArticleId, 1.0, "a", exact.Sketch, []));
        await engine.AddVersion3DuplicateAsync(fresh, new(wordless.ArticleId, "unique", null, 0, "c", wordless.Sketch, []));

        var store = engine.Open(fresh);
        await store.Schema.MigrateAsync(CancellationToken.None);
        var index = store.Duplicates;

        Assert.Equal(engine.MigrationVersions, await engine.SchemaVersionsAsync(fresh));
        Assert.Equal(new DuplicateMatch("unique", null, 0), await index.CheckAndAddAsync(unique, CancellationToken.None));
        Assert.Equal(new DuplicateMatch("near", unique.ArticleId, 0.875), await index.CheckAndAddAsync(near, CancellationToken.None));
        Assert.Equal(new DuplicateMatch("exact", unique.ArticleId, 1.0), await index.CheckAndAddAsync(exact, CancellationToken.None));
        Assert.Equal(new DuplicateMatch("unique", null, 0), await index.CheckAndAddAsync(wordless, CancellationToken.None));
        Assert.Equal(new DuplicateMatch("exact", unique.ArticleId, 1.0), await index.CheckAndAddAsync(Candidate("a", unique.Sketch, 11), CancellationToken.None));
        Assert.Equal(("near", near.ArticleId), Verdict(await index.CheckAndAddAsync(Candidate("d", Edited(near.Sketch, 1), 99, 98) with { BandKeys = near.BandKeys }, CancellationToken.None)));
    }

    [Fact]
    public async Task A_store_fingerprinted_before_single_quotes_were_folded_finds_a_copy_that_only_changed_its_quotes()
    {
        const string text = "« Nous avons 'tenu' », a dit le général.";
        const string copyText = "\"Nous avons ‘tenu’\", a dit le général.";

        // The release before kept single quotes apart from double ones; this is its normalisation of the text, by hand.
        var oldFingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("\"nous avons 'tenu'\", a dit le général.")));
        Assert.NotEqual(TextFingerprint.Of(text), oldFingerprint);
        Assert.Equal(TextFingerprint.Of(text), TextFingerprint.Of(copyText));

        var fresh = await engine.CreateDatabaseAsync();
        await engine.MigrateToAsync(fresh, engine.VersionBeforeSingleQuotesFolded);
        var before = engine.Open(fresh);
        var original = Candidate(oldFingerprint, Sketch(1), 11);
        await before.Duplicates.CheckAndAddAsync(original, CancellationToken.None);
        var stored = StoreSamples.Article(original.ArticleId, "tenu.txt", "fr", text);
        await before.Sink.SaveAsync(stored with { Duplicate = stored.Duplicate with { Fingerprint = oldFingerprint } }, CancellationToken.None);
        var copy = Candidate(TextFingerprint.Of(copyText), Sketch(2), 99);
        Assert.Equal("unique", (await before.Duplicates.FindAsync(copy, CancellationToken.None)).Kind);

        var after = engine.Open(fresh);
        await after.Schema.MigrateAsync(CancellationToken.None);

        Assert.Equal(engine.MigrationVersions, await engine.SchemaVersionsAsync(fresh));
        Assert.Equal(new DuplicateMatch("exact", original.ArticleId, 1.0), await after.Duplicates.CheckAndAddAsync(copy, CancellationToken.None));
    }

    private static (string Kind, Guid? OriginalId) Verdict(DuplicateMatch match) => (match.Kind, match.OriginalId);

    /// <summary>A candidate with the given band keys and the rest of its 20 keys of its own.</summary>
    private DuplicateCandidate Candidate(string fingerprint, byte[] sketch, params long[] sharedKeys)
        => new(Guid.NewGuid(), fingerprint, sketch, [.. sharedKeys, .. Keys().Take(Bands - sharedKeys.Length)], 0.7);

    private IEnumerable<long> Keys()
    {
        while (true)
        {
            yield return 1_000_000 + nextKey++;
        }
    }

    private static byte[] Sketch(int seed)
    {
        var bytes = new byte[Options.SketchBytes];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The sketch with <paramref name="bytes"/> bytes (two values each) changed, starting at byte <paramref name="from"/>.</summary>
    private static byte[] Edited(byte[] sketch, int bytes, int from = 0)
    {
        var edited = sketch.ToArray();
        for (var i = from; i < from + bytes; i++)
        {
            edited[i] = (byte)~edited[i];
        }

        return edited;
    }

    private static double Similarity(DuplicateCandidate a, DuplicateCandidate b)
        => new MinHashSketch(a.Sketch, Options.SketchBits).Similarity(new MinHashSketch(b.Sketch, Options.SketchBits));
}
