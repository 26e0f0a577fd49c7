using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The whole a part is taken from is counted as a fact, whatever the clause says of the part (the press set's "Eighteen of
/// the 31 NATO member states are expected to…": 31 is not hedged), whether the whole follows the part ("up to 36 people,
/// out of 81 suspected cases") or is named before it ("De ces 35 maisons, 25 seraient habitées").
/// </summary>
public sealed class PartitiveWholeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The virus may have killed up to 36 people, out of 81 suspected cases.", "81 suspected cases")]
    [InlineData("en", "Perhaps 20 patients, out of 300 tested, could carry the strain.", "300")]
    [InlineData("fr", "De ces 35 maisons, 25 seraient habitées à l'année.", "35 maisons")]
    [InlineData("fr", "Parmi les 40 blessés, 10 seraient dans un état grave.", "40 blessés")]
    [InlineData("fr", "Sur ces 300 candidats, 120 pourraient être retenus.", "300 candidats")]
    public void The_whole_a_hedged_part_is_taken_from_is_asserted(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The virus may have killed up to 36 people, out of 81 suspected cases.", "up to 36 people")]
    [InlineData("en", "Up to 36 people may have died.", "Up to 36 people")]
    [InlineData("fr", "De ces 35 maisons, 25 seraient habitées à l'année.", "25")]
    [InlineData("fr", "Parmi les 40 blessés, 10 seraient dans un état grave.", "10")]
    [InlineData("fr", "Près de 40 maisons seraient habitées à l'année.", "Près de 40 maisons")]
    public void The_hedged_part_stays_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
