using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A conditional does not reach over a cause or a concession to the figure inside it: the cause is stated as fact, or as
/// firmly as its own speaker says it (tools/news-set/README.md, "hedged"; the press set's "a named source that estimates
/// is reporting").
/// </summary>
public sealed class HedgeBarrierTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Le vol pourrait être annulé parce que 40 pilotes sont en grève.", "40 pilotes", ClaimModality.Asserted)]
    [InlineData("Le match serait reporté en raison de 12 blessés dans l'équipe.", "12 blessés", ClaimModality.Asserted)]
    [InlineData("La récolte pourrait être mauvaise, bien que 300 hectares aient été irrigués.", "300 hectares", ClaimModality.Asserted)]
    [InlineData("L'étoile serait jeune, puisque les astronomes estiment qu'elle est née il y a 17 millions d'années.", "17 millions d'années", ClaimModality.Reported)]
    public void A_conditional_does_not_reach_into_a_cause_or_a_concession(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(text, figureText).Modality);
    }
}
