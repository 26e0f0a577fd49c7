using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Eight more flu deaths were reported. That brings the total to 159": a total with no noun of its own sums what was
/// counted before it, in its sentence or the one before, not further; a total that a noun follows counts that noun.
/// </summary>
public sealed class TotalCountNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The agency confirmed eight more pediatric flu deaths this week. That brings the total to 159 this season.", "flu death")]
    [InlineData("en", "Employers announced roughly 153,000 job cuts in October. The 2025 total rose to 1.17 million.", "job cut")]
    [InlineData("en", "Officials have reported 301 measles cases across the U.S. so far this year, surpassing the 2024 total of 285.", "measles case")]
    [InlineData("en", "Rescuers pulled 12 survivors from the rubble on Monday. By Wednesday the total had reached 40.", "survivor")]
    [InlineData("fr", "Les autorités ont confirmé huit décès de plus cette semaine. Cela porte le total à 159 depuis octobre.", "décès")]
    [InlineData("fr", "Les secours ont sorti 12 survivants des décombres lundi. Mercredi, le total atteignait 40.", "survivant")]
    [InlineData("fr", "Les entreprises ont annoncé 15 000 suppressions de postes en octobre. Sur l'année, le total s'élève à 61 000.", "suppression")]
    public void A_total_with_no_noun_counts_what_was_counted_before_it(string language, string text, string counted)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(2, figures.Count);
        Assert.Equal(counted, figures[1].Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The agency confirmed eight more flu deaths this week. The weather stayed mild. The total rose to 159.")]
    [InlineData("fr", "Les autorités ont confirmé huit décès de plus cette semaine. La météo est restée clémente. Le total atteint 159.")]
    public void A_total_reaches_no_further_than_the_sentence_before(string language, string text)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Null(figures[^1].Counted);
    }

    [Theory]
    [InlineData("en", "The agency confirmed eight more flu deaths this week. Total hospital admissions rose to 159.", "hospital admission")]
    [InlineData("fr", "Les autorités ont confirmé huit décès de plus cette semaine. Au total, 159 maisons ont été détruites.", "maison")]
    [InlineData("en", "The club played at its 99,354-capacity home. United followed with a total attendance of 1.43 million.", null)]
    [InlineData("fr", "Le stade compte 99 354 places. Le total des entrées a atteint 1,43 million.", "entrée")]
    [InlineData("fr", "Le club a vendu 12 000 abonnements. Le total d'entrées s'élève à 1,43 million.", "entrée")]
    public void A_total_a_noun_follows_counts_that_noun(string language, string text, string? counted)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(counted, figures[^1].Counted?.Lemma);
    }
}
