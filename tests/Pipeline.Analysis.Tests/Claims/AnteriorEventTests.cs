using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "devrait atteindre 3 % en mars, après avoir déjà atteint 2,9 % en janvier", "is expected to ease to 4 percent, after
/// peaking at 6 percent": an event a past infinitive or a gerund sets before the forecast has happened, and what it
/// measures is history, as the seventh set's "après une contraction de 0,1%" (a fact inside a forecast sentence keeps its
/// own modality). A speaker who says it still reports it.
/// </summary>
public sealed class AnteriorEventTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "L'inflation devrait atteindre 3 % en mars, après avoir déjà atteint 2,9 % en janvier.", "2,9 %")]
    [InlineData("fr", "Le chômage devrait baisser à 7 % après avoir grimpé à 7,5 % au premier trimestre.", "7,5 %")]
    [InlineData("fr", "La croissance resterait modeste cette année après s'être établie à 2,5 % l'an passé.", "2,5 %")]
    [InlineData("fr", "Le PIB pourrait reculer de 1 % après être resté stable à 0,5 % au printemps.", "0,5 %")]
    [InlineData("en", "Inflation is expected to ease to 4 percent in December, after peaking at 6 percent in March.", "6 percent")]
    [InlineData("en", "Unemployment should fall to 7 percent after rising to 7.5 percent in the first quarter.", "7.5 percent")]
    [InlineData("en", "Inflation could rise to 3 percent this year, having already climbed 2.9 percent in January.", "2.9 percent")]
    [InlineData("en", "Growth is forecast to slow to 1 percent after expanding 2.4 percent in the second quarter.", "2.4 percent")]
    public void A_value_an_anterior_event_measures_beside_a_forecast_is_asserted(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "La croissance tomberait à 2,3 % cette année après s'être élevée à 6,8 % en 2021, a indiqué l'Insee.", "6,8 %")]
    [InlineData("fr", "L'inflation reculerait à 4,2 % en décembre, après avoir dépassé 6 % en début d'année, selon l'Insee.", "dépassé 6 %")]
    [InlineData("en", "The economy would grow 2.3 percent this year after expanding 6.8 percent in 2021, the central bank said.", "6.8 percent")]
    [InlineData("en", "Inflation will slow to 3 percent after hitting 5 percent in May, economists said.", "5 percent")]
    public void A_speaker_who_sets_an_anterior_event_beside_a_forecast_reports_it(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Reported, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    // The forecast itself.
    [InlineData("fr", "L'inflation devrait atteindre 3 % en mars, après avoir déjà atteint 2,9 % en janvier.", "3 %")]
    [InlineData("en", "Inflation is expected to ease to 4 percent in December, after peaking at 6 percent in March.", "4 percent")]
    // An earlier forecast is a forecast still.
    [InlineData("fr", "L'Insee prévoit une croissance de 1 % après avoir anticipé 0,6 % en juin.", "0,6 %")]
    [InlineData("en", "Economists expect growth of 1 percent after forecasting 0.6 percent in June.", "0.6 percent")]
    // Outside a forecast, what is done after a hedge may be planned as well as done.
    [InlineData("fr", "Les secours pourraient retrouver des survivants après avoir fouillé 300 maisons.", "300 maisons")]
    [InlineData("en", "Rescuers could find more survivors after searching 300 homes.", "300 homes")]
    public void A_forecast_or_what_a_hedge_plans_stays_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
