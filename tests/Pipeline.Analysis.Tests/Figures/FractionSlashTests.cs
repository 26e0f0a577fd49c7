using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>The typographic fraction slash (U+2044) and division slash (U+2215) join a fraction as the solidus does.</summary>
public sealed class FractionSlashTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The cracks in the hull were 1\u204416 inch wide.", "1\u204416 inch", 0.0625, "inch")]
    [InlineData("Forecasters expect 3\u22158 inch of rain overnight.", "3\u22158 inch", 0.375, "inch")]
    [InlineData("The winning jump measured 7 3\u20444 inches more than last year.", "7 3\u20444 inches", 7.75, "inch")]
    public void A_fraction_written_with_a_typographic_slash_is_one_number(string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, value, unit), (figure.Text, figure.Value!.Value, figure.Unit!));
    }

    [Fact]
    public void A_typographic_fraction_takes_a_denominator_of_three_digits()
    {
        var figure = Assert.Single(Extractor.Extract("The coating is 1\u2044256 of the wall's thickness.", "en"));

        Assert.Equal("1\u2044256", figure.Text);
        Assert.Equal(100.0 / 256, figure.Value!.Value, 9);
    }
}
