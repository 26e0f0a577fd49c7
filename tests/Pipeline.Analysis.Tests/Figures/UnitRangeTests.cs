using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A range whose ends both carry the unit, however it is opened and on either side of zero.</summary>
public sealed class UnitRangeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "They were given between 44 mg to 50 mg ethanol.", 44, 50, "mg")]
    [InlineData("en", "between 44 mg and 50 mg", 44, 50, "mg")]
    [InlineData("en", "temperatures ranged from -18 °C to -34 °C", -34, -18, "degree Celsius")]
    [InlineData("en", "from -5 °C to 3 °C", -5, 3, "degree Celsius")]
    public void Both_ends_with_the_unit_make_one_range(string language, string text, double low, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(low, figure.Low);
        Assert.Equal(high, figure.High);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_fall_above_zero_is_two_figures_not_a_range()
    {
        var figures = Extractor.Extract("the road shrank from 10 km to 5 km", "en");

        Assert.Equal([10.0, 5.0], figures.Select(f => f.Value!.Value));
    }
}
