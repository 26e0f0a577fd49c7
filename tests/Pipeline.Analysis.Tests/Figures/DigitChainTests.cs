using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Spoken digits after a zero are read one by one ("three-nought-four"); a phone number's chain is no figure.</summary>
public sealed class DigitChainTests
{
    [Theory]
    [InlineData("en", "three-nought-four", new[] { 3.0, 0.0, 4.0 })]
    [InlineData("en", "zero five", new[] { 0.0, 5.0 })]
    public void Each_spoken_digit_after_a_zero_is_its_own_number(string language, string text, double[] expected)
    {
        Assert.Equal(expected, ArticleFigures.Numbers(text, language).Select(n => n.Value));
    }

    [Fact]
    public void A_phone_number_s_chain_is_no_figure()
    {
        Assert.Empty(ArticleFigures.Of("Call +1-222-2222/2222 now", "en"));
    }

    [Theory]
    [InlineData("en", "3/4 of a mile", 0.75)]
    [InlineData("en", "twenty-four", 24.0)]
    [InlineData("en", "zero point five", 0.5)]
    public void Outside_a_chain_a_fraction_or_compound_is_still_one_number(string language, string text, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, language));

        Assert.Equal(expected, number.Value, 9);
    }
}
