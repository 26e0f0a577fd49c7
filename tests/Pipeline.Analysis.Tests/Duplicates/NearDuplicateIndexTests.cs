using Pipeline.Analysis.Duplicates;
using Xunit;

namespace Pipeline.Analysis.Tests.Duplicates;

public class NearDuplicateIndexTests
{
    private static readonly NearDuplicateDetector Detector = new();

    private static string Republished(string text) =>
        "Par la rédaction\n" + text.Replace("’", "'") + "\n\nFor Latest Updates Follow us on Google News";

    [Fact]
    public void Band_keys_of_either_sign_spread_over_the_whole_band_table()
    {
        // Keys as NearDuplicateDetector.BandKeys makes them: signed 32-bit values, half of them negative.
        var random = new Random(7);
        var index = new NearDuplicateIndex(NearDuplicateOptions.Default, 2000);
        var sketch = new MinHashSketch(new byte[NearDuplicateOptions.Default.SketchBytes], NearDuplicateOptions.Default.SketchBits);
        for (var i = 0; i < 2000; i++)
        {
            index.Add(Guid.NewGuid(), sketch, Enumerable.Range(0, 20).Select(_ => (long)random.Next(int.MinValue, int.MaxValue)).ToArray());
        }

        // At 80 % load the longest run of linear probing is a few hundred slots of 50,000; with half the table
        // unreachable it was the whole table.
        Assert.InRange(index.LongestRun(), 1, 1000);
    }

    [Fact]
    public void A_republished_article_is_matched_to_its_original_and_not_to_other_articles()
    {
        var index = new NearDuplicateIndex();
        var ids = new[] { "000", "001", "002", "003", "004" }.ToDictionary(n => n, _ => Guid.NewGuid());
        foreach (var (number, id) in ids)
        {
            index.Add(id, Detector.Describe(Seeds.Read(number)));
        }

        var match = index.FindNearest(Detector.Describe(Republished(Seeds.Read("003"))));

        Assert.NotNull(match);
        Assert.Equal(ids["003"], match.Value.ArticleId);
        Assert.True(match.Value.Similarity >= NearDuplicateOptions.Default.Threshold);
    }

    [Fact]
    public void An_article_unlike_any_indexed_one_finds_no_match()
    {
        var index = new NearDuplicateIndex();
        index.Add(Guid.NewGuid(), Detector.Describe(Seeds.Read("000")));
        index.Add(Guid.NewGuid(), Detector.Describe(Seeds.Read("001")));

        Assert.Null(index.FindNearest(Detector.Describe(Seeds.Read("002"))));
    }

    [Fact]
    public void Between_two_equally_similar_copies_the_one_indexed_first_is_the_original()
    {
        var index = new NearDuplicateIndex();
        var first = Guid.NewGuid();
        index.Add(first, Detector.Describe(Seeds.Read("001")));
        index.Add(Guid.NewGuid(), Detector.Describe(Seeds.Read("001")));

        Assert.Equal(first, index.FindNearest(Detector.Describe(Seeds.Read("001")))?.ArticleId);
        Assert.Equal(2, index.Candidates(Detector.Describe(Seeds.Read("001")).Sketch, Detector.Describe(Seeds.Read("001")).BandKeys).Count);
    }

    [Fact]
    public void A_text_without_words_is_not_indexed()
    {
        var index = new NearDuplicateIndex();
        index.Add(Guid.NewGuid(), Detector.Describe("…"));
        Assert.Equal(0, index.Count);
        Assert.Null(index.FindNearest(Detector.Describe("…")));
    }

    [Fact]
    public void Every_article_is_still_found_after_the_band_table_grew_many_times()
    {
        var index = new NearDuplicateIndex(expectedArticles: 1);
        var ids = new List<(Guid Id, DuplicateKeys Keys)>();
        var random = new Random(5);
        for (var i = 0; i < 3000; i++)
        {
            var keys = Detector.Describe(string.Join(' ', Enumerable.Range(0, 40).Select(_ => "mot" + random.Next(5000))));
            var id = Guid.NewGuid();
            index.Add(id, keys);
            ids.Add((id, keys));
        }

        Assert.Equal(3000, index.Count);
        Assert.All(ids, entry => Assert.Contains(index.Candidates(entry.Keys.Sketch, entry.Keys.BandKeys), m => m.ArticleId == entry.Id && m.Similarity == 1));
    }

    [Fact]
    public void A_sketch_from_other_options_is_refused()
    {
        var index = new NearDuplicateIndex();
        var other = new NearDuplicateDetector(NearDuplicateOptions.Default with { Permutations = 64, Bands = 8 }).Describe("un texte quelconque de test");
        Assert.Throws<ArgumentException>(() => index.Add(Guid.NewGuid(), other));
    }

    [Theory]
    [InlineData("003", "004")] // the same Kursk story told by two outlets is two articles, not one
    [InlineData("000", "002")]
    [InlineData("000", "001")]
    public void With_the_shipped_options_different_reports_of_the_same_war_are_not_near_duplicates(string a, string b)
    {
        var similarity = Detector.Describe(Seeds.Read(a)).Sketch.Similarity(Detector.Describe(Seeds.Read(b)).Sketch);
        Assert.False(Detector.IsNearDuplicate(similarity), $"similarity {similarity}");
    }

    [Fact]
    public void With_the_shipped_options_a_heavily_edited_and_truncated_republication_is_a_near_duplicate()
    {
        // One word in seven misspelt, the last quarter cut, a footer added: the hardest kind the evaluation generates.
        var words = Seeds.Read("002").Split(' ');
        for (var i = 3; i < words.Length; i += 7)
        {
            words[i] = new string(words[i].Reverse().ToArray()) + "x";
        }

        var republished = string.Join(' ', words.Take(words.Length * 3 / 4)) + "… For Latest Updates Follow us on Google News";
        var index = new NearDuplicateIndex();
        var original = Guid.NewGuid();
        index.Add(original, Detector.Describe(Seeds.Read("002")));
        index.Add(Guid.NewGuid(), Detector.Describe(Seeds.Read("000")));

        Assert.Equal(original, index.FindNearest(Detector.Describe(republished))?.ArticleId);
    }

    [Fact]
    public void The_store_decision_picks_the_most_similar_candidate_and_the_earliest_on_a_tie()
    {
        var original = Detector.Describe(Seeds.Read("003"));
        var query = Detector.Describe(Republished(Seeds.Read("003")));
        var earliest = Guid.NewGuid();
        var candidates = new[]
        {
            (Guid.NewGuid(), Detector.StoredSketch(Detector.Describe(Seeds.Read("004")).Sketch.Bytes)),
            (earliest, Detector.StoredSketch(original.Sketch.Bytes)),
            (Guid.NewGuid(), Detector.StoredSketch(original.Sketch.Bytes)),
        };

        var match = Detector.BestMatch(query.Sketch, candidates);

        Assert.Equal(earliest, match?.ArticleId);
        Assert.Null(Detector.BestMatch(query.Sketch, candidates.Take(1)));
    }

    [Fact]
    public void A_stored_sketch_of_the_wrong_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Detector.StoredSketch(new byte[65]));
    }
}
