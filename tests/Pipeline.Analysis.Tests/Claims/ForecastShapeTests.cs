using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// Shapes of a forecast found in wild economic and health news: a scenario and what it holds, a value a participle
/// expects ("expected at", "attendu à"), what panelists look for, a consensus estimate, an assumption; and the figures they must leave as stated: a set target,
/// the count of the forecasters, what happened contrary to forecasts.
/// </summary>
public sealed class ForecastShapeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The agency released a worst-case scenario of 550,000 cases by January.", "550,000 cases")]
    [InlineData("en", "Officials modelled a best-case scenario of 20,000 infections.", "20,000 infections")]
    [InlineData("fr", "Les chercheurs décrivent un scénario de 20 000 hospitalisations par semaine.", "20 000 hospitalisations")]
    [InlineData("fr", "Un scénario pessimiste de 8 600 malades en réanimation a été présenté.", "8 600 malades")]
    [InlineData("fr", "Le premier scénario envisage un pic de 5 710 lits occupés.", "5 710 lits")]
    [InlineData("en", "Growth looked weak, with output expected at only 1.2% this quarter.", "1.2%")]
    [InlineData("fr", "La croissance a ralenti, avec un PIB attendu à 0,7 % cette année.", "0,7 %")]
    [InlineData("en", "Panelists look for the central bank to lower rates by half a percentage point.", "half a percentage")]
    [InlineData("fr", "Les panélistes attendent une baisse des taux de 0,5 point d'ici la fin de l'année.", "0,5 point")]
    [InlineData("en", "The consensus estimate for September was 50,000 new jobs.", "50,000 new jobs")]
    [InlineData("en", "The budget rests on a growth assumption of 1.5% next year.", "1.5%")]
    [InlineData("fr", "Le budget repose sur l'hypothèse de croissance de 0,7 % pour l'an prochain.", "0,7 %")]
    [InlineData("fr", "Le gouvernement retient une hypothèse de 1,2 % de croissance.", "1,2 %")]
    public void What_a_scenario_or_an_expectation_gives_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Inflation is projected to cool to 2.3 percent, which still exceeds the Fed's 2 percent target.", "2 percent")]
    [InlineData("en", "Prices could rise further above the central bank's 2% goal next year.", "2%")]
    [InlineData("fr", "L'inflation pourrait reculer à 2,3 %, au-dessus de l'objectif de 2 % de la BCE.", "2 %")]
    [InlineData("fr", "Les prix pourraient dépasser la cible des 2 % l'an prochain.", "2 %")]
    [InlineData("en", "The consensus forecast of a panel of 42 professional forecasters was released on Monday.", "42 professional forecasters")]
    [InlineData("fr", "Un panel de 40 économistes pourrait revoir ses prévisions.", "40 économistes")]
    [InlineData("en", "Contrary to forecasts, the economy grew 3% in the third quarter.", "3%")]
    [InlineData("en", "Unlike forecasts, exports rose 4% in May.", "4%")]
    [InlineData("fr", "Contrairement aux prévisions, l'économie a progressé de 3 % au troisième trimestre.", "3 %")]
    [InlineData("en", "The scenario team of 12 modellers met on Monday.", "12 modellers")]
    [InlineData("en", "The record for September was 50 inches of rain.", "50 inches")]
    [InlineData("fr", "Le bilan pour la semaine était de 30 morts.", "30 morts")]
    public void A_target_the_forecasters_and_what_defied_forecasts_are_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Inflation is projected to cool to 2.3 percent, which still exceeds the Fed's 2 percent target.", "2.3 percent")]
    [InlineData("en", "Inflation could reach 4 percent next year.", "4 percent")]
    [InlineData("fr", "L'inflation pourrait atteindre 4 % l'an prochain.", "4 %")]
    [InlineData("fr", "Le taux de chômage parvient au seuil de 4,5 % qui est la prévision de la Fed.", "4,5 %")]
    [InlineData("en", "As forecasts suggested, the economy could grow 3% next year.", "3%")]
    [InlineData("fr", "Un panel de 40 économistes prévoit une croissance de 1,2 %.", "1,2 %")]
    public void The_forecast_itself_stays_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
