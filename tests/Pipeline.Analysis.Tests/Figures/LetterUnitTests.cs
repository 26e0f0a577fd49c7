using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// One-letter unit symbols ("3 V", "12 C", "10 g") are read in their exact case, right after digits, and not where the
/// letter is something else: a headline's Title Case, a score, a hyphened word, a network's generation.
/// </summary>
public sealed class LetterUnitTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("the charger runs on 3 V from the port", 3, "V")]
    [InlineData("a 12V battery", 12, "V")]
    [InlineData("water boils at 100 C at sea level", 100, "degree Celsius")]
    [InlineData("temperatures hit 40C on Tuesday", 40, "degree Celsius")]
    [InlineData("12 C melting point.", 12, "degree Celsius")]
    [InlineData("it was 70 F in the shade", 70, "degree Fahrenheit")]
    [InlineData("a spoon holds 10 g of salt", 10, "g")]
    [InlineData("add 250g of flour", 250, "g")]
    public void A_letter_after_digits_in_its_case_is_the_unit(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Heatwave Hits 40 C In London", "degree Celsius")]
    [InlineData("England beat them 2 V 1 in the final", "V")]
    [InlineData("she scored 12 c in the test", "degree Celsius")]
    [InlineData("the twins had 2 C-sections", "degree Celsius")]
    public void A_letter_that_is_something_else_is_no_unit(string text, string unit) =>
        Assert.DoesNotContain(Extractor.Extract(text, "en"), f => f.Unit == unit);

    [Fact]
    public void A_network_generation_is_no_figure_but_a_giga_amount_is() =>
        Assert.Equal([10_000_000_000d], Extractor.Extract("operators sell 5G plans with 10G of backhaul", "en").Select(f => f.Value ?? 0));
}
