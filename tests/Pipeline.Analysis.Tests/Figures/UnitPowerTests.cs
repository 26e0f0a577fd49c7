using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A power written after a unit makes an area or a volume; one written apart from it does not.</summary>
public sealed class UnitPowerTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "a lake of 4 km squared", 4, "km2")]
    [InlineData("en", "a lake of 4km^2", 4, "km2")]
    [InlineData("en", "4 km cubed of water", 4, "km3")]
    [InlineData("en", "4km^3 of water", 4, "km3")]
    [InlineData("en", "a plot of 24703m2", 24703, "m2")]
    [InlineData("en", "the area is 30 km2.", 30, "km2")]
    [InlineData("en", "a hall of 800 m²", 800, "m2")]
    [InlineData("fr", "une zone de 120 km2", 120, "km2")]
    [InlineData("fr", "un lac de 3 km carrés", 3, "km2")]
    public void A_power_after_a_unit_names_the_area_or_volume(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("en", "The length is 12 m 2 dm more or less", "m", "dm")]
    [InlineData("en", "a 5 km 3 hours walk", "km", "hour")]
    public void A_digit_apart_from_the_unit_is_the_next_figure(string language, string text, string first, string second)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal([first, second], figures.Select(f => f.Unit));
    }

    [Fact]
    public void A_power_that_makes_no_known_unit_leaves_the_unit_as_it_is()
    {
        var figure = Assert.Single(Extractor.Extract("the run took 5 hours squared away", "en"));

        Assert.Equal("hour", figure.Unit);
    }
}
