using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// People trapped or buried under a collapse are missing (the twelfth set: "several dozen people were trapped under the
/// rubble" is `casualties:missing`; the eleventh set: "23 people were buried alive"); people trapped elsewhere, or buried
/// in a cemetery, are not. Each row was written by hand from the guidelines.
/// </summary>
public sealed class TrappedUnderRubbleTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Officials said hundreds of civilians are buried under the debris.", "hundreds of civilians")]
    [InlineData("en", "Rescuers said 40 people were trapped under the rubble.", "40 people")]
    [InlineData("en", "Officials said 23 people were buried alive.", "23 people")]
    [InlineData("fr", "Selon les secours, 12 personnes sont ensevelies sous les décombres.", "12 personnes")]
    [InlineData("fr", "Au moins 30 habitants restent coincés sous les décombres.", "Au moins 30 habitants")]
    public void People_trapped_under_a_collapse_are_missing(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, "missing", FigureCategory.Casualties), (figure.Text, figure.Unit, figure.Category));
    }

    [Theory]
    [InlineData("en", "Officials said 40 people were trapped in a lift for an hour.", "40 people")]
    [InlineData("en", "Officials said 12 soldiers were buried in the military cemetery.", "12 soldiers")]
    [InlineData("fr", "Selon les pompiers, 40 personnes sont coincées dans un ascenseur.", "40 personnes")]
    public void People_trapped_or_buried_elsewhere_are_not_missing(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.NotEqual(FigureCategory.Casualties, figure.Category);
    }
}
