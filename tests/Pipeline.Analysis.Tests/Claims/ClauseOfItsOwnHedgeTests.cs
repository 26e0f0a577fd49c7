using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// How far a hedge after a figure reaches: not into a clause coordinated after the figure's own finite verb (after the
/// figure, or before it when the figure is its object: "killed 15 people … and dozens more may be missing") with a subject
/// of its own, nor into a clause appended after a comma, nor, before it, over a comma and a subordinator
/// that opens a clause of its own ("…, where 40,000 people live", "…, où 130 000 soldats sont déployés") or a comma and a
/// coordinator with a subject of its own (", and rescuers found 30 bodies"); a condition, a hedge of the figure's own
/// clause and a verb phrase coordinated with no subject of its own (", but remain above 6.8 percent") still hedge it.
/// Sentences are constructed, not taken from any evaluation set.
/// </summary>
public sealed class ClauseOfItsOwnHedgeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Rescuers said 22 people were rescued and another 22 are believed trapped.", "en", "22 people")]
    [InlineData("At least 300 soldiers were deployed on Monday and the army may send more.", "en", "At least 300 soldiers")]
    [InlineData("At least 40 homes have been destroyed and the river could rise further.", "en", "At least 40 homes")]
    [InlineData("Consumer prices rose 1 percent in May, a sign that inflation may ease.", "en", "1 percent")]
    [InlineData("The floods killed 15 people on Monday and dozens more may be missing.", "en", "15 people")]
    [InlineData("The quake destroyed 300 homes in the region and hundreds of people could be trapped.", "en", "300 homes")]
    [InlineData("Fighting killed at least 40 civilians last week and thousands more are believed to have fled.", "en", "at least 40 civilians")]
    [InlineData("The storm has damaged 120 schools and the bill could run into millions.", "en", "120 schools")]
    [InlineData("Les inondations ont tué 15 personnes lundi et des dizaines d'autres seraient portées disparues.", "fr", "15 personnes")]
    [InlineData("Le séisme a fait 40 morts dans la région et plusieurs centaines de personnes pourraient être sous les décombres.", "fr", "40 morts")]
    [InlineData("La frappe a fait au moins 20 morts et le bilan pourrait s'alourdir.", "fr", "au moins 20 morts")]
    [InlineData("L'attaque a tué 12 soldats et une trentaine d'autres seraient blessés.", "fr", "12 soldats")]
    [InlineData("Exports grew 4 percent last year, in a sign that demand could recover.", "en", "4 percent")]
    [InlineData("Au total, 12 morts ont été recensés et le bilan pourrait s'alourdir.", "fr", "12 morts")]
    [InlineData("Au moins 40 maisons ont été détruites et la rivière pourrait encore monter.", "fr", "Au moins 40 maisons")]
    [InlineData("L'inflation a atteint 3 %, ce qui pourrait pousser la banque à agir.", "fr", "3 %")]
    [InlineData("Le chômage touche 8 % des actifs, signe que la reprise pourrait tarder.", "fr", "8 %")]
    [InlineData("The toll could approach 1,000 deaths, after authorities disclosed 207.", "en", "207")]
    [InlineData("Sales may fall 10 percent this year, even as the firm sold 2 million cars in May.", "en", "2 million cars")]
    [InlineData("Le bilan pourrait dépasser 300 morts, alors que les autorités ont recensé 120 corps.", "fr", "120 corps")]
    [InlineData("Le déficit devrait atteindre 5 %, après que le gouvernement a dépensé 40 milliards d'euros.", "fr", "40 milliards d'euros")]
    [InlineData("The storm may hit the coast, where 40,000 people live.", "en", "40,000 people")]
    [InlineData("Aid could reach the northern province by Monday, where 12,000 families are waiting for food.", "en", "12,000 families")]
    [InlineData("The troops are expected to be sent to the north, where 130,000 people live.", "en", "130,000 people")]
    [InlineData("Ces troupes pourraient être acheminées en Irak, où 130 000 soldats sont déployés.", "fr", "130 000 soldats")]
    [InlineData("Le cyclone devrait atteindre Mayotte jeudi, où 300 000 personnes vivent dans des logements précaires.", "fr", "300 000 personnes")]
    [InlineData("The toll is expected to rise, and rescuers found 30 bodies on Monday.", "en", "30 bodies")]
    [InlineData("Sales are expected to fall this year, and the firm sold 2 million cars in May.", "en", "2 million cars")]
    public void A_hedge_in_a_coordinated_or_appended_clause_of_its_own_does_not_reach_the_figure(string text, string language, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("The toll is expected to reach 3% next year.", "en", "3%")]
    [InlineData("The toll could be as high as 200,000 deaths.", "en", "as high as 200,000 deaths")]
    [InlineData("The storm killed 30 people and 12 others are feared missing.", "en", "12")]
    [InlineData("Output could fall 3 percent and prices would rise.", "en", "3 percent")]
    [InlineData("If 300 homes are flooded and the dam breaks, the damage could be severe.", "en", "300 homes")]
    [InlineData("Le bilan pourrait atteindre 1 000 morts et 300 blessés.", "fr", "1 000 morts")]
    [InlineData("Selon les secours, 40 personnes seraient bloquées et pourraient être évacuées.", "fr", "40 personnes")]
    [InlineData("The toll could approach 1,000 deaths, after authorities disclosed 207.", "en", "1,000 deaths")]
    [InlineData("Sales may fall 10 percent this year, even as the firm sold 2 million cars in May.", "en", "10 percent")]
    [InlineData("Le bilan pourrait dépasser 300 morts, alors que les autorités ont recensé 120 corps.", "fr", "dépasser 300 morts")]
    [InlineData("Si 300 maisons sont inondées et la digue cède, les dégâts pourraient être lourds.", "fr", "300 maisons")]
    [InlineData("Gunmen may have killed 300 people and 20 soldiers could be missing.", "en", "300 people")]
    [InlineData("3,000 troops and 200 tanks could be deployed.", "en", "3,000 troops")]
    [InlineData("Forecasters predicted 5 inches of rain and the river could flood.", "en", "5 inches")]
    [InlineData("L'attaque aurait tué 12 soldats et une trentaine d'autres seraient blessés.", "fr", "12 soldats")]
    [InlineData("3 000 soldats et 200 chars pourraient être déployés.", "fr", "3 000 soldats")]
    [InlineData("Prices are expected to ease in 2025, but remain above 6.8 percent.", "en", "above 6.8 percent")]
    [InlineData("Inflation is expected to ease next year, but climb back above 3 percent in 2027.", "en", "above 3 percent")]
    [InlineData("The toll could rise further, but remain below 300.", "en", "below 300")]
    [InlineData("Inflation is expected to end the year at 2.9%, and to fall to 2.6% next year.", "en", "2.6%")]
    [InlineData("Growth is expected to reach 2 percent this year, and 3 percent in 2026.", "en", "3 percent")]
    [InlineData("The storm could hit the coast, where 5,000 more people may be evacuated.", "en", "5,000 more people")]
    [InlineData("Le cyclone pourrait frapper l'île, où 3 000 personnes pourraient être évacuées.", "fr", "3 000 personnes")]
    [InlineData("La hausse devrait représenter 85 euros par an, ou 25 euros pour ceux qui se chauffent au gaz.", "fr", "25 euros")]
    public void A_hedge_of_the_figures_own_clause_or_condition_still_hedges_it(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }
}
