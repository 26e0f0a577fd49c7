using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// What hedges a figure and what only looks like a hedge (tools/news-set-press/README.md, "Estimates"): an expectation
/// hedges what is expected, while "présumé" after a noun, the legal "alleged", says who the people are, not how firmly they
/// are counted.
/// </summary>
public sealed class ExpectationAndAllegationTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Il faut s'attendre à 300 morts supplémentaires, selon le préfet.", "300 morts")]
    [InlineData("« Il faut s’attendre à 500 répliques dans les jours à venir », a déclaré le sismologue.", "500 répliques")]
    [InlineData("Selon la mairie, on peut s'attendre à 40 blessés.", "40 blessés")]
    [InlineData("« Nous nous attendons à trouver 68 corps de plus », a déclaré le responsable des secours.", "68 corps")]
    [InlineData("« Je m'attends à 200 blessés supplémentaires », a indiqué le médecin.", "200 blessés")]
    [InlineData("« Nous nous attendions à 1 000 participants », a reconnu l'organisatrice.", "1 000 participants")]
    public void An_expected_figure_is_hedged(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, figureText).Modality);
    }

    [Theory]
    [InlineData("22 escrocs présumés ont été arrêtés lundi à Nancy.", "22 escrocs")]
    [InlineData("La police a interpellé 14 trafiquants présumés dans la nuit.", "14 trafiquants")]
    [InlineData("Les 3 auteurs présumés de l'attaque ont été mis en examen.", "3 auteurs")]
    public void An_alleged_person_is_counted_as_firmly_as_the_clause_says(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(text, figureText).Modality);
    }

    [Theory]
    [InlineData("« Nous attendons 300 invités ce soir », a indiqué la mairie.", "300 invités")]
    [InlineData("« Nous attendons depuis 3 heures », a témoigné un habitant.", "3 heures")]
    public void Waiting_for_what_is_counted_does_not_hedge_it(string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, figureText).Modality);
    }
}
