using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// After an inverted verb, a lone lowercase word in its singular that is also an adjective, with no determiner, is a
/// colour or a quality (", indique orange pour la pluie", a weather warning's level), not a speaker; a bare plural
/// (", indiquent pompiers et gendarmes", ", said officials"), a listed speaker (", said police") and a capitalised name
/// (", a indiqué Orange") still speak.
/// </summary>
public sealed class BareAdjectiveSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Douze départements sont placés en vigilance, indique orange pour la pluie.", "Douze départements")]
    [InlineData("fr", "Douze départements sont en vigilance jaune pour les orages, précise orange pour les crues.", "Douze départements")]
    [InlineData("en", "Five counties are under a warning, says orange for the rain.", "Five counties")]
    public void A_bare_adjective_after_the_verb_names_nobody(string language, string text, string figure)
    {
        Assert.Null(ClaimFor(text, language, figure).Source);
    }

    [Theory]
    [InlineData("fr", "Huit communes sont touchées, indiquent pompiers et gendarmes.", "Huit communes", "pompiers et gendarmes")]
    [InlineData("fr", "Douze personnes ont été blessées, a indiqué Orange dans un communiqué.", "Douze personnes", "Orange")]
    [InlineData("en", "Twelve people died in the floods, said police.", "Twelve people", "police")]
    [InlineData("en", "Twelve other people died in the storm, said officials.", "Twelve other people", "officials")]
    [InlineData("en", "Thirty people were hurt in the blast, said resident John Smith.", "Thirty people", "resident John Smith")]
    public void A_bare_plural_a_listed_speaker_or_a_name_still_speaks(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor(text, language, figure).Source);
    }
}
