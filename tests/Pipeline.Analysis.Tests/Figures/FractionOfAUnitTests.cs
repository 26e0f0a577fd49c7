using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A fraction of one unit of measure is that measure ("half of a mile" is 0.5 mile), a fraction of a scale word is a
/// count ("a third of a million people" are 333,333 people), and a fraction of people or things stays a share.
/// </summary>
public sealed class FractionOfAUnitTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("the shop is half of a mile away", 0.5, "mile")]
    [InlineData("we waited half of an hour", 0.5, "hour")]
    public void A_fraction_of_one_unit_of_measure_is_that_measure(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((value, unit), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("a third of a million people live there", 1_000_000 / 3.0, "person")]
    [InlineData("three quarters of a billion dollars", 750_000_000, "USD")]
    public void A_fraction_of_a_scale_word_is_a_count_not_a_share(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("two thirds of a soldier's pay")]
    [InlineData("two thirds of the soldiers")]
    public void A_fraction_of_people_stays_a_share(string text) =>
        Assert.Equal("percent", Extractor.Extract(text, "en")[0].Unit);

    [Fact]
    public void A_count_of_a_total_counts_no_unit_of_measure() =>
        Assert.All(Extractor.Extract("3 million of a total of 5 million", "en"), f => Assert.Null(f.Unit));
}
