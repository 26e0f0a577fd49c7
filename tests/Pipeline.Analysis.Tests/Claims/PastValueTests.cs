using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A value a forecast is set beside, marked as past or as measured, is history: the forecast does not hedge it
/// (tools/news-set-press/README.md, "Estimates": "a figure that states a fact rather than the speculation keeps its own
/// modality"). A previous forecast set beside the new one carries no such mark and stays hedged.
/// </summary>
public sealed class PastValueTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "Le déficit devrait s'établir à 5,4 % du PIB en 2025, contre 5,8 % en 2024.", "5,8 %")]
    [InlineData("fr", "La production céréalière avoisinerait 25 millions de quintaux contre 55 millions une année auparavant.", "55 millions")]
    [InlineData("fr", "La croissance du PIB est attendue à 2,6 % cette année, après 2,5 % l'an dernier.", "2,5 %")]
    [InlineData("fr", "L'activité devrait progresser de 1,5 % en 2025 après 1,1 % en 2024.", "1,1 %")]
    [InlineData("en", "The deficit could soar to a record $205 billion, from last year's $175 billion.", "$175 billion")]
    [InlineData("en", "Growth is expected to slow to 1.5 percent in 2025 after 2.8 percent in 2024.", "2.8 percent")]
    [InlineData("en", "Inflation is projected to ease to 2.4% in 2025, against 5.7% in 2023.", "5.7%")]
    [InlineData("en", "The economy would shrink 2 percent next year, compared with growth of 1.8 percent a year earlier.", "1.8 percent")]
    public void A_past_value_set_beside_a_forecast_is_not_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "La hausse pourrait dépasser la progression de 3,1 % observée en 2023.", "3,1 %")]
    [InlineData("fr", "Le bilan pourrait approcher celui de 2009, soit 308 morts constatés par les secours.", "308 morts")]
    [InlineData("en", "The storm surge could exceed the 13 feet recorded in 2018.", "13 feet")]
    public void A_measured_value_beside_a_forecast_is_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "Le déficit devrait s'établir à 5,4 % du PIB en 2025, contre 5,8 % en 2024.", "5,4 %")]
    [InlineData("fr", "Elle ne prévoit plus que 0,5 % de croissance aux Etats-Unis (contre 1,9 % en juin dernier).", "1,9 %")]
    [InlineData("fr", "Le FMI prévoit une croissance de 2 % en 2024, contre 3 % en 2026.", "3 %")]
    [InlineData("fr", "La croissance aurait atteint 3 % l'an dernier.", "3 %")]
    [InlineData("fr", "Le nombre de cas pourrait dépasser les 300 cas enregistrés en 2019.", "dépasser les 300 cas")]
    [InlineData("en", "The deficit could soar to a record $205 billion, from last year's $175 billion.", "$205 billion")]
    [InlineData("en", "The economy probably grew 3 percent last year.", "3 percent")]
    [InlineData("en", "The deficit would drop from $1.6 trillion to about $600 billion after five years.", "five years")]
    [InlineData("fr", "La dette pourrait reculer à 100 % du PIB après cinq ans d'efforts.", "cinq ans")]
    public void A_forecast_or_a_previous_forecast_stays_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "L'investissement est attendu en hausse de 0,8 % après une forte baisse l'année précédente (-5,6 %).", "-5,6 %", ClaimModality.Asserted)]
    [InlineData("fr", "Les exportations devraient croître de 2 % cette année, après un net recul l'an dernier (-3,1 %).", "-3,1 %", ClaimModality.Asserted)]
    [InlineData("en", "Exports are expected to rise 2% this year after a sharp fall last year (-3.1%).", "-3.1%", ClaimModality.Asserted)]
    [InlineData("en", "Sales are projected to grow by 4% after a weak showing the year before (0.5%).", "0.5%", ClaimModality.Asserted)]
    [InlineData("fr", "Les exportations devraient croître de 2 % cette année (+0,5 % au premier trimestre).", "+0,5 %", ClaimModality.Hedged)]
    [InlineData("en", "Exports are expected to rise this year (2%) after a sharp fall last year.", "2%", ClaimModality.Hedged)]
    public void A_value_in_brackets_after_a_past_year_is_history(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }
}
