using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A forecast noun hedges the figures after it in its clause, as "prévision de" does, also when its "de" is elided before
/// an indefinite article ("sa prévision d'une croissance de 1,6 %", "its forecast of 1.6% growth"), not before a noun
/// of plans ("les prévisions d'embauche de 300 entreprises"); a figure before the noun is not
/// reached. Sentences are constructed, not taken from any evaluation set.
/// </summary>
public sealed class ElidedForecastNounTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("La Banque de France a présenté sa prévision d'une croissance de 1,6 % pour 2026.", "fr", "1,6 %")]
    [InlineData("L'Insee maintient sa prévision d'une hausse de 0,4 % du PIB au troisième trimestre.", "fr", "0,4 %")]
    [InlineData("Le FMI a relevé sa projection d'une croissance mondiale de 3,1 % pour l'an prochain.", "fr", "3,1 %")]
    [InlineData("Le gouvernement maintient sa prévision d'un déficit de 5,4 % du PIB.", "fr", "5,4 %")]
    [InlineData("La Banque de France a présenté sa prévision de croissance de 1,6 % pour 2026.", "fr", "1,6 %")]
    [InlineData("The Bank of France presented its forecast of 1.6% growth for 2026.", "en", "1.6%")]
    [InlineData("The central bank kept its forecast of a 0.4% rise in GDP in the third quarter.", "en", "0.4%")]
    [InlineData("The IMF raised its projection of a 3.1% global expansion for next year.", "en", "3.1%")]
    public void A_figure_after_a_forecast_noun_is_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("Le chômage a atteint 7,5 % au troisième trimestre, et l'Insee maintient sa prévision d'une baisse.", "fr", "7,5 %")]
    [InlineData("L'entreprise a supprimé 300 postes malgré la prévision d'une reprise.", "fr", "300 postes")]
    [InlineData("Les prévisions d'embauche de 300 entreprises ont été publiées lundi.", "fr", "300 entreprises")]
    [InlineData("Unemployment reached 7.5% in the third quarter, and the agency kept its forecast of a decline.", "en", "7.5%")]
    public void A_figure_before_the_forecast_noun_keeps_its_own_modality(string text, string language, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }
}
