using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>Who puts a count at a figure ("put the death toll at 40") reports it; putting a thing somewhere reports nothing.</summary>
public sealed class CountFrameTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.StartsWith(figureText, StringComparison.Ordinal));

    [Theory]
    [InlineData("Officials put the death toll at 40 on Monday.", "40", "Officials")]
    [InlineData("The ministry put the number of dead at 40.", "40", "The ministry")]
    [InlineData("A count by the AFP put the death toll at 40 soldiers.", "40", "the AFP")]
    [InlineData("The agency's tally put the death toll at 40 soldiers.", "40", "The agency")]
    public void Putting_a_count_at_a_figure_reports_it(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void Putting_things_somewhere_names_no_speaker()
    {
        Assert.Null(ClaimFor("The army put 14 tanks on the border.", "14 tanks").Source);
    }
}
