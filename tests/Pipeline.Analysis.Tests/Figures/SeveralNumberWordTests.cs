using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "several hundred", "a few thousand", "several dozen": a number word counted several times is an order of magnitude, at
/// least twice the word (as "plusieurs centaines" is 200 in the annotation guidelines) with no upper bound, and roughly so.
/// </summary>
public sealed class SeveralNumberWordTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The package includes several dozen Bradley fighting vehicles.", 24)]
    [InlineData("Several hundred soldiers crossed the river.", 200)]
    [InlineData("A few thousand refugees reached the border.", 2_000)]
    [InlineData("Several hundred thousand people fled the city.", 200_000)]
    public void Several_before_a_number_word_is_an_order_of_magnitude(string text, double low)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(((double?)null, low, (double?)null, true), (figure.Value, figure.Low!.Value, figure.High, figure.Approximate));
    }

    [Fact]
    public void Several_before_a_small_number_word_counts_nothing_more()
    {
        var figure = Assert.Single(Extractor.Extract("Several of the 40 drones were shot down.", "en"));

        Assert.Equal(40, figure.Value);
    }
}
