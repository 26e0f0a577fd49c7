using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "le logement neuf", "le marché du neuf": French "neuf" is nine, or new after the noun it describes; as an adjective it
/// is no figure, while a count of a plural noun, a number standing for an elided noun or a date keeps it a number.
/// </summary>
public sealed class AdjectiveNumeralTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Le logement neuf traverse l'une des crises les plus profondes de son histoire.")]
    [InlineData("Le marché du neuf atteint un niveau plancher.")]
    [InlineData("En Île-de-France, le neuf résiste mieux que l'ancien.")]
    [InlineData("La dynamique reste préoccupante pour l'immobilier neuf.")]
    [InlineData("Logement neuf : les ventes s'effondrent à la rentrée.")]
    [InlineData("Il a acheté un véhicule neuf au salon.")]
    public void Neuf_after_its_noun_or_a_singular_article_is_no_figure(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Theory]
    [InlineData("Il a acheté neuf voitures d'occasion.", 9)]
    [InlineData("Dix maisons ont été détruites au Nangarhar (est), neuf dans le Badakhshan.", 9)]
    [InlineData("Il en reste neuf.", 9)]
    [InlineData("Ils étaient neuf à table.", 9)]
    [InlineData("Le bilan compte neuf morts.", 9)]
    [InlineData("Le taux atteint neuf % à Paris.", 9)]
    [InlineData("Quarante-neuf parcelles ont été vendues.", 49)]
    public void Neuf_that_counts_stays_a_number(string text, double value)
    {
        Assert.Contains(Extractor.Extract(text, "fr"), f => f.Value == value);
    }
}
