using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "Le bilan va dépasser 300 morts": a near future whose verb is a quantity reaching a level is a forecast, hedged
/// (tools/news-set/README.md, "hedged": "projected"), also when the verb is read as the figure's own bound.
/// </summary>
public sealed class NearFutureLevelTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Le bilan va dépasser 300 morts.", "fr", "dépasser 300 morts")]
    [InlineData("Le bilan va dépasser 300 morts selon les secours.", "fr", "dépasser 300 morts")]
    [InlineData("Le déficit va dépasser 5 % du PIB.", "fr", "dépasser 5 %")]
    [InlineData("The toll will exceed 300 dead, rescuers said.", "en", "exceed 300 dead")]
    public void A_level_a_near_future_reaches_is_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("Le gouvernement va envoyer 300 soldats.", "fr", "300 soldats")]
    [InlineData("Le bilan a dépassé 300 morts.", "fr", "dépassé 300 morts")]
    public void A_plan_or_a_past_level_is_not_hedged(string text, string language, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }
}
