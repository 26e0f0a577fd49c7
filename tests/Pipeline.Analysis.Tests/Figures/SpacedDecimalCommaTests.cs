using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "7, 95% des voix": where the decimal mark is a comma, a comma typed with a space before the two decimals of a
/// percentage is still the decimal mark; a list of numbers ("5, 10 et 15 %") and English commas stay apart. Sentences
/// written for these tests.
/// </summary>
public sealed class SpacedDecimalCommaTests
{
    [Theory]
    [InlineData("Le candidat a recueilli 4, 35% des voix.", 4.35)]
    [InlineData("Sa rivale est créditée de 12, 07 % des suffrages.", 12.07)]
    public void A_spaced_decimal_comma_before_a_percentage_is_one_number(string text, double value)
    {
        Assert.Equal([value], ArticleFigures.Of(text, "fr").Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("fr", "Les taux de 5, 10 et 15 % sont appliqués.", new[] { 5.0, 10, 15 })]
    [InlineData("en", "Of the 7, 95% were new.", new[] { 7.0, 95 })]
    public void A_list_or_an_english_comma_keeps_its_numbers_apart(string language, string text, double[] values)
    {
        Assert.Equal(values, ArticleFigures.Of(text, language).Select(f => f.Value!.Value));
    }
}
