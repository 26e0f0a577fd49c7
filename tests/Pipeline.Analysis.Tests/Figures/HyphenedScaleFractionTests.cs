using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "a half-million", "a quarter-million": a fraction hyphened to its scale word is the same number as spaced ("a half
/// million"), and a bound before it bounds that number only. Sentences written for these tests.
/// </summary>
public sealed class HyphenedScaleFractionTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("India evacuated a half-million people.", 500_000.0, null, null)]
    [InlineData("India evacuated more than a half-million people.", null, 500_000.0, null)]
    [InlineData("Up to a quarter-million refugees crossed the border.", null, null, 250_000.0)]
    [InlineData("The city has a half million residents.", 500_000.0, null, null)]
    public void A_fraction_hyphened_to_a_scale_word_is_that_part_of_the_scale(string text, double? value, double? low, double? high)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value ?? low ?? high, value is not null ? figure.Value : low is not null ? figure.Low : figure.High);
        if (value is null)
        {
            Assert.Equal((low, high), (figure.Low, figure.High));
        }
    }
}
