using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Temperatures named by words ("absolute zero"), given below zero with a typographic minus, or with the scale named after the degree sign.</summary>
public sealed class TemperatureTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Matter at absolute zero is in its ground state.", "absolute zero")]
    [InlineData("fr", "La matière au zéro absolu est dans son état fondamental.", "zéro absolu")]
    public void Absolute_zero_is_zero_kelvin(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, 0.0, "kelvin"), (figure.Text, figure.Value!.Value, figure.Unit!));
    }

    [Theory]
    [InlineData("absolute zero is taken as −273.15° on the Celsius scale", "−273.15° on the Celsius scale", -273.15, "degree Celsius")]
    [InlineData("which is −459.67° on the Fahrenheit scale", "−459.67° on the Fahrenheit scale", -459.67, "degree Fahrenheit")]
    [InlineData("It fell to −12 °C overnight", "−12 °C", -12, "degree Celsius")]
    public void A_typographic_minus_and_a_named_scale_give_the_temperature(string text, string span, double value, string unit)
    {
        var figure = Extractor.Extract(text, "en").Last();

        Assert.Equal((span, unit), (figure.Text, figure.Unit!));
        Assert.Equal(value, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("Losses rose from 10 − 20 tanks a week", 10.0)]
    [InlineData("Visibility was zero at dawn", 0.0)]
    public void A_spaced_minus_or_a_plain_zero_is_not_below_zero_nor_kelvin(string text, double first)
    {
        var figures = Extractor.Extract(text, "en");

        Assert.DoesNotContain(figures, f => f.Unit == "kelvin" || f.Value < 0 || f.Low < 0);
        Assert.Equal(first, figures[0].Value ?? figures[0].Low);
    }
}
