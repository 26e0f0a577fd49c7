using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>An opening quote mark typed where a closing one goes (glued to the word before it, apart from what follows)
/// closes the quotation, so the speaker after it speaks for it.</summary>
public sealed class QuoteDirectionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("« C'est une attaque. Ils sont arrivés à une quarantaine de personnes. Ils ont tiré sur les tentes« , a indiqué M. Dah.", "une quarantaine de personnes", "M. Dah")]
    [InlineData("« C'est une attaque. Ils sont arrivés à une quarantaine de personnes. Ils ont tiré sur les tentes », a indiqué M. Dah.", "une quarantaine de personnes", "M. Dah")]
    [InlineData("« C'est une attaque. Ils ont tiré sur 12 véhicules. Le bilan est lourd« , a déclaré le préfet.", "12 véhicules", "le préfet")]
    public void A_mistyped_closing_mark_closes_the_quotation(string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.StartsWith(figureText, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void An_opening_mark_glued_to_the_word_after_it_still_opens()
    {
        var claim = Assert.Single(Analyzer.Analyze("Le préfet a parlé d'une «opération» qui a fait 12 morts, selon la police.", "fr", null).Claims, c => c.Figure.Text.StartsWith("12", StringComparison.Ordinal));

        Assert.Equal("la police", claim.Source);
    }
}
