using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "On day 40, 318 new cases were reported": a number after a labelled one ("day 40") is listed as another label only
/// when nothing it counts follows ("pages 9 and 10", "articles 12, 13 et 14"); followed by a plural noun, it counts it.
/// </summary>
public sealed class CountAfterLabelledNumberTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "On day 40, 318 new cases were reported by the health ministry.", 318, "case")]
    [InlineData("en", "By day 20, 150 patients had been discharged from the hospital.", 150, "patient")]
    [InlineData("fr", "Au jour 40, 318 nouveaux cas ont été signalés par le ministère.", 318, "cas")]
    [InlineData("fr", "Au jour 12, 45 patients étaient sortis de l'hôpital.", 45, "patient")]
    public void A_number_that_counts_a_plural_noun_after_a_labelled_one_is_a_figure(string language, string text, double value, string counted)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value);
        Assert.Equal(counted, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "See pages 9 and 10 of the report, which the agency published on Monday.")]
    [InlineData("en", "Articles 12, 13 and 14 of the charter apply to every member.")]
    [InlineData("fr", "Les articles 12, 13 et 14 des statuts sont modifiés par le conseil.")]
    [InlineData("fr", "Voir les pages 9 et 10 du rapport publié lundi par l'agence.")]
    public void Numbers_listed_after_a_labelled_one_stay_labels(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }
}
