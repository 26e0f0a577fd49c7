using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// What may follow a scale word inside one number: a fraction of a smaller scale ("one billion and a half million"), a
/// smaller group after a free connector ("6 crore and two hundred") or, after a scale, a whole group of hundreds after a
/// connector kept for compounds ("six crore et deux cents"); and a singular round ordinal, which is a rank.
/// </summary>
public sealed class ScaleJoinTests
{
    [Theory]
    [InlineData("en", "one billion and three quarters million", 1_000_750_000.0)]
    [InlineData("en", "one billion and a half million", 1_000_500_000.0)]
    [InlineData("en", "one billion and a quarter million", 1_000_250_000.0)]
    [InlineData("fr", "un milliard et trois quarts millions", 1_000_750_000.0)]
    [InlineData("fr", "un milliard et demi million", 1_000_500_000.0)]
    [InlineData("en", "6 crore and two hundred", 60_000_200.0)]
    [InlineData("fr", "six crore et deux cents", 60_000_200.0)]
    [InlineData("fr", "4 mille 3 cents", 4_300.0)]
    [InlineData("fr", "7 millions 371 mille 891", 7_371_891.0)]
    [InlineData("fr", "2 millions 500 mille", 2_500_000.0)]
    [InlineData("en", "3 million 650 thousand 120", 3_650_120.0)]
    [InlineData("en", "five billion and three quarters", 5_750_000_000.0)]
    [InlineData("en", "3 million and a half", 3_500_000.0)]
    [InlineData("fr", "un milliard et demi", 1_500_000_000.0)]
    [InlineData("en", "three hundred and two dozens", 324.0)]
    [InlineData("en", "three hundred dozen", 3600.0)]
    [InlineData("en", "four score and seven", 87.0)]
    [InlineData("fr", "trois crore lakh", 3e12)]
    [InlineData("en", "two hundred and two thousand", 202_000.0)]
    public void A_scale_takes_what_completes_it(string language, string text, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, language));

        Assert.Equal(text, number.Text);
        Assert.Equal(expected, number.Value, 6);
    }

    [Theory]
    [InlineData("en", "2 million and 300", 2_000_000.0, 300.0)]
    [InlineData("fr", "six millions et deux", 6_000_000.0, 2.0)]
    [InlineData("fr", "5 millions 2 millions", 5_000_000.0, 2_000_000.0)]
    [InlineData("en", "4 thousand 3 million", 4_000.0, 3_000_000.0)]
    public void A_connector_a_language_keeps_for_compounds_or_digits_after_it_start_another_number(string language, string text, double first, double second)
    {
        Assert.Equal([first, second], ArticleFigures.Numbers(text, language).Select(n => n.Value));
    }

    [Theory]
    [InlineData("en", "the two millionth visitor")]
    [InlineData("en", "the two hundredth anniversary")]
    [InlineData("fr", "le deux millionième visiteur")]
    public void A_singular_round_ordinal_after_a_count_is_a_rank_and_no_figure(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("en", "two millionths of a second", 2e-6)]
    [InlineData("en", "a millionth of a second", 1e-6)]
    [InlineData("fr", "trois millièmes de seconde", 0.003)]
    public void A_plural_or_an_article_before_a_round_ordinal_makes_a_fraction(string language, string text, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, language));

        Assert.Equal(expected, number.Value, 12);
    }
}
