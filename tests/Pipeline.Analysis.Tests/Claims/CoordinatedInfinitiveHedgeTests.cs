using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A modal's hedge reaches a figure after a comma and a coordinator when the word after the coordinator is an infinitive
/// of a quantity reaching a level, which goes on with the modal's verb phrase ("pourraient devenir 6000 …, et monter
/// au-dessus de 20 000", "could reach 6,000 …, and climb above 20,000"); a coordinator with a subject of its own after it
/// still opens a clause the hedge does not reach. Sentences are constructed, not taken from any evaluation set.
/// </summary>
public sealed class CoordinatedInfinitiveHedgeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Les cas pourraient devenir 6000 d'ici une semaine, et monter au-dessus de 20.000 cas fin juillet.", "fr", "au-dessus de 20.000 cas")]
    [InlineData("La dette pourrait grimper à 115 % du PIB, et franchir 120 % en 2030.", "fr", "120 %")]
    [InlineData("Le nombre de réfugiés pourrait doubler d'ici l'été, et atteindre 2 millions.", "fr", "2 millions")]
    [InlineData("Le taux devrait se stabiliser cet été, et rester au-dessus de 9 % jusqu'à la fin de l'année.", "fr", "au-dessus de 9 %")]
    [InlineData("Les températures pourraient baisser dès lundi, et tomber à 5 degrés dans la nuit.", "fr", "5 degrés")]
    [InlineData("Cases could reach 6,000 within a week, and climb above 20,000 by the end of July.", "en", "above 20,000")]
    [InlineData("Debt could rise to 115% of GDP, and top 120% in 2030.", "en", "120%")]
    [InlineData("The rate is expected to stabilise this summer, and remain above 9% until the end of the year.", "en", "above 9%")]
    public void A_level_infinitive_after_a_comma_and_a_coordinator_shares_the_modal(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("Les ventes pourraient reculer, et le groupe a vendu 2 millions de voitures en mai.", "fr", "2 millions de voitures")]
    [InlineData("Le bilan pourrait dépasser 300 morts, et les secours ont retrouvé 40 corps.", "fr", "40 corps")]
    [InlineData("Le chômage a atteint 8 %, et reste à ce niveau depuis deux ans.", "fr", "8 %")]
    [InlineData("L'armée va envoyer 300 soldats dans la région.", "fr", "300 soldats")]
    [InlineData("Le gouvernement va augmenter le budget de 10 %.", "fr", "10 %")]
    [InlineData("Sales may fall, and the group sold 2 million cars in May.", "en", "2 million cars")]
    public void A_clause_with_its_own_subject_or_a_plan_is_not_hedged(string text, string language, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }
}
