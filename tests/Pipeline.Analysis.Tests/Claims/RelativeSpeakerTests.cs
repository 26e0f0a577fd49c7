using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A speaker before its verb whose words read back through another verb ("homes were destroyed in an event scientists
/// said …") is the noun phrase of a relative clause: it speaks for what follows it, not for the clause it qualifies.
/// </summary>
public sealed class RelativeSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string? SourceOf(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text == figureText).Source;

    [Theory]
    [InlineData("More than half a million homes were destroyed in an event scientists said was 500 times stronger than the quake in Haiti.", "500 times", "scientists")]
    [InlineData("Two bridges were damaged in a blast the army said killed 12 people.", "12 people", "the army")]
    public void The_speaker_of_a_relative_clause_is_its_own_noun_phrase(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(text, figureText));
    }

    [Theory]
    [InlineData("More than half a million homes were destroyed in an event scientists said was 500 times stronger than the quake in Haiti.", "More than half a million homes")]
    [InlineData("Two bridges were damaged in a blast the army said killed 12 people.", "Two bridges")]
    public void The_speaker_of_a_relative_clause_does_not_speak_for_the_clause_it_qualifies(string text, string figureText)
    {
        Assert.Null(SourceOf(text, figureText));
    }
}
