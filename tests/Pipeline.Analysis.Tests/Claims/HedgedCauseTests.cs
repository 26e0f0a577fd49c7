using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A hedge that speculates on a figure's cause ("may be due to", "pourrait s'expliquer par") does not hedge the
/// figure it explains, which is stated as fact (tools/news-set/README.md: hedged is what the article speculates on; the
/// press set's "a figure that states a fact rather than the speculation keeps its own modality"); a figure inside the
/// speculated cause stays hedged.
/// </summary>
public sealed class HedgedCauseTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The 12% fall in sales may be due to the warm winter.", "12%")]
    [InlineData("en", "The increase of 15 percent could be due to a rise in testing.", "15 percent")]
    [InlineData("en", "The drop of 300 jobs might be linked to the new tariffs.", "300 jobs")]
    [InlineData("en", "The 8 percent decline in crime could be the result of more patrols.", "8 percent")]
    [InlineData("fr", "Les 300 suppressions d'emplois pourraient s'expliquer par la crise du secteur.", "300 suppressions")]
    [InlineData("fr", "Ces 40 fermetures d'usines pourraient être dues à la hausse des coûts.", "40 fermetures")]
    [InlineData("fr", "La baisse de 12 % des ventes pourrait s'expliquer par la douceur de l'hiver.", "12 %")]
    public void A_figure_whose_cause_is_speculated_is_asserted(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The fall in sales may be due to a 12% rise in prices.", "12%")]
    [InlineData("en", "Sales may fall 12% next year.", "12%")]
    [InlineData("en", "The toll could reach 300, officials said.", "300")]
    [InlineData("fr", "La baisse des ventes pourrait s'expliquer par une hausse de 12 % des prix.", "12 %")]
    [InlineData("fr", "Le bilan pourrait atteindre 300 morts.", "300 morts")]
    public void A_hedged_figure_stays_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
