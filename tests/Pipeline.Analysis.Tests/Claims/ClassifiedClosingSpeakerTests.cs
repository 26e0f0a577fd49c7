using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "Officials said 40 people were missing, state broadcaster CCTV reported": the outer speaker closing the sentence after
/// a comma is the source (the guidelines' nested attributions), also when the noun of its kind stands before its name
/// ("state broadcaster", "news agency"), which is no part of the name.
/// </summary>
public sealed class ClassifiedClosingSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "Officials said 40 people were missing, state broadcaster CCTV reported.", "40 people", "CCTV")]
    [InlineData("en", "Local officials said 45 people were missing, news agency Xinhua reported.", "45 people", "Xinhua")]
    [InlineData("en", "Police said 12 people were injured, public broadcaster NHK reported on Friday.", "12 people", "NHK")]
    [InlineData("en", "The army said it had killed 30 fighters, the state news agency SANA reported.", "30 fighters", "SANA")]
    [InlineData("fr", "Les autorités ont dit que 40 personnes étaient portées disparues, a rapporté la chaîne publique CCTV.", "40 personnes", "la chaîne publique CCTV")]
    public void A_closing_speaker_after_its_kind_is_the_outer_source(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(language, "Quake\n\n" + text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Officials said 40 people were missing, and the broadcaster CCTV aired the rescue.", "40 people", "Officials")]
    [InlineData("Officials said 40 people were missing, while state broadcaster CCTV said 12 were found.", "40 people", "Officials")]
    public void A_closing_clause_with_a_verb_of_its_own_leaves_the_inner_speaker(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor("en", "Quake\n\n" + text, figure).Source);
    }
}
