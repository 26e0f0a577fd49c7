using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "North Sumatra, the disaster agency said, recorded 166 deaths": an attribution set between commas after the clause's
/// subject speaks for the clause, even when the clause's own verb reports ("recorded", "has registered"); the subject
/// before the aside is what the count is about, not who says it.
/// </summary>
public sealed class AttributionAsideTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("North Sumatra, the disaster agency said, recorded 166 deaths.", "166", "the disaster agency")]
    [InlineData("Indonesia, the ministry said, has recorded 1,200 cases.", "1,200", "the ministry")]
    [InlineData("Kerala, officials said, recorded 300 new infections.", "300", "officials")]
    public void An_attribution_aside_names_the_speaker_of_a_reporting_clause(string text, string figure, string source)
    {
        var claim = ClaimOf(text, "en", figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("en", "The ministry, which said it was overwhelmed, recorded 166 deaths.", "166", "The ministry")]
    [InlineData("en", "Kenya's health ministry, citing hospital data, recorded 40 new cases.", "40", "Kenya's health ministry")]
    [InlineData("en", "The ministry said Monday it had recorded 40 new cases.", "40", "The ministry")]
    [InlineData("en", "The province, officials said, has recorded 300 new infections.", "300", "officials")]
    [InlineData("fr", "Le ministère, qui se dit débordé, a enregistré 166 morts.", "166", "Le ministère")]
    public void Other_asides_leave_the_subject_the_speaker(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimOf(text, language, figure).Source);
    }
}
