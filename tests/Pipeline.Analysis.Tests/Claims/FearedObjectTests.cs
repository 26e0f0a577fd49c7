using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// What is feared is hedged (tools/news-set/README.md, "hedged": "feared"): a verb of fearing hedges the figure of its
/// object, not the figure that counts who fears.
/// </summary>
public sealed class FearedObjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("On craint 200 morts dans la région.", "fr", "200 morts")]
    [InlineData("Les autorités redoutent des centaines de victimes.", "fr", "des centaines de victimes")]
    [InlineData("Les secouristes craignaient un bilan de 500 morts.", "fr", "500 morts")]
    [InlineData("Authorities fear 200 dead in the region.", "en", "200 dead")]
    [InlineData("Officials feared hundreds of victims.", "en", "hundreds of victims")]
    public void A_feared_figure_is_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("300 habitants craignent pour leur vie.", "fr", "300 habitants")]
    [InlineData("Les autorités craignent un bilan de 500 morts, tandis que 40 corps ont été retrouvés.", "fr", "40 corps")]
    [InlineData("Les autorités craignent une nouvelle vague après une hausse de 5 % des cas.", "fr", "5 %")]
    [InlineData("300 residents fear eviction.", "en", "300 residents")]
    public void Those_who_fear_and_what_stands_apart_are_not_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(text, language, figureText).Modality);
    }
}
