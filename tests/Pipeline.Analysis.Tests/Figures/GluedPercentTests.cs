using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>British papers write per cent as "pc" glued to the number ("1.38pc"); spaced, "PC" is no unit.</summary>
public sealed class GluedPercentTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The FTSE 250 closed down 2.4pc on Friday.", "2.4pc", 2.4)]
    [InlineData("Ten-year gilts now yield 4pc, the highest since 2008.", "4pc", 4)]
    public void Pc_glued_to_a_number_is_per_cent(string text, string span, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"), f => f.Unit == "percent");

        Assert.Equal((span, value), (figure.Text, figure.Value!.Value));
    }

    [Fact]
    public void Pc_spaced_from_a_number_is_no_per_cent()
    {
        Assert.DoesNotContain(Extractor.Extract("The library ordered 40 PC monitors for its reading room.", "en"), f => f.Unit == "percent");
    }
}
