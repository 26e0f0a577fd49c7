using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "Zimbabwe as of Wednesday has recorded 16 cases": "as of" dates the tally between the speaker and its verb; it opens no
/// clause, so the speaker is the name before it, never the day. "as" alone still opens a clause whose speaker follows it.
/// French dates with "au" or "en date de", which open no clause, so the shape has no French counterpart.
/// </summary>
public sealed class DatingPrepositionSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figure) =>
        Assert.Single(Analyzer.Analyze("Report\n\n" + text, "en", null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Zimbabwe as of Wednesday has recorded 16 cases of the disease.", "16 cases", "Zimbabwe")]
    [InlineData("The health ministry as of Friday had confirmed 230 infections.", "230 infections", "The health ministry")]
    [InlineData("Health officials as of today have confirmed 1,203 infections.", "1,203 infections", "Health officials")]
    public void The_speaker_stands_before_as_of(string text, string figure, string source)
    {
        var claim = ClaimFor(text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("The toll rose as the ministry reported 45 deaths.", "45 deaths", "the ministry")]
    [InlineData("Markets fell when the central bank said 3 lenders had failed.", "3 lenders", "the central bank")]
    public void A_subordinator_still_opens_the_speaker_s_clause(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor(text, figure).Source);
    }
}
