using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Of that, 1,717 (93%) patients": a share in brackets between a count and its noun leaves the noun the count's, and
/// stays a figure of its own.
/// </summary>
public sealed class BracketedShareTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Of that, 1,717 (93%) patients were hospitalized.", "1,717", "patient", "93%")]
    [InlineData("en", "Some 412 (12 percent) respondents said no.", "Some 412", "respondent", "12 percent")]
    [InlineData("en", "The party won 120 (40%) seats in the chamber.", "120", "seat", "40%")]
    [InlineData("fr", "Sur ces malades, dont 1 717 (93 %) patients hospitalisés, peu sont sortis.", "1 717", "patient", "93 %")]
    [InlineData("fr", "Le parti a obtenu 120 (40 %) sièges à l'Assemblée.", "120", "siège", "40 %")]
    [InlineData("fr", "Au total, 3 200 (18,5 %) électeurs ont voté blanc.", "3 200", "électeur", "18,5 %")]
    public void A_bracketed_share_leaves_the_noun_to_the_count(string language, string text, string span, string lemma, string share)
    {
        var figures = Extractor.Extract(text, language);

        var count = Assert.Single(figures, f => f.Text == span);
        Assert.Equal(lemma, count.Counted?.Lemma);
        Assert.Single(figures, f => f.Text == share && f.Category == FigureCategory.Percentage);
    }

    [Theory]
    [InlineData("en", "The region had 1,200 (see below) cases.", "1,200")]
    [InlineData("fr", "Les autorités ont recensé 1 200 (voir ci-dessous) cas.", "1 200")]
    [InlineData("en", "Prices rose 4% (up from 3%) in May.", "4%")]
    public void A_bracket_holding_words_is_no_share_to_step_over(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.NotEqual("case", figure.Counted?.Lemma);
        Assert.NotEqual("cas", figure.Counted?.Lemma);
    }
}
