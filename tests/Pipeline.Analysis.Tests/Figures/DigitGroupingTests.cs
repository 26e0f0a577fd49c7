using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Digit groupings of other conventions: lakh and crore ("12,34,567"), a text's separators swapped ("1.111,11" in English),
/// and Swiss apostrophes ("147'369"), one mark throughout.
/// </summary>
public sealed class DigitGroupingTests
{
    [Theory]
    [InlineData("en", "12,34,567.89", 1234567.89)]
    [InlineData("fr", "12,34,567.89", 1234567.89)]
    [InlineData("en", "1,50,000", 150000.0)]
    [InlineData("en", "3,00,00,000", 30000000.0)]
    [InlineData("en", "1.111,11", 1111.11)]
    [InlineData("en", "2.204.620,5", 2204620.5)]
    [InlineData("fr", "1,111.11", 1111.11)]
    [InlineData("en", "1,234,567", 1234567.0)]
    [InlineData("fr", "1.234.567,89", 1234567.89)]
    [InlineData("fr", "147'369", 147369.0)]
    [InlineData("fr", "1’250’000", 1250000.0)]
    [InlineData("fr", "12'500,75", 12500.75)]
    [InlineData("en", "147'369", 147369.0)]
    [InlineData("en", "1’250’000", 1250000.0)]
    [InlineData("en", "3'000", 3000.0)]
    public void A_grouped_number_is_read_whole(string language, string text, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, language));

        Assert.Equal(text, number.Text);
        Assert.Equal(expected, number.Value, 9);
    }

    [Theory]
    [InlineData("en", "1.111,111", 1111.111)]
    [InlineData("en", "12,34", 1234.0)]
    [InlineData("fr", "12,34", 1234.0)]
    [InlineData("en", "1,23,45", 12345.0)]
    [InlineData("en", "5'11", 511.0)]
    [InlineData("fr", "1’250,000", 1250000.0)]
    [InlineData("en", "1,250’000", 1250000.0)]
    [InlineData("en", "12'34'567", 1234567.0)]
    public void A_shape_no_convention_writes_is_not_read_as_one_grouped_number(string language, string text, double wrong)
    {
        Assert.DoesNotContain(ArticleFigures.Numbers(text, language), n => Math.Abs(n.Value - wrong) < 1e-9);
    }
}
