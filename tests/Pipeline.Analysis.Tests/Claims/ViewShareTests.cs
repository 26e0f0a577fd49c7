using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A share that holds a view (the subject of a verb of opinion or expectation) counts respondents, however the view looks
/// ahead, and so does a share set beside it by a comparison or in a list that repeats the view with its verb left out;
/// a forecast value the view gives, and a figure compared with that value, stay forecasts. Sentences are constructed,
/// not taken from any evaluation set.
/// </summary>
public sealed class ViewShareTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Les dirigeants sont optimistes sur les perspectives de croissance : 66 % anticipent une amélioration, contre 61 % au niveau international.", "fr", "61 %")]
    [InlineData("Interrogés sur le chômage, 65 % estiment qu'il augmentera l'année prochaine, 19 % pensent qu'il va rester au même niveau.", "fr", "19 %")]
    [InlineData("Interrogés sur le chômage, 65 % estiment qu'il augmentera l'année prochaine (dont 28 % de beaucoup).", "fr", "28 %")]
    [InlineData("Sur l'inflation, 70 % des ménages pensent qu'elle va augmenter, 20 % seulement qu'elle baissera et 5 % qu'elle va nettement reculer.", "fr", "20 %")]
    [InlineData("Sur l'inflation, 70 % des ménages pensent qu'elle va augmenter, 20 % seulement qu'elle baissera et 5 % qu'elle va nettement reculer.", "fr", "5 %")]
    [InlineData("In the survey, 66% of executives expect business conditions to improve, compared with 61% in March.", "en", "66%")]
    [InlineData("Asked about prices, 70% of households expect inflation to rise, and 12% that it will fall.", "en", "70%")]
    [InlineData("Asked about prices, 70% of households expect inflation to rise, and 12% that it will fall.", "en", "12%")]
    [InlineData("About 40% believe the recession will end in 2026, against 35% in the previous survey.", "en", "35%")]
    public void A_share_that_holds_a_view_is_not_hedged(string text, string language, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("Sur la croissance, 65 % anticipent une hausse de 3 % l'an prochain, contre 2 % cette année.", "fr", "3 %")]
    [InlineData("L'Insee prévoit une croissance de 1,1 %, contre 1,2 % dans sa précédente note.", "fr", "1,2 %")]
    [InlineData("La croissance devrait atteindre 1,2 % cette année, et 1,5 % l'an prochain.", "fr", "1,5 %")]
    [InlineData("Most economists expect growth of 2.5% next year, compared with 2.1% in the previous survey.", "en", "2.1%")]
    [InlineData("Growth is expected to reach 2 percent this year, and 3 percent in 2026.", "en", "3 percent")]
    [InlineData("Sur le déficit, 60 % des économistes prévoient une dérive, contre 5 milliards d'euros de recettes attendues.", "fr", "5 milliards d'euros")]
    public void A_forecast_value_stays_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }
}
