using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "the Ministry of Health indicated that": "indicated" reports what its speaker says, and ends the speaker's name
/// ("statistics from Ministry of Health indicated" names "Ministry of Health", not "… indicated"). The present, said of
/// data with no author ("the provisional results indicate that"), and "as indicated in the table" attribute nothing.
/// Sentences written for these tests.
/// </summary>
public sealed class IndicatedTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Statistics from Ministry of Health indicated that 300 cases were recorded.", "300", "Ministry of Health")]
    [InlineData("The ministry has indicated that 300 cases were recorded.", "300", "The ministry")]
    [InlineData("Police indicated on Monday that 12 people had been arrested.", "12", "Police")]
    public void Indicated_reports_its_speaker(string text, string figure, string source)
    {
        var claim = ClaimOf(text, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("As indicated in the table, 300 cases were recorded.", "300")]
    [InlineData("The provisional results indicate that the party has secured 269 seats.", "269")]
    public void Indicated_with_no_speaker_attributes_nothing(string text, string figure)
    {
        Assert.Null(ClaimOf(text, figure).Source);
    }
}
