using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The level a hedged change starts from is the count as it stands: only the level it may come to is hedged (the press
/// set's "a figure that states a fact rather than the speculation keeps its own modality").
/// </summary>
public sealed class StartingLevelTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Le bilan provisoire de 78 morts devrait s'alourdir dans les prochaines heures.", "fr", "78 morts", ClaimModality.Asserted)]
    [InlineData("Le bilan de 40 morts pourrait encore s'alourdir, selon les secours.", "fr", "40 morts", ClaimModality.Reported)]
    [InlineData("Les 3000 cas pourraient devenir 6000 d'ici la fin du mois.", "fr", "3000 cas", ClaimModality.Asserted)]
    [InlineData("Les 3000 cas pourraient devenir 6000 d'ici la fin du mois.", "fr", "6000", ClaimModality.Hedged)]
    [InlineData("Le nombre de 12 000 cas devrait doubler d'ici juin.", "fr", "12 000 cas", ClaimModality.Asserted)]
    [InlineData("The toll of 78 dead could rise in the coming hours.", "en", "78 dead", ClaimModality.Asserted)]
    [InlineData("The 3,000 cases could become 6,000 by the end of the month.", "en", "3,000 cases", ClaimModality.Asserted)]
    [InlineData("The 3,000 cases could become 6,000 by the end of the month.", "en", "6,000", ClaimModality.Hedged)]
    [InlineData("The death toll of 40 is likely to rise, rescuers said.", "en", "40", ClaimModality.Reported)]
    public void The_count_a_hedged_change_starts_from_is_not_hedged(string text, string language, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("Le camp présidentiel passerait de 246 députés à 135.", "246 députés", ClaimModality.Asserted)]
    [InlineData("Le chômage pourrait passer de 7,5 % à 8 % l'an prochain.", "7,5 %", ClaimModality.Asserted)]
    [InlineData("Le chômage pourrait passer de 7,5 % à 8 % l'an prochain.", "8 %", ClaimModality.Hedged)]
    [InlineData("Le déficit passera de 5,4 % à 5 % du PIB, selon les prévisions du gouvernement.", "5 %", ClaimModality.Hedged)]
    public void The_level_a_passage_starts_from_is_not_hedged(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(text, "fr", figureText).Modality);
    }

    [Theory]
    [InlineData("300 personnes pourraient devenir sans-abri.", "fr", "300 personnes")]
    [InlineData("300 entreprises pourraient augmenter leurs prix.", "fr", "300 entreprises")]
    [InlineData("On pourrait se passer de 300 soldats.", "fr", "300 soldats")]
    [InlineData("Le bilan pourrait atteindre 500 morts.", "fr", "500 morts")]
    [InlineData("Some 300 people could become homeless.", "en", "Some 300 people")]
    [InlineData("300 companies could raise their prices.", "en", "300 companies")]
    public void A_count_the_hedge_speaks_of_stays_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }
}
