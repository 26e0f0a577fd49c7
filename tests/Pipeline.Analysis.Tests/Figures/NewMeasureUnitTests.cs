using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Measures of science and the kitchen read as units, and an angle read only where something turns:
/// "24 degrees" alone is a temperature, not an angle, and a colour is not a dose.
/// </summary>
public sealed class NewMeasureUnitTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "a dose of 14 mGy", 14, "mGy")]
    [InlineData("en", "equivalent to 0.01 Gy", 0.01, "Gy")]
    [InlineData("en", "a transmitter of 12 watts", 12, "W")]
    [InlineData("en", "3 tablespoons butter", 3, "tablespoon")]
    [InlineData("en", "add 2 tsp of salt", 2, "teaspoon")]
    [InlineData("en", "pour 4 cups of water", 4, "cup")]
    [InlineData("en", "a grid of 2 picometres", 2, "pm")]
    [InlineData("en", "yields 15,000 British thermal units", 15_000, "BTU")]
    [InlineData("en", "it weighed 10 pound of flour", 10, "lb")]
    [InlineData("en", "it lasted 30 seconds", 30, "second")]
    [InlineData("en", "rotate 90 degrees", 90, "degree")]
    [InlineData("en", "turn left 45 degrees", 45, "degree")]
    [InlineData("en", "rotate 3 turns", 3, "turn")]
    [InlineData("fr", "tourner à 90 degrés", 90, "degree")]
    [InlineData("fr", "tourner à gauche à 45 degrés", 45, "degree")]
    public void A_measure_takes_its_unit(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("en", "the temperature is 24 degrees")]
    [InlineData("en", "It rose to 40 degrees. Officials said they would rotate staff")]
    [InlineData("fr", "la température est de 24 degrés")]
    [InlineData("en", "three gray cars")]
    [InlineData("en", "the 2 pm meeting was moved")]
    public void Without_its_context_the_word_is_not_that_unit(string language, string text)
    {
        var figures = Extractor.Extract(text, language);

        Assert.DoesNotContain(figures, f => f.Unit is "degree" or "Gy" or "pm");
    }
}
