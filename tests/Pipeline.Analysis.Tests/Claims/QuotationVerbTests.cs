using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A verb that reports only a quotation ("…,” the official informed.") covers the quotation before it.</summary>
public sealed class QuotationVerbTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("“At least seven meetings were held this year,” the official informed.", "At least seven meetings", "the official")]
    [InlineData("\"We have counted 40 deaths,\" the ministry informed on Monday.", "40 deaths", "the ministry")]
    [InlineData("\"Some 300 homes were destroyed,\" police informed reporters.", "Some 300 homes", "police")]
    public void A_quotation_before_informed_is_reported_by_its_speaker(string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }
}
