using Pipeline.Analysis.Duplicates;
using Xunit;

namespace Pipeline.Analysis.Tests.Duplicates;

public class NearDuplicateIndexTests
{
    private static readonly NearDuplicateDetector Detector = new();

    private static string Republished(string text) =>
        "Par la rédaction\n" + text.Replace("’", "'") + "\n\nFor Latest Updates Follow us on Google News";

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
        for (var i = 0; i < 3000; i++)
        {
            var keys = Detector.Describe($"dépêche numéro {i} : le front de {i * 7} kilomètres reste calme selon l'état-major {i % 13}");
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
}
