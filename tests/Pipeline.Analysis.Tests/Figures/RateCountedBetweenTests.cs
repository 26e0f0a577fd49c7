using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "183 cases per 100,000 people", "437 cas pour 100.000 habitants": the noun of what a rate counts may stand between its
/// count and its "per"; the rate is still one share of the round whole (0.183 percent), its span from the count to the
/// whole, the noun between included (as the press guidelines' "six sur dix"), and the whole no count of its own. A measure
/// or money between them ("6 liters per 100 km", "5 euros pour 100 grammes") and a whole of money make no such rate.
/// Sentences written for these tests.
/// </summary>
public sealed class RateCountedBetweenTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The flu rate reached 183 cases per 100,000 people last week.", "183 cases per 100,000", 0.183)]
    [InlineData("en", "The county recorded 45 new cases per 100,000 residents.", "45 new cases per 100,000", 0.045)]
    [InlineData("en", "Overdoses caused 32 deaths per 100,000 people in the state.", "32 deaths per 100,000", 0.032)]
    [InlineData("fr", "Le taux d'incidence a atteint 183 cas pour 100.000 habitants la semaine dernière.", "183 cas pour 100.000", 0.183)]
    [InlineData("fr", "L'incidence était de 74 cas pour 100 000 habitants en Bretagne.", "74 cas pour 100 000", 0.074)]
    [InlineData("fr", "La région compte 259 nouveaux cas pour 100 000 habitants.", "259 nouveaux cas pour 100 000", 0.259)]
    [InlineData("fr", "Le taux de mortalité est de 9 décès pour 1 000 habitants.", "9 décès pour 1 000", 0.9)]
    public void A_rate_with_its_counted_noun_is_one_share(string language, string text, string span, double percent)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, FigureCategory.Percentage), (figure.Text, figure.Category));
        Assert.Equal(percent, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("en", "The old car burns 6 liters per 100 km.", "6 liters")]
    [InlineData("en", "Writers earned 20 dollars per 100 words.", "20 dollars")]
    [InlineData("fr", "Le fromage coûte 5 euros pour 100 grammes.", "5 euros")]
    [InlineData("fr", "Le club a recruté 3 joueurs pour 100 000 euros.", "3 joueurs")]
    public void A_measure_money_or_a_whole_of_money_makes_no_such_rate(string language, string text, string kept)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Contains(figures, f => f.Text == kept);
        Assert.DoesNotContain(figures, f => f.Category == FigureCategory.Percentage);
    }
}
