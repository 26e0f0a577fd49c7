using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "The minister, who predicted 300 new jobs, has hired 120 people": a reporting verb in a relative clause set between
/// commas on the speaker's name speaks for that clause alone; a figure of the main clause after its closing comma is the
/// article's, unless the main verb reports too ("…, added that 3 shelters had opened").
/// </summary>
public sealed class ClosedRelativeSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze("Report\n\n" + text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "The minister, who predicted 300 new jobs, has hired 120 people.", "120 people")]
    [InlineData("en", "The agency, which announced 40 new cases on Monday, has opened 12 clinics.", "12 clinics")]
    [InlineData("en", "The mayor, who said 200 homes were damaged, visited 3 shelters.", "3 shelters")]
    [InlineData("fr", "Le maire, qui a annoncé 200 maisons endommagées, a visité 3 refuges.", "3 refuges")]
    public void The_main_clause_after_the_relative_is_the_article_s(string language, string text, string figure)
    {
        var claim = ClaimFor(language, text, figure);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("en", "The mayor, who said 200 homes were damaged, visited 3 shelters.", "200 homes", "The mayor")]
    [InlineData("en", "The governor, who visited the area, said 200 homes were damaged.", "200 homes", "The governor")]
    [InlineData("en", "The governor, who said 200 homes were damaged, added that 3 shelters had opened.", "3 shelters", "The governor")]
    [InlineData("fr", "Le maire, qui a annoncé 200 maisons endommagées, a visité 3 refuges.", "200 maisons", "Le maire")]
    public void The_relative_clause_and_a_reporting_main_verb_keep_their_speaker(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figure).Source);
    }
}
