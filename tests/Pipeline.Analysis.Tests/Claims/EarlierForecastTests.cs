using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A figure an earlier survey, poll or forecast gave ("up from 25% in the previous survey") is that forecast, hedged,
/// though a comparison sets it beside the new one, and so is a figure set in a forecast ("2.9% in its June forecast",
/// "0,6 % dans sa prévision de juin") or marked before it as the earlier estimate ("the previous 1.7% estimate"); a value
/// marked as past ("from 2.0% in 2024") stays history, and so does one set in a survey or report, which may hold facts.
/// </summary>
public sealed class EarlierForecastTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "Economists now see a 30% chance of recession, up from 25% in the previous survey.", "25%")]
    [InlineData("en", "Inflation is expected to average 2.1%, up from 1.8% in an earlier October poll.", "1.8%")]
    [InlineData("fr", "Le candidat est crédité de 30 % des voix, contre 28 % dans le sondage précédent.", "28 %")]
    [InlineData("en", "Economists now predict a 1.8% expansion in 2026, up from the previous 1.7% estimate.", "1.7%")]
    [InlineData("en", "Exports rose 3.2% in March, up from 2.9% in its June forecast.", "2.9%")]
    [InlineData("fr", "La banque l'attend à 0,7 % (au lieu de 0,6 % dans sa prévision de juin).", "0,6 %")]
    [InlineData("fr", "Les exportations ont progressé de 3,2 % en mars, contre 2,9 % dans sa prévision d'hiver.", "2,9 %")]
    public void A_value_an_earlier_forecast_gave_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Growth is expected to ease to 1.8% next year from 2.0% in 2024.", "2.0%")]
    [InlineData("en", "The toll rose to 40, up from 25 in the previous report.", "25")]
    [InlineData("fr", "La croissance devrait atteindre 1 % en 2025, contre 1,1 % en 2024.", "1,1 %")]
    [InlineData("en", "Unemployment rose to 4.2% from the previous 4.1%.", "4.1%")]
    [InlineData("en", "Turnout reached 62% in the survey area.", "62%")]
    [InlineData("en", "About 40% in the survey said prices had risen.", "About 40%")]
    [InlineData("en", "Sales rose 2% in line with expectations.", "2%")]
    [InlineData("fr", "Le chômage a atteint 7,5 %, contre 7,3 % au trimestre précédent.", "7,3 %")]
    [InlineData("fr", "Environ 40 % dans l'enquête disent avoir réduit leurs dépenses.", "Environ 40 %")]
    public void A_past_value_beside_a_forecast_is_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
