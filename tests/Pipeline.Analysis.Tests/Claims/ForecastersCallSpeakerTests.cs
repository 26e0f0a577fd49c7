using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// What forecasters call for, look for or await is their forecast, said by them: "Economists had called for 200,000 jobs"
/// is hedged and its source is the economists (the press set's reading of "Economists polled by Reuters had expected").
/// Anyone else who calls for or looks for a number asks or searches: no speaker ("The UN called for $500 million").
/// </summary>
public sealed class ForecastersCallSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "Economists had called for 200,000 jobs.", "200,000", "Economists")]
    [InlineData("en", "Analysts were looking for a 0.4% rise in sales.", "0.4%", "Analysts")]
    [InlineData("en", "Economists polled by Reuters are looking for payrolls to have grown by 160,000.", "160,000", "Economists")]
    [InlineData("en", "The median forecast of 72 economists called for a 0.3% gain.", "0.3%", "economists")]
    [InlineData("fr", "Les analystes attendaient 150 000 créations d'emplois.", "150 000", "Les analystes")]
    public void Forecasters_who_call_for_a_figure_are_its_speakers(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Hedged), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("en", "The UN called for 500 million dollars in aid.", "500 million")]
    [InlineData("en", "Police are looking for 12 suspects.", "12 suspects")]
    [InlineData("en", "The union called for 300 new hires.", "300")]
    [InlineData("fr", "Les secours attendaient 300 blessés.", "300")]
    public void Others_who_call_for_a_figure_say_nothing_of_it(string language, string text, string figure)
    {
        Assert.Null(ClaimOf(text, language, figure).Source);
    }
}
