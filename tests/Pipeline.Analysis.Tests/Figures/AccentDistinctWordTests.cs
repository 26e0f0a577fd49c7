using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Words whose accents change their meaning are not the unit they fold to ("livrés" is not "livres").</summary>
public sealed class AccentDistinctWordTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Les 18 Leopard 2 livrés à l'Ukraine sont arrivés.")]
    [InlineData("Sur les 31 livrés, la moitié est en réparation.")]
    [InlineData("Les 14 chars livrées par Londres.")]
    public void A_delivered_count_is_no_money(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text, "fr"), f => f.Unit == "GBP");

    [Theory]
    [InlineData("Le billet coûte 300 livres.", 300)]
    [InlineData("Une amende de 50 LIVRES.", 50)]
    public void Pounds_are_still_money(string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));
        Assert.Equal(value, figure.Value);
        Assert.Equal("GBP", figure.Unit);
    }
}
