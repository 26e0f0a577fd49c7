using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "As announced, …", "Comme annoncé, …": a figure in a clause that says it was announced, by no one named, is reported
/// with no source (tools/news-set-press/README.md: a passive "was reported to be" with no agent is reported, source null).
/// </summary>
public sealed class UnattributedReportTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("en", "As declared, the voters' turnout was 87 percent.", "87 percent")]
    [InlineData("en", "As announced on Monday, the budget reaches $3 billion.", "$3 billion")]
    [InlineData("en", "As reported earlier, 40 people were killed in the blast.", "40 people")]
    [InlineData("fr", "Comme annoncé, le budget atteint 3 milliards d'euros.", "3 milliards d'euros")]
    [InlineData("fr", "Comme indiqué lundi, 40 personnes ont été tuées dans l'explosion.", "40 personnes")]
    [InlineData("fr", "Comme rapporté la veille, le taux de participation atteint 87 %.", "87 %")]
    public void A_figure_said_to_have_been_announced_by_no_one_named_is_reported_with_no_source(string language, string text, string figureText)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }
}
