using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Nouns for fractions ("moitié", "half") are a share where their context makes one, read without their article; a noun
/// naming a measure ("a percentage") is no figure.
/// </summary>
public sealed class FractionNounTests
{
    [Theory]
    [InlineData("fr", "plus de la moitié des personnes sont venues", "moitié", 0.5)]
    [InlineData("fr", "un demi", "un demi", 0.5)]
    [InlineData("fr", "un million et demi", "un million et demi", 1_500_000.0)]
    [InlineData("en", "more than half people came here.", "half", 0.5)]
    public void A_fraction_noun_is_read_without_its_article(string language, string text, string span, double expected)
    {
        var number = Assert.Single(ArticleFigures.Numbers(text, language));

        Assert.Equal((span, expected), (number.Text, number.Value));
    }

    [Theory]
    [InlineData("en", "How do I calculate a percentage?")]
    [InlineData("fr", "Comment calculer un pourcentage ?")]
    public void An_article_before_a_measure_noun_is_no_figure(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("en", "a 5 percent rise", 5.0)]
    [InlineData("fr", "une hausse de 5 pour cent", 5.0)]
    public void A_number_before_percent_is_still_a_percentage(string language, string text, double expected)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal(("percent", expected, FigureCategory.Percentage), (figure.Unit, figure.Value, figure.Category));
    }

    [Theory]
    [InlineData("La moitié (49 %) des cas ont été signalés dans le sud.", "La moitié (49 %)")]
    [InlineData("Le ministère dit en avoir remboursé la moitié.", "en avoir remboursé la moitié.")]
    [InlineData("Sur 40 chars livrés, l'armée en a déjà perdu la moitié.", "en a déjà perdu la moitié.")]
    public void A_fraction_noun_before_a_bracketed_aside_or_closing_its_sentence_is_a_share(string text, string context)
    {
        var at = text.IndexOf(context, StringComparison.Ordinal) + context.IndexOf("moitié", StringComparison.Ordinal);

        var figure = Assert.Single(ArticleFigures.Of(text, "fr"), f => f.Start == at);

        Assert.Equal((50.0, FigureCategory.Percentage), (figure.Value, figure.Category));
    }

    [Theory]
    [InlineData("Ils ont vécu la première moitié.")]
    [InlineData("Le match s'est joué lors de la seconde moitié.")]
    public void A_fraction_noun_naming_a_part_of_a_time_closing_its_sentence_is_no_share(string text)
    {
        Assert.Empty(ArticleFigures.Of(text, "fr"));
    }
}
