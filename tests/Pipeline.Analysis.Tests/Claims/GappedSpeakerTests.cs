using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A conjunct that leaves out the reporting verb of the one before ("Texas reported 198 cases and New Mexico 30") has its
/// own speaker, the name right before its figure, as the guidelines read each state as the source of its count; in a
/// list of names before one figure ("Gujarat, Uttar Pradesh and Maharashtra one each") the first is.
/// </summary>
public sealed class GappedSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string? SourceOf(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text == figureText).Source;

    [Theory]
    [InlineData("Texas reported 198 cases and New Mexico 30.", "30", "New Mexico")]
    [InlineData("Ohio reported twelve cases and Indiana four.", "four", "Indiana")]
    [InlineData("Kenya reported 40 cases, Uganda 12 and Tanzania nine.", "12", "Uganda")]
    [InlineData("Kenya reported 40 cases, Uganda 12 and Tanzania nine.", "nine", "Tanzania")]
    [InlineData("Bavaria reported 40 deaths, followed by Hesse nine.", "nine", "Hesse")]
    public void The_name_before_a_figure_whose_reporting_verb_is_left_out_is_its_speaker(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(text, figureText));
    }
}
