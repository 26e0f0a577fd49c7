using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>"minus" before a number, spaced or hyphened to it, makes the value negative.</summary>
public sealed class MinusWordTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The visitors finished the first half with minus-12 rushing yards.", "minus-12 rushing yards", -12, "yard")]
    [InlineData("Overnight the plateau dropped to minus-40 degrees Fahrenheit.", "minus-40 degrees Fahrenheit", -40, "degree Fahrenheit")]
    [InlineData("Overnight the plateau dropped to minus 40 degrees Celsius.", "minus 40 degrees Celsius", -40, "degree Celsius")]
    public void Minus_before_a_number_makes_it_negative(string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, value, unit), (figure.Text, figure.Value!.Value, figure.Unit!));
    }

    [Fact]
    public void Another_word_hyphened_to_a_number_still_names_a_model()
    {
        Assert.DoesNotContain(Extractor.Extract("The Boeing-737 fleet was grounded.", "en"), f => f.Value is -737 or 737);
    }
}
