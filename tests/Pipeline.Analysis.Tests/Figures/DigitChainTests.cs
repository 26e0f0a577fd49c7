using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Digits read one by one: a phone number's hyphenated chain, and spoken digits after a zero ("three-nought-four").</summary>
public sealed class DigitChainTests
{
    private static readonly NumberRecognizer Recognizer = new();

    [Theory]
    [InlineData("en", "+1-222-2222/2222", new[] { 1.0, 222.0, 2222.0, 2222.0 })]
    [InlineData("en", "three-nought-four", new[] { 3.0, 0.0, 4.0 })]
    [InlineData("en", "zero five", new[] { 0.0, 5.0 })]
    public void Each_link_of_the_chain_is_its_own_number(string language, string text, double[] expected)
    {
        Assert.Equal(expected, Recognizer.Numbers(text, language).Select(n => n.Value));
    }

    [Theory]
    [InlineData("en", "3/4", 0.75)]
    [InlineData("en", "twenty-four", 24.0)]
    [InlineData("en", "zero point five", 0.5)]
    public void Outside_a_chain_a_fraction_or_compound_is_still_one_number(string language, string text, double expected)
    {
        var number = Assert.Single(Recognizer.Numbers(text, language));

        Assert.Equal(expected, number.Value, 9);
    }
}
