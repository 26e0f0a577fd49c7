using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A measured value with its stated error: the value is the centre, the bounds the value plus or minus the error.</summary>
public sealed class UncertaintyTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("a mass of 12.5 ± 0.5 kg", 12.5, 12.0, 13.0, "kg")]
    [InlineData("a length of 40 +/- 2 km", 40, 38, 42, "km")]
    public void The_error_bounds_the_value(string text, double value, double low, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value);
        Assert.Equal(low, figure.Low!.Value, 9);
        Assert.Equal(high, figure.High!.Value, 9);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_plus_sign_alone_is_not_an_error()
    {
        var figures = Extractor.Extract("10 km + 5 km", "en");

        Assert.Equal([10.0, 5.0], figures.Select(f => f.Value!.Value));
    }
}
