using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "de un point de pourcentage", "un an de prison": "un" is the numeral where an article would have elided ("d'un") or
/// where the length of time it opens is a sentence; elsewhere it stays an article.
/// </summary>
public sealed class MarkedNumeralTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("En cas de hausse des taux de un point de pourcentage, la croissance ralentirait.", "percentage point")]
    [InlineData("Le tribunal les a condamnés à un an de prison.", "year")]
    [InlineData("Le parquet avait requis un an d'emprisonnement.", "year")]
    public void A_marked_un_before_a_unit_is_one(string text, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal(1, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Il est parti en l'espace d'une semaine.")]
    [InlineData("Il a passé un an à Paris avant de rentrer.")]
    [InlineData("Il a été condamné d'un an à l'autre.")]
    public void An_unmarked_un_stays_an_article(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }
}
