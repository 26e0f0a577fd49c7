using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A unit in the singular before a noun ("a 5.2 litre engine", "a 40 yard dash") is what the number measures, not part
/// of what it counts; and measures written without "degrees" or with a short name keep their unit.
/// </summary>
public sealed class UnitBeforeNounTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("the 640bhp 5.2 litre V10 engine", 5.2, "litre")]
    [InlineData("a turbocharged 1.6 liter EcoBoost engine", 1.6, "litre")]
    [InlineData("he ran a 40 yard dash", 40, "yard")]
    [InlineData("a 60 basis point improvement in margins", 60, "basis point")]
    [InlineData("he added a 30 degree homer", 30, "degree")]
    [InlineData("one 52,000 barrel-a-day refinery", 52_000, "barrel per day")]
    public void A_singular_unit_before_a_noun_is_the_measure(string text, double value, string unit)
    {
        var figure = Extractor.Extract(text, "en").Single(f => f.Value == value);

        Assert.Equal(unit, figure.Unit);
        Assert.Null(figure.Counted);
    }

    [Theory]
    [InlineData("This is about minus 387 Fahrenheit", -387, "degree Fahrenheit")]
    [InlineData("it fell to minus 233 Celsius", -233, "degree Celsius")]
    [InlineData("it does 29 mpg in town", 29, "mile per gallon")]
    [InlineData("a 5-mpg boost", 5, "mile per gallon")]
    [InlineData("the Lamborghini's 640bhp engine", 640, "brake horsepower")]
    [InlineData("with 275 pound-feet of torque", 275, "pound-foot")]
    [InlineData("and 332 lb-ft of torque", 332, "foot pound-force")]
    [InlineData("leave it for 3 min", 3, "minute")]
    [InlineData("it holds 2 US pints", 2, "pint")]
    [InlineData("a 4 quart pot", 4, "quart")]
    public void A_measure_with_a_short_or_bare_name_takes_its_unit(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_range_of_minutes_keeps_its_unit()
    {
        var figure = Assert.Single(Extractor.Extract("bake for 25-40 min", "en"));

        Assert.Equal((25, 40), (figure.Low, figure.High));
        Assert.Equal("minute", figure.Unit);
    }
}
