using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A bound prefix hyphened to a number ("sub-7 nanometer") bounds it from above; "sub-zero" is an idiom.</summary>
public sealed class HyphenedBoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("chipmakers produce sub-7 nanometer chips", 7, "nm")]
    [InlineData("sub-$1,000 laptops sold well", 1000, "USD")]
    public void A_bound_prefix_hyphened_to_a_number_bounds_it_from_above(string text, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Null(figure.Value);
        Assert.Equal(high, figure.High);
        Assert.False(figure.HighInclusive);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Sub_zero_is_no_bound() =>
        Assert.Empty(Extractor.Extract("sub-zero temperatures hit the north", "en"));
}
