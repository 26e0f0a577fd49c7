using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// An object pronoun, maybe an auxiliary, then a verb or participle that foresees, and the figure right after it or its
/// level link, put what the pronoun stands for at a foreseen level: "Elle l'attend à 0,7 %", "Après l'avoir envisagée à
/// 1,2 %", "l'Insee l'avait prévue à 0,9 %". French only: English names the expected thing after the verb ("expects it at
/// 0.7%"), which its own hedges already read. Waiting ("les secours l'attendent à 300 mètres") and a named source's estimate
/// ("l'Insee l'estime à 0,3 %", reported) are no forecast. Sentences are constructed, not taken from any evaluation set.
/// </summary>
public sealed class PronounLevelForecastTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("La banque centrale a publié ses projections. Elle l'attend à 0,7 % cette année.", "0,7 %")]
    [InlineData("La Commission l'attendait à 2,1 % cette année.", "2,1 %")]
    [InlineData("Après l'avoir envisagée à 1,2 %, le gouvernement table désormais sur une croissance de 1 %.", "1,2 %")]
    [InlineData("L'Insee l'avait prévue à 0,9 % au printemps.", "0,9 %")]
    [InlineData("Le Trésor l'a anticipée à 5,4 % du PIB pour l'an prochain.", "5,4 %")]
    public void A_level_put_on_a_pronoun_by_a_verb_that_foresees_is_hedged(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, figureText).Modality);
    }

    [Theory]
    [InlineData("Les secours l'attendent à 300 mètres du village.", "300 mètres")]
    [InlineData("L'Insee l'estime à 0,3 % au troisième trimestre.", "0,3 %")]
    [InlineData("Le gouvernement l'a fixée à 1,2 % dans la loi.", "1,2 %")]
    [InlineData("La croissance a atteint 0,7 % cette année.", "0,7 %")]
    public void A_pronoun_before_a_verb_that_does_not_foresee_leaves_the_figure_as_it_is(string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, figureText).Modality);
    }
}
