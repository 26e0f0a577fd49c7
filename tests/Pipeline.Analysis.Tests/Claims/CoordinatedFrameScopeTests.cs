using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// Which figures a reporting frame covers: its complement and the clauses coordinated inside it, not an independent
/// clause the article states before a conjunction that opens the speaker's own clause (tools/news-set/README.md: "the
/// attribution reaches what the reporting verb governs").
/// </summary>
public sealed class CoordinatedFrameScopeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The storm flattened villages and destroyed 3,000 homes, but officials said the evacuation had saved many lives.", "3,000 homes")]
    [InlineData("en", "Fighting displaced 5,000 families in March, but the ministry says most have returned.", "5,000 families")]
    [InlineData("en", "Rebels seized 12 towns last month, yet the army says its offensive is on track.", "12 towns")]
    [InlineData("fr", "La tempête a détruit 3 000 maisons, mais les autorités ont indiqué que l'évacuation avait sauvé des vies.", "3 000 maisons")]
    [InlineData("fr", "Les crues ont isolé 40 villages du nord, et le préfet a annoncé que des convois partaient.", "40 villages")]
    [InlineData("fr", "Les rebelles ont pris 12 villes le mois dernier, mais l'armée affirme que son offensive se poursuit.", "12 villes")]
    public void A_speaker_whose_conjoined_clause_says_something_of_its_own_does_not_cover_the_clause_before(string language, string text, string figureText)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }
}
