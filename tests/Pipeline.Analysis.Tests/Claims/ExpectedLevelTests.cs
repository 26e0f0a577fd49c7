using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "attend une croissance de 2 %" is an expectation, hedged as English "expects growth of 2%" is (the press set's
/// "an expectation or forecast"); "attendre" also waits, so only a clause that speaks of a forecast reads it so.
/// </summary>
public sealed class ExpectedLevelTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("La Banque de France attend toujours une croissance de 2 % en 2027.", "fr", "2 %")]
    [InlineData("Le gouvernement attend une croissance de 1,2 % cette année.", "fr", "1,2 %")]
    [InlineData("Les économistes attendaient une inflation de 2,5 %.", "fr", "2,5 %")]
    [InlineData("The central bank still expects growth of 2% in 2027.", "en", "2%")]
    public void An_expected_level_of_what_forecasts_are_about_is_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("Les secours l'attendent à 300 mètres du village.", "300 mètres")]
    [InlineData("Le patient attend une greffe depuis 3 ans.", "3 ans")]
    public void Waiting_is_not_an_expectation(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(text, "fr", figureText).Modality);
    }
}
