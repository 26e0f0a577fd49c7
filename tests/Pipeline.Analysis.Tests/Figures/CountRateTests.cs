using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A count per a unit of time ("3,000 tests per day") keeps what it counts and says what it is per.</summary>
public sealed class CountRateTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("a contract to provide three thousand tests per day", "test", "day")]
    [InlineData("1,500 soldiers a day crossed the river", "soldier", "day")]
    [InlineData("the plant makes 200 cars an hour", "car", "hour")]
    public void A_count_per_a_unit_of_time_is_a_rate_of_what_it_counts(string text, string lemma, string per)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(lemma, figure.Counted?.Lemma);
        Assert.Equal(per, figure.Counted?.Per);
    }

    [Fact]
    public void A_time_reference_or_a_plain_count_is_no_rate()
    {
        var figures = Extractor.Extract("they hired 500 people a year ago, 200 people a day after the storm and 80 people a week", "en");

        Assert.Equal([null, null, "week"], figures.Select(f => f.Counted?.Per));
    }
}
