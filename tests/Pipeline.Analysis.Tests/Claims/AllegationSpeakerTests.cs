using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// Police and prosecutors who allege what a charge rests on report it ("Police allege he was carrying 93 kilograms":
/// reported by "Police", tools/news-set/README.md, "reported": attributed to a source), while "alleged" before a noun says
/// what the thing is said to be and names no one.
/// </summary>
public sealed class AllegationSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Police allege the man was carrying 93 kilograms of cannabis.", "93 kilograms", "Police")]
    [InlineData("Prosecutors allege that the couple took $2.4 million from the charity.", "$2.4 million", "Prosecutors")]
    [InlineData("The criminal complaint alleges he sold 300 grams of fentanyl.", "300 grams", "The criminal complaint")]
    [InlineData("Police say they saw bags in the car. They allege a search of the vehicle turned up 44 kilograms of marijuana.", "44 kilograms", "Police")]
    public void Who_alleges_a_figure_reports_it(string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("The alleged $2 million fraud went unnoticed for years.", "$2 million")]
    [InlineData("The alleged victims, 12 children, were taken to hospital.", "12 children")]
    public void An_alleged_thing_names_no_speaker(string text, string figure)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Null(claim.Source);
    }
}
