using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "the deficit does not exceed 3.5%", "la hausse ne pourra pas dépasser 3,5 %", "ne dépasse pas 3 %": a verb of exceeding
/// under a negation states a ceiling, the level itself allowed (as the guidelines' "no more than X": high X), not the lower
/// bound the verb alone states. A verb of exceeding without a negation, or one whose negation reaches another word, stays a
/// lower bound. Sentences written for these tests.
/// </summary>
public sealed class NegatedExceedingTests
{
    [Theory]
    [InlineData("en", "The deficit does not exceed 3.5% of GDP this year.", 3.5)]
    [InlineData("en", "Spending must not exceed $2 billion, the minister said.", 2e9)]
    [InlineData("en", "Inflation didn't exceed 2% in March.", 2)]
    [InlineData("en", "The law allows a rent rise not to exceed 3 percent a year.", 3)]
    [InlineData("en", "The toll has never exceeded 40 deaths in one season.", 40)]
    [InlineData("fr", "Le déficit ne dépasse pas 3,5% du PIB cette année.", 3.5)]
    [InlineData("fr", "La hausse des loyers ne pourra pas dépasser 3,5% sur un an.", 3.5)]
    [InlineData("fr", "Le taux de chômage n'a pas dépassé 8 % en 2023.", 8)]
    [InlineData("fr", "La dépense ne devra pas excéder 2 milliards d'euros.", 2e9)]
    public void A_negated_verb_of_exceeding_is_a_ceiling(string language, string text, double high)
    {
        var figure = ArticleFigures.Of(text, language).First(f => f.High == high || f.Low == high || f.Value == high);

        Assert.Equal((null, (double?)high), (figure.Low, figure.High));
    }

    [Theory]
    [InlineData("en", "The death toll exceeded 200 last week.", 200)]
    [InlineData("en", "Sales had not only exceeded 5% but kept rising.", 5)]
    [InlineData("fr", "Le bilan dépasse les 200 morts.", 200)]
    [InlineData("fr", "Le taux a dépassé 8 % en 2023.", 8)]
    public void A_verb_of_exceeding_alone_stays_a_lower_bound(string language, string text, double low)
    {
        var figure = ArticleFigures.Of(text, language).First(f => f.Low == low);

        Assert.Null(figure.High);
    }
}
