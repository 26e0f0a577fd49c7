using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A prefecture or a governorate speaks for its region as a ministry does for its country ("said the prefecture", "a
/// indiqué la préfecture"); as a place where something happened ("in Gifu prefecture") it names nobody.
/// </summary>
public sealed class RegionalAuthorityTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "More than 300 people were evacuated, said the prefecture.", "300", "the prefecture")]
    [InlineData("en", "The prefecture said 40 homes were flooded.", "40 homes", "The prefecture")]
    [InlineData("en", "The governorate said 15 people died in the floods.", "15 people", "The governorate")]
    [InlineData("en", "Some 80 roads were closed, the governorate said on Monday.", "80 roads", "the governorate")]
    [InlineData("fr", "Plus de 300 personnes ont été évacuées, a indiqué la préfecture.", "300", "la préfecture")]
    [InlineData("fr", "La préfecture a annoncé que 40 maisons ont été inondées.", "40 maisons", "La préfecture")]
    public void A_regional_authority_reports_a_figure(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(language, text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("At least 20 people died in Gifu prefecture, officials said.", "20 people", "officials")]
    [InlineData("Police in Kumamoto prefecture said 12 people were injured.", "12 people", "Police in Kumamoto prefecture")]
    [InlineData("Rain fell on 14 prefectures, the weather agency said.", "14 prefectures", "the weather agency")]
    public void A_prefecture_named_as_a_place_leaves_the_speaker_as_it_was(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor("en", text, figure).Source);
    }

    [Theory]
    [InlineData("About 9 prefectures issued warnings on Monday.", "9 prefectures")]
    [InlineData("Floods damaged 300 homes in 12 governorates.", "300 homes")]
    public void A_counted_prefecture_is_no_speaker(string text, string figure)
    {
        Assert.Null(ClaimFor("en", text, figure).Source);
    }
}
