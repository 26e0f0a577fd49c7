using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>"Pounds" are money unless the sentence speaks of weight just before the number or right after the unit.</summary>
public sealed class WeightOrMoneyTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("he weighed 208 pounds before the season", "lb")]
    [InlineData("he weighs about two hundred pounds", "lb")]
    [InlineData("the baby was 3 pounds lighter", "lb")]
    public void Pounds_weigh_where_weight_is_spoken_of(string text, string unit) =>
        Assert.Equal(unit, Extractor.Extract(text, "en")[^1].Unit);

    [Fact]
    public void Pounds_are_money_where_another_figure_stands_between_them_and_the_weight() =>
        Assert.Equal(["tonne", "GBP", "lb"], Extractor.Extract("it weighs 10 tons and cost 50,000 pounds; the cab is 300 pounds lighter", "en").Select(f => f.Unit));
}
