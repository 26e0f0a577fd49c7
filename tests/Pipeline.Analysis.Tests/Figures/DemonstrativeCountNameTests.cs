using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Le nombre de chômeurs s'établit à 3,021 millions. […] ce chiffre atteint 5,4 millions": a count name with no noun of its
/// own, after a demonstrative, points back to what the sentence before counted, not further.
/// </summary>
public sealed class DemonstrativeCountNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Le nombre de chômeurs s'établit à 3,021 millions. En comptant les catégories B et C, ce chiffre atteint 5,4 millions.", "chômeur")]
    [InlineData("fr", "Au total, 120 000 logements ont été vendus. Hors Île-de-France, ce nombre tombe à 80 000.", "logement")]
    [InlineData("fr", "Le pays a accueilli 40 000 réfugiés en mars. En avril, ce chiffre a atteint 55 000.", "réfugié")]
    [InlineData("en", "The agency counted 2.1 million unemployed people in March. Including part-time workers, this figure reached 3.4 million.", "people")]
    [InlineData("en", "Officials recorded 1,250 measles cases last year. In the first half of this year, that number rose to 1,900.", "measles case")]
    public void A_demonstrative_count_name_counts_what_the_sentence_before_counted(string language, string text, string counted)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(2, figures.Count);
        Assert.Equal(counted, figures[1].Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "Le nombre de chômeurs s'établit à 3,021 millions. La météo est restée clémente. Ce chiffre atteint 5,4 millions.")]
    [InlineData("en", "Officials recorded 1,250 measles cases last year. The weather stayed mild. That number rose to 1,900.")]
    public void A_demonstrative_reaches_no_further_than_the_sentence_before(string language, string text)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Null(figures[^1].Counted);
    }
}
