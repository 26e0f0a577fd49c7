using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A count's name whose noun is described by one word before its complement ("le nombre de chômeurs inscrits en catégorie
/// A s'établit à 3,021 millions", "the number of workers employed in the steel industries reached 1.2 million") still names
/// what the number after the verb counts. Each row was read by hand.
/// </summary>
public sealed class DescribedCountNameTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("fr", "Au troisième trimestre, le nombre de chômeurs inscrits à France Travail en catégorie A s'établit à 3,021 millions.", "3,021", "chômeur")]
    [InlineData("fr", "Le nombre de chômeurs inscrits en catégorie B a atteint 3,1 millions.", "3,1", "chômeur")]
    [InlineData("fr", "Le nombre de réfugiés arrivés en Pologne depuis le début de la guerre a atteint 2,1 millions.", "2,1", "réfugié")]
    [InlineData("en", "The number of workers employed in the steel mills of the Midwest reached 1.2 million.", "1.2", "worker")]
    public void A_count_name_described_before_its_complement_names_what_is_counted(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "Le nombre de morts reste inconnu et les secouristes ont retrouvé 12 survivants.", "12", "survivant")]
    [InlineData("en", "The number of deaths remains unknown and rescuers found 12 survivors.", "12", "survivor")]
    public void A_number_with_its_own_noun_keeps_it(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }
}
