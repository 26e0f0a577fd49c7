using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Ranks as range bounds for conformance suites ("between the tenth and the fifteenth"); never a figure of an article.</summary>
public sealed class RankRangeTests
{
    private static readonly NumberRecognizer Recognizer = new();

    [Theory]
    [InlineData("en", "He ranks between the tenth and the fifteenth.", 10.0, true, 15.0, false)]
    [InlineData("en", "He ranks higher than the tenth but lower than the fifteenth.", 10.0, false, 15.0, false)]
    [InlineData("fr", "Il se situe entre le dixième et le quinzième.", 10.0, true, 15.0, false)]
    [InlineData("fr", "Il se classe plus haut que le dixième mais plus bas que le quinzième.", 10.0, false, 15.0, false)]
    public void Ranks_bound_a_range(string language, string text, double low, bool lowIn, double high, bool highIn)
    {
        var range = Assert.Single(Recognizer.Ranges(text, language));

        Assert.Equal((low, lowIn, high, highIn), (range.Low!.Value, range.LowInclusive, range.High!.Value, range.HighInclusive));
    }

    [Theory]
    [InlineData("en", "He finished the tenth race")]
    [InlineData("en", "more than the quarter of it")]
    [InlineData("fr", "plus que le quart des votants")]
    [InlineData("en", "more than the half")]
    public void A_rank_without_a_bound_or_an_ordinal_naming_a_part_is_no_range(string language, string text)
    {
        Assert.Empty(Recognizer.Ranges(text, language));
    }

    [Fact]
    public void The_article_reader_reports_no_rank()
    {
        Assert.Empty(new FigureExtractor().Extract("He ranks between the tenth and the fifteenth.", "en"));
    }
}
