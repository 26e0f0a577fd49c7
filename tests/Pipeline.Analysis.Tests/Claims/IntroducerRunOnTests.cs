using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "According to police nearly 40 people were arrested": with no comma after "according to"/"selon" and its source, the
/// source ends where the figure starts, before a word that plays the figure down ("ECP spokesperson | only eight",
/// "official figures | just 300"), which belongs to the figure.
/// </summary>
public sealed class IntroducerRunOnTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze("Report\n\n" + text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "According to ECP spokesperson only eight candidates were disqualified.", "eight candidates", "ECP spokesperson")]
    [InlineData("en", "According to police nearly 40 people were arrested.", "40 people", "police")]
    [InlineData("en", "According to official figures just 300 homes were rebuilt.", "300 homes", "official figures")]
    [InlineData("en", "According to the fire service barely 12 buildings survived.", "12 buildings", "the fire service")]
    [InlineData("fr", "Selon le porte-parole seulement huit candidats ont été écartés.", "huit candidats", "le porte-parole")]
    public void The_source_ends_where_the_figure_starts(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(language, text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("en", "According to the ECP spokesperson, only eight candidates were disqualified.", "eight candidates", "the ECP spokesperson")]
    [InlineData("en", "According to the health ministry 1,200 cases were recorded last week.", "1,200 cases", "the health ministry")]
    [InlineData("fr", "Selon le ministère de la Santé 1 200 cas ont été recensés.", "1 200 cas", "le ministère de la Santé")]
    public void A_source_that_ends_before_the_figure_keeps_its_words(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figure).Source);
    }
}
