using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A forecast participle right after the figure's own noun makes the figure what was foreseen, also past a compound noun of
/// two words ("the 1.3% growth rate projected in June", "the 0.6 percent price increase forecast by economists"); a
/// preposition, a relative or a verb between ends the noun ("300 cars to dealers expected to reopen"). French writes such a
/// noun after "de" or with its adjective after it ("les 150 000 créations nettes attendues"), which other readings already
/// take. Sentences are constructed, not taken from any evaluation set.
/// </summary>
public sealed class ForecastAfterCompoundNounTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "This contrasts with the 1.3% growth rate projected in June.", "1.3%")]
    [InlineData("en", "Prices rose 0.4 percent, below the 0.6 percent price increase forecast by economists.", "0.6 percent")]
    [InlineData("en", "Output fell short of the 2% growth rate expected by analysts.", "2%")]
    [InlineData("fr", "L'économie a créé 120 000 emplois, loin des 150 000 créations nettes attendues.", "150 000 créations")]
    public void A_figure_whose_compound_noun_a_forecast_participle_follows_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "They sold 300 cars to dealers expected to reopen next week.", "300 cars")]
    [InlineData("en", "Prices rose 0.4 percent, below the 0.6 percent price increase forecast by economists.", "0.4 percent")]
    [InlineData("fr", "Le club a vendu 300 maillots aux supporters attendus samedi.", "300 maillots")]
    [InlineData("fr", "L'économie a créé 120 000 emplois, loin des 150 000 créations nettes attendues.", "120 000 emplois")]
    public void A_participle_past_a_preposition_or_of_another_figure_does_not_hedge_it(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
