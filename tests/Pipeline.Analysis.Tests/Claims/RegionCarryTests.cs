using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A region of operations named earlier is inherited by a claim of the same holder, never by the other side's.</summary>
public sealed class RegionCarryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData(
        "Russia has massed 50,000 troops in the Kursk region, U.S. officials said. Ukraine has lost 300 tanks since the start of the war. Russian forces have retaken 40 villages.",
        "en",
        "300 tanks",
        "40 villages",
        "Kursk")]
    [InlineData(
        "La Russie a massé 50 000 soldats dans la région de Koursk, selon des responsables américains. L'Ukraine a perdu 300 chars depuis le début de la guerre. Les forces russes ont repris 40 villages.",
        "fr",
        "300 chars",
        "40 villages",
        "Koursk")]
    public void A_region_where_one_side_acts_is_not_inherited_by_the_other_side(
        string text, string language, string otherSide, string sameSide, string region)
    {
        Assert.Null(ClaimFor(text, language, otherSide).Location);
        Assert.Equal(region, ClaimFor(text, language, sameSide).Location);
    }

    [Theory]
    [InlineData("Fighting continues in the Donetsk region. Ukrainian forces have retaken 3 villages.", "en", "3 villages", "Donetsk")]
    [InlineData("Les combats se poursuivent dans la région de Donetsk. Les forces ukrainiennes ont repris 3 villages.", "fr", "3 villages", "Donetsk")]
    public void A_region_named_about_no_holder_is_inherited_by_any(string text, string language, string figureText, string region)
    {
        Assert.Equal(region, ClaimFor(text, language, figureText).Location);
    }
}
