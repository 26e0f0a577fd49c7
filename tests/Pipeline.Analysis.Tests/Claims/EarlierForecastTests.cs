using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A figure an earlier survey, poll or forecast gave ("up from 25% in the previous survey") is that forecast, hedged,
/// though a comparison sets it beside the new one; a value marked as past ("from 2.0% in 2024") stays history.
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
    public void A_value_an_earlier_forecast_gave_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Growth is expected to ease to 1.8% next year from 2.0% in 2024.", "2.0%")]
    [InlineData("en", "The toll rose to 40, up from 25 in the previous report.", "25")]
    [InlineData("fr", "La croissance devrait atteindre 1 % en 2025, contre 1,1 % en 2024.", "1,1 %")]
    public void A_past_value_beside_a_forecast_is_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
