using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Spelled-out numbers written as digits are grouped: a comma after a scale joins the next group of at least a hundred,
/// and "&amp;" joins like "and"; a list of number words stays a list.
/// </summary>
public sealed class SpelledGroupTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("three million, two hundred & forty, you say?", 3_000_240)]
    [InlineData("It cost one thousand, two hundred and five dollars", 1_205)]
    [InlineData("two billion, three hundred million were spent", 2_300_000_000)]
    [InlineData("two hundred & forty", 240)]
    public void A_comma_after_a_scale_joins_the_next_group(string text, double value)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, "en"));

        Assert.Equal(value, number.Value);
    }

    [Fact]
    public void A_joined_group_counts_what_follows_it()
    {
        var figure = Assert.Single(Extractor.Extract("The army lost one thousand, two hundred tanks", "en"));

        Assert.Equal((1_200.0, "tank"), (figure.Value!.Value, figure.Unit!));
    }

    [Theory]
    [InlineData("three, four and five", new[] { 3.0, 4, 5 })]
    [InlineData("a million, two years later", new[] { 1_000_000.0, 2 })]
    [InlineData("five million, twenty of them", new[] { 5_000_000.0, 20 })]
    [InlineData("two million, three million, four million", new[] { 2_000_000.0, 3_000_000, 4_000_000 })]
    public void A_list_of_number_words_stays_a_list(string text, double[] values)
    {
        var numbers = ArticleFigures.Numbers(text, "en");

        Assert.Equal(values, numbers.Select(n => n.Value));
    }
}
