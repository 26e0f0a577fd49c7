using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Words of multiplication are figures of the unit "times", value the factor (the guidelines' multipliers): "more
/// than doubled" is at least 2, "près du double" under 2, "trois fois" 3; "un double attentat" states no factor.
/// </summary>
public sealed class MultiplierTests
{
    [Theory]
    [InlineData("en", "The number of cases has more than doubled in the past week.", "more than doubled", null, 2.0, null)]
    [InlineData("en", "Prices tripled in a year.", "tripled", 3.0, 3.0, 3.0)]
    [InlineData("en", "Sales rose eightfold.", "eightfold", 8.0, 8.0, 8.0)]
    [InlineData("en", "The quake was 500 times stronger.", "500 times", 500.0, 500.0, 500.0)]
    [InlineData("fr", "Le nombre de morts a presque doublé en un mois.", "presque doublé", null, null, 2.0)]
    [InlineData("fr", "Le chiffre est près du double de celui de 2022.", "près du double", null, null, 2.0)]
    [InlineData("fr", "Le budget a plus que doublé.", "plus que doublé", null, 2.0, null)]
    [InlineData("fr", "C'est deux fois plus qu'en 2022.", "deux fois", 2.0, 2.0, 2.0)]
    [InlineData("en", "The rate is four times the national average.", "four times", 4.0, 4.0, 4.0)]
    public void A_word_of_multiplication_states_its_factor_in_times(string language, string text, string figureText, double? value, double? low, double? high)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((figureText, value, low, high, "times"), (figure.Text, figure.Value, figure.Low, figure.High, figure.Unit));
    }

    [Theory]
    [InlineData("fr", "Les ventes ont été multipliées par trois depuis janvier.", "trois")]
    [InlineData("fr", "Le nombre de cas a été multiplié par presque 10 en un an.", "presque 10")]
    [InlineData("en", "Sales have been multiplied by three since January.", "three")]
    [InlineData("en", "Exports grew by a factor of 4 in a decade.", "4")]
    public void A_number_after_a_verb_of_multiplication_is_a_factor_in_times(string language, string text, string figureText)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((figureText, "times"), (figure.Text, figure.Unit));
    }

    [Theory]
    [InlineData("fr", "Un double attentat a frappé la ville.")]
    [InlineData("fr", "Il a la double nationalité.")]
    [InlineData("en", "He was a double agent and played doubles.")]
    public void A_noun_of_multiplication_without_its_article_states_no_factor(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("fr", "Les observateurs ont jugé le double scrutin libre et transparent.")]
    [InlineData("fr", "Le triple meurtre a choqué la ville.")]
    [InlineData("fr", "La police enquête sur le double incendie de la nuit.")]
    public void A_noun_of_multiplication_before_a_noun_is_an_adjective_with_no_factor(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("fr", "Les ventes ont atteint le double des prévisions.", "le double")]
    [InlineData("fr", "Le budget représente le double en 2023.", "le double")]
    [InlineData("fr", "On paie le double pour le même service.", "le double")]
    public void A_noun_of_multiplication_before_no_noun_keeps_its_factor(string language, string text, string span)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((span, 2.0, "times"), (figure.Text, figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("fr", "Il en a parlé deux fois.")]
    [InlineData("en", "He visited three times and left.")]
    public void A_count_of_occasions_is_no_factor(string language, string text)
    {
        Assert.All(ArticleFigures.Of(text, language), figure => Assert.NotEqual("times", figure.Unit));
    }
}
