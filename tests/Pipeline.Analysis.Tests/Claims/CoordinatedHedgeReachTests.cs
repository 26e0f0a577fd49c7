using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A hedge reaches the figures of its own clause, not a clause a coordinator opens after it with an aside set off by
/// commas ("may rise and, by Monday, 45 people had died"): that clause states its figure as firmly as its own verb does.
/// </summary>
public sealed class CoordinatedHedgeReachTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The toll could rise and, by Monday night, 45 people had been found dead.", "45 people")]
    [InlineData("en", "More storms may come and, in the meantime, 300 homes remain flooded.", "300 homes")]
    [InlineData("en", "Rain could return on Tuesday and, overnight, 300 homes were flooded.", "300 homes")]
    [InlineData("fr", "Les pluies pourraient reprendre mardi et, dans la nuit, 300 maisons ont été inondées.", "300 maisons")]
    [InlineData("fr", "Le bilan pourrait s'alourdir et, à ce jour, 45 personnes sont mortes.", "45 personnes")]
    [InlineData("fr", "Les secours pourraient intervenir ce soir mais, pour l'instant, 12 villages sont isolés.", "12 villages")]
    public void A_clause_opened_by_a_coordinator_and_an_aside_is_out_of_the_hedge_s_reach(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }
}
