using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// An aside set between dashes: a dash set apart closes a speaker's name read before it ("selon l'Insee | – reste
/// stable"), unless a name goes on after it ("Task Force - Opération Barkhane"); and a speaker inside the dashes speaks for
/// the aside, not for the clause that goes on after the closing dash ("L'indice – hors TVA, précise l'OFS – a progressé de
/// 0,1 %": the article's).
/// </summary>
public sealed class DashedAsideSourceTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Le taux de chômage - 7,3 %, selon l'Insee - reste stable.", "7,3 %", "l'Insee")]
    [InlineData("fr", "Selon le ministère - qui publie ses chiffres chaque lundi -, 40 personnes sont mortes.", "40", "le ministère")]
    [InlineData("en", "The jobless rate - 7.3%, according to the statistics office - held steady.", "7.3%", "the statistics office")]
    public void A_dash_closes_the_name_read_before_it(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimOf(text, language, figure).Source);
    }

    [Theory]
    [InlineData("fr", "L'indice des prix à la production - hors impôts sur la consommation et TVA, précise l'OFS - a progressé de 0,1 % sur un mois.", "0,1 %")]
    [InlineData("fr", "Les prix – hors énergie, souligne l'institut – ont augmenté de 2,4 % sur un an.", "2,4 %")]
    [InlineData("en", "Producer prices - excluding taxes, the statistics office noted - rose 0.1% over the month.", "0.1%")]
    public void A_speaker_inside_dashes_speaks_for_the_aside_alone(string language, string text, string figure)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((null, ClaimModality.Asserted), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("fr", "Le taux a progressé de 0,3 %, selon la Task Force - Opération Barkhane.", "0,3 %", "la Task Force - Opération Barkhane")]
    [InlineData("fr", "Les prix ont augmenté de 2,4 % sur un an – hors énergie –, selon l'Insee.", "2,4 %", "l'Insee")]
    [InlineData("en", "The coalition struck 40 targets, the Combined Joint Task Force - Operation Inherent Resolve said.", "40", "the Combined Joint Task Force - Operation Inherent Resolve")]
    public void A_name_that_goes_on_past_the_dash_or_a_speaker_outside_it_keeps_the_figure(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimOf(text, language, figure).Source);
    }
}
