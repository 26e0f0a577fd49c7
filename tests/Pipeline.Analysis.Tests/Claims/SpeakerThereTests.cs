using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "a health ministry official there said": "there" says where the speaker is, between its name and its verb, and is no
/// part of the name (as "sur place" is none of "un responsable … sur place").
/// </summary>
public sealed class SpeakerThereTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "At least 40 people died, a health ministry official there said.", "40", "a health ministry official")]
    [InlineData("en", "A health ministry official there said at least 40 people died.", "40", "A health ministry official")]
    [InlineData("en", "Officials there said 300 homes were destroyed.", "300", "Officials")]
    [InlineData("en", "\"We counted 12 bodies,\" a police officer there told Reuters.", "12", "a police officer")]
    [InlineData("fr", "Au moins 40 personnes sont mortes, a indiqué un responsable du ministère de la Santé sur place.", "40", "un responsable du ministère de la Santé")]
    public void There_after_the_speaker_is_no_part_of_its_name(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("There were 300 deaths, the ministry said.", "300", "the ministry")]
    [InlineData("The hospital there received 40 wounded, a doctor said.", "40", "a doctor")]
    public void There_elsewhere_changes_nothing(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimOf(text, "en", figure).Source);
    }
}
