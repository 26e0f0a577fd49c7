using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A range from below zero up to zero ("-78-0 degrees Celsius") is a range; other hyphened zeros stay identifiers and scores.</summary>
public sealed class RangeToZeroTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Keep the mixture at -78-0 degrees Celsius, then add DMF", "-78-0 degrees Celsius", -78, 0, "degree Celsius")]
    [InlineData("Nights stay at -15-0 °C all week", "-15-0 °C", -15, 0, "degree Celsius")]
    public void A_range_below_zero_may_end_at_zero(string text, string span, double low, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, low, high, unit), (figure.Text, figure.Low!.Value, figure.High!.Value, figure.Unit!));
    }

    [Theory]
    [InlineData("The book's ISBN is 978-0-306-40615-7.")]
    [InlineData("Call 555-0123 for details")]
    [InlineData("Published on 2024-05-01 in Kyiv")]
    public void A_hyphened_zero_in_an_identifier_or_a_date_is_no_figure(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Fact]
    public void A_score_to_nil_is_no_range()
    {
        var figures = Extractor.Extract("They won 3-0 in the final", "en");

        Assert.DoesNotContain(figures, f => f.Low is not null && f.High is not null && f.Low != f.High);
    }
}
