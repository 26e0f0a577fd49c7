using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Two opposite bounds joined by "et"/"and"/"mais"/"but" close one range, which takes the unit after the second; a
/// range whose ends both carry a percent sign ("80%-90%") is one range.
/// </summary>
public sealed class JoinedBoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Ce nombre est supérieur à 100 et inférieur à 300", 100, false, 300, false, null)]
    [InlineData("fr", "plus de 20 mais moins de 35 soldats ont été vus", 20, false, 35, false, "soldier")]
    [InlineData("en", "There're at most 100 and at least 20 apples.", 20, true, 100, true, null)]
    [InlineData("en", "greater than 30 and less than or equal to 40 tanks", 30, false, 40, true, "tank")]
    [InlineData("fr", "Le taux de réussite est de 80%-90%.", 80, true, 90, true, "percent")]
    [InlineData("fr", "Entre 80%-90% des obus ont été tirés.", 80, true, 90, true, "percent")]
    public void Opposite_bounds_close_one_range(string language, string text, double low, bool lowIn, double high, bool highIn, string? unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, lowIn, high, highIn, unit), (figure.Low!.Value, figure.LowInclusive, figure.High!.Value, figure.HighInclusive, figure.Unit));
        Assert.Equal(2, figure.Numbers.Count);
    }

    [Theory]
    [InlineData("en", "More than 40 and less than 10 are not the same")]
    [InlineData("fr", "plus de 20 morts et moins de 35 blessés")]
    [InlineData("fr", "au moins 10 chars, moins de 5 avions")]
    public void Bounds_that_cannot_close_a_range_stay_two_figures(string language, string text)
    {
        Assert.Equal(2, Extractor.Extract(text, language).Count);
    }
}
