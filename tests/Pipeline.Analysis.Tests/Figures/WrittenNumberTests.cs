using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Shapes of numbers the article reader reads whole; a few cases adapted from Microsoft Recognizers-Text's specs (MIT,
/// Specs/Number/French and English), so a regression shows here before the evaluation command is run.
/// </summary>
public sealed class WrittenNumberTests
{
    [Theory]
    [InlineData("fr", "trois cinquièmes", 0.6)]
    [InlineData("fr", "un vingt-cinquième", 0.04)]
    [InlineData("fr", "cent trente-deux cinquièmes", 26.4)]
    [InlineData("fr", "un sur trois", 1.0 / 3)]
    [InlineData("fr", "deux cent virgule zéro trois", 200.03)]
    [InlineData("fr", "quatre-vingt-dix-neuf", 99)]
    [InlineData("fr", "dix-sept", 17)]
    [InlineData("fr", "1 234 567,89", 1234567.89)]
    [InlineData("en", "one hundred and three and two thirds", 103 + 2.0 / 3)]
    [InlineData("en", "five billion and three quarters", 5.75e9)]
    [InlineData("en", "1.3e6", 1.3e6)]
    [InlineData("en", "2 1/4", 2.25)]
    [InlineData("en", "half million", 500_000)]
    [InlineData("en", "a quarter million", 250_000)]
    [InlineData("en", "1 in twenty-one", 1.0 / 21)]
    [InlineData("en", "2mil", 2_000_000)]
    public void Spelled_out_fractions_and_decimals_are_read(string language, string text, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, language));

        Assert.Equal(expected, number.Value, 9);
        Assert.Equal(text, number.Text);
    }

    [Theory]
    [InlineData("fr", "supérieur à 20 et inférieur ou égal à 35", 20.0, false, 35.0, true)]
    [InlineData("fr", "entre 20 et 30", 20.0, true, 30.0, true)]
    [InlineData("fr", "pas moins de 30", 30.0, true, null, false)]
    [InlineData("en", "less than or equal to 100", null, false, 100.0, true)]
    [InlineData("en", "between negative ten and fifteen", -10.0, true, 15.0, true)]
    [InlineData("en", "His score is 200 or greater than 190", 190.0, false, null, false)]
    [InlineData("en", "at most 100 and at least 20 apples", 20.0, true, 100.0, true)]
    public void Ranges_keep_whether_each_bound_is_included(string language, string text, double? low, bool lowIn, double? high, bool highIn)
    {
        var range = Assert.Single(ArticleFigures.Bounded(text, language));

        Assert.Equal(low, range.Low);
        Assert.Equal(high, range.High);
        if (low is not null)
        {
            Assert.Equal(lowIn, range.LowInclusive);
        }

        if (high is not null)
        {
            Assert.Equal(highIn, range.HighInclusive);
        }
    }

    [Fact]
    public void A_hedge_before_a_bound_stays_out_of_the_quantity()
    {
        const string Text = "about five hundred or more";
        var range = Assert.Single(ArticleFigures.Bounded(Text, "en"));

        Assert.Equal(("five hundred or more", 500.0, true), (ArticleFigures.Quantity(Text, range), range.Low!.Value, range.Approximate));
    }

    [Theory]
    [InlineData("Book a first class seat")]
    [InlineData("They won 1 in 2022")]
    public void An_ordinal_rank_or_a_year_is_no_fraction(string text)
    {
        Assert.DoesNotContain(ArticleFigures.Numbers(text, "en"), n => n.Value is > 0 and < 1);
    }
}
