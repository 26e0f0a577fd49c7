using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A verb that only ever foresees ("tabler sur", "anticiper", "prédire", as "expect" and "predict") hedges the figure it
/// takes, whatever the clause speaks of; its gerund ("tablant sur") does so in a clause about a forecast.
/// </summary>
public sealed class ForecasterObjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "Les organisateurs tablent sur 20 000 spectateurs samedi.", "20 000 spectateurs")]
    [InlineData("fr", "La Banque de France tablait jusqu'alors sur une hausse de 1,4 % en 2016.", "1,4 %")]
    [InlineData("fr", "Le gouvernement table lui sur 1,0 % en 2015.", "1,0 %")]
    [InlineData("fr", "La banque tablait sur une hausse de 1,4 % en 2016, puis de 1,5 % en 2017 et 1,6 % en 2018.", "1,6 %")]
    [InlineData("fr", "Le gouvernement table de son côté sur 1 % en 2015 et 1,5 % en 2016.", "1,5 %")]
    [InlineData("fr", "Les secours anticipent 300 blessés supplémentaires.", "300 blessés")]
    [InlineData("fr", "Les météorologues prédisent 40 centimètres de neige en montagne.", "40 centimètres")]
    [InlineData("fr", "Les syndicats pronostiquent 300 000 manifestants jeudi.", "300 000 manifestants")]
    [InlineData("fr", "Les organisateurs ont compté 12 000 spectateurs, alors qu'ils tablaient sur 20 000.", "20 000")]
    [InlineData("en", "The organisers expected 20,000 spectators on Saturday.", "20,000 spectators")]
    [InlineData("en", "Analysts predicted 300,000 new jobs in May.", "300,000 new jobs")]
    public void A_verb_that_only_foresees_hedges_its_object(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("La Banque de France a révisé ses chiffres, tablant sur une croissance de 1,5 % en 2016.", "1,5 %")]
    [InlineData("Le FMI a réduit ses prévisions, tablant désormais sur 3,3 % en 2020.", "3,3 %")]
    [InlineData("L'institut a revu son scénario, anticipant un chômage de 8 % l'an prochain.", "8 %")]
    public void A_forecasters_gerund_in_a_clause_about_a_forecast_hedges_what_it_foresees(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor("fr", text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "La mise sur le marché de 300 véhicules a commencé.", "300 véhicules")]
    [InlineData("fr", "Il a posé une table sur 20 mètres de terrasse.", "20 mètres")]
    [InlineData("fr", "Les organisateurs ont compté 12 000 spectateurs, alors qu'ils tablaient sur 20 000.", "12 000 spectateurs")]
    [InlineData("fr", "Le contrat prévoit la livraison de 300 chars.", "300 chars")]
    [InlineData("fr", "Le maire qui tablait sur une campagne courte et sur le soutien de tous les élus de la majorité n'obtient que 31 % des voix.", "31 %")]
    [InlineData("fr", "Le ministre, qui tablait sur 300 embauches, n'a recruté que 120 personnes.", "120 personnes")]
    [InlineData("fr", "François Bayrou, qui anticipait une forte participation, ne ramasse que 9 % des voix.", "9 %")]
    public void What_no_forecasters_verb_takes_is_stated_as_fact(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    /// <summary>The speaker a forecaster's verb in a relative names ("The minister") is still read as the main clause's
    /// source; only the hedge is asked about here.</summary>
    [Theory]
    [InlineData("en", "The minister, who predicted 300 new jobs, has hired 120 people.", "120 people")]
    [InlineData("en", "The agency, which forecast growth of 2%, later reported 1.5% growth.", "1.5%")]
    [InlineData("fr", "L'institut, qui anticipait une croissance de 2 %, a ensuite mesuré 1,5 %.", "1,5 %")]
    public void A_forecast_inside_a_closed_relative_does_not_reach_the_main_clause(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
