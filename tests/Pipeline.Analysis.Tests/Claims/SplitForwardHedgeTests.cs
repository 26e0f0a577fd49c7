using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A forward hedge whose auxiliary an adverb or an aside parts from its participle ("is now expected to", "est, à ce
/// stade, attendu à") hedges the figure after it as the whole phrase does; words that only look like such a hedge do not.
/// </summary>
public sealed class SplitForwardHedgeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The company is also seen expanding its workforce to 5,000 employees next year.", "5,000 employees")]
    [InlineData("en", "Inflation is now expected to reach 3% by December.", "3%")]
    [InlineData("en", "Exports are, at this stage, expected to rise 4% next year.", "4%")]
    [InlineData("en", "The index is forecasted to be 3.1 percent in the fourth quarter.", "3.1 percent")]
    [InlineData("fr", "Les exportations sont désormais attendues en hausse de 4 % l'an prochain.", "4 %")]
    [InlineData("fr", "Les ventes sont, pour l'heure, attendues en baisse de 2 % cette année.", "2 %")]
    public void A_forward_hedge_split_by_an_adverb_or_an_aside_hedges_the_figure(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The fire was also seen from 20 miles away.", "20 miles")]
    [InlineData("fr", "Le bilan est, selon la police, de 30 morts.", "30 morts")]
    [InlineData("fr", "Le président est également attendu à Lyon, où 300 policiers sont mobilisés.", "300 policiers")]
    [InlineData("fr", "Les exportations sont toujours attendues, et 300 conteneurs sont arrivés.", "300 conteneurs")]
    public void Words_that_only_look_like_a_split_hedge_do_not(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
