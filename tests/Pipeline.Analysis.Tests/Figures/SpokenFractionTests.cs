using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Where a spelled-out fraction splits into whole, numerator and denominator ("one hundred thirty fifths" is 100/35,
/// "one hundred and thirty fifths" is 130/5), and spaced compounds ("fifty - two").
/// </summary>
public sealed class SpokenFractionTests
{
    [Theory]
    [InlineData("en", "twenty and three fifths", 20.6)]
    [InlineData("en", "one hundred and three quarters", 100.75)]
    [InlineData("en", "two hundred and fifty-four hundredths", 200.54)]
    [InlineData("en", "two and fifty-four hundredths", 2.54)]
    [InlineData("en", "one hundred and thirty fifths", 26.0)]
    [InlineData("en", "one hundred and thirty and two fifths", 130.4)]
    [InlineData("en", "one hundred thirty fifths", 100.0 / 35)]
    [InlineData("en", "one hundred thirty two fifths", 26.4)]
    [InlineData("en", "one hundred one thousand fifths", 100.0 / 1005)]
    [InlineData("en", "twenty twenty fifths", 0.8)]
    [InlineData("en", "ninety - five hundred fifths", 1900.0)]
    [InlineData("fr", "cent trente cinquièmes", 100.0 / 35)]
    [InlineData("fr", "un cent cinquième", 1.0 / 105)]
    [InlineData("fr", "vingt et un cinquièmes", 4.2)]
    public void A_spelled_out_fraction_splits_where_the_words_stop_composing(string language, string text, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, language));

        Assert.Equal(text, number.Text);
        Assert.Equal(expected, number.Value, 9);
    }

    [Theory]
    [InlineData("fifty - two", 52.0)]
    [InlineData("ninety - nine", 99.0)]
    public void A_spaced_hyphen_still_joins_tens_and_a_unit(string text, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, "en"));

        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData("twenty - thirty", 20.0, 30.0)]
    [InlineData("five - six", 5.0, 6.0)]
    public void A_spaced_hyphen_between_two_whole_numbers_joins_nothing(string text, double first, double second)
    {
        var numbers = ArticleFigures.Numbers(text, "en");

        Assert.Equal([first, second], numbers.Select(n => n.Value));
    }

    [Theory]
    [InlineData("en", "the twenty first day")]
    [InlineData("en", "one hundred first")]
    [InlineData("fr", "vingt et unième")]
    public void An_ordinal_of_one_is_a_rank_not_a_fraction(string language, string text)
    {
        Assert.DoesNotContain(ArticleFigures.Numbers(text, language), n => n.Value is > 0 and < 1);
    }
}
