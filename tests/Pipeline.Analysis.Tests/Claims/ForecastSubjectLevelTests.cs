using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A forecast noun that opens its clause gives the level the clause states, also where three words stand before the noun
/// ("The revised GDP projection"), where it names where the forecast was given ("in a poll of 10 economists", "dans le
/// sondage"), or where adverbs stand before or inside the verb that gives the level ("now shows", "now stands at", "are
/// now for", "sont désormais de"). A count or a rate that opens the clause gives no forecast. Sentences are constructed,
/// not taken from any evaluation set.
/// </summary>
public sealed class ForecastSubjectLevelTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The revised GDP projection for the second quarter now stands at an annualized 2.2%.", "2.2%")]
    [InlineData("en", "The GDP projection now stands at 1.9% for the year.", "1.9%")]
    [InlineData("en", "The median forecast in a poll of 10 economists was for inflation to have slowed to 2.9% in June.", "2.9%")]
    [InlineData("en", "The consensus in the Reuters survey is for a rise of 0.3%.", "0.3%")]
    [InlineData("en", "The forecast now shows inflation ending the year at 2.9%.", "2.9%")]
    [InlineData("en", "Projections also indicate a deficit of 4.1% next year.", "4.1%")]
    [InlineData("en", "The latest projections now stand at 3% growth for 2026.", "3%")]
    [InlineData("fr", "La prévision dans le dernier sondage de Reuters était de 2,1 %.", "2,1 %")]
    [InlineData("fr", "Les projections dans le dernier rapport sont de 1,2 % pour 2026.", "1,2 %")]
    [InlineData("fr", "Les projections sont désormais de 2 % pour 2026.", "2 %")]
    [InlineData("en", "The projections are now for 3% growth next year.", "3%")]
    public void What_a_forecast_noun_opening_its_clause_holds_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The casualty count now stands at 300.", "300")]
    [InlineData("en", "The report now shows 300 deaths in the province.", "300 deaths")]
    [InlineData("en", "The median forecast in a poll of 10 economists was for inflation to slow.", "10 economists")]
    [InlineData("en", "The unemployment rate now stands at 4.1%.", "4.1%")]
    [InlineData("fr", "Le bilan s'établit désormais à 300 morts.", "300 morts")]
    [InlineData("fr", "Le taux de chômage dans la région est de 7,4 %.", "7,4 %")]
    [InlineData("fr", "Le bilan est désormais de 300 morts.", "300 morts")]
    [InlineData("en", "The toll is now at 300 dead.", "300 dead")]
    [InlineData("en", "Those projections stand in contrast to the objective of the minister, who seeks to reduce the ratio to around 3%.", "around 3%")]
    [InlineData("en", "The median forecast was for inflation to ease to 2.9%, below the central bank's 2%-4% target.", "2%-4%")]
    [InlineData("fr", "Les prévisions restent dans le rapport de 40 pages publié lundi.", "40 pages")]
    public void A_count_or_a_rate_opening_its_clause_is_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
