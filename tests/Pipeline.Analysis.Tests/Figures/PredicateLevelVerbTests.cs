using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Confirmed measles cases have swelled to 483", "Les inscrits reculent à 3 212 400": a verb that brings its plural subject
/// up or down to a level states how many the subject are, as "rose to" does; a singular subject stays no count.
/// </summary>
public sealed class PredicateLevelVerbTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Confirmed measles cases have swelled to 483 for the year.", "measles case")]
    [InlineData("en", "Weekly jobless claims slid to 191,000 last week.", "claim")]
    [InlineData("en", "Border arrests plunged to 8,000 in February.", "border arrest")]
    [InlineData("en", "Hospital admissions soared to 2,700 over the holidays.", "hospital admission")]
    [InlineData("fr", "Les inscrits reculent à 3 212 400 au deuxième trimestre.", "inscrit")]
    [InlineData("fr", "Les passages aux urgences sont tombés à 3 502 cette semaine.", "passage")]
    [InlineData("fr", "Les radiations ont chuté à 2 000 par mois.", "radiation")]
    [InlineData("fr", "Les hospitalisations ont grimpé à 2 700 pendant les fêtes.", "hospitalisation")]
    public void A_verb_that_brings_its_subject_to_a_level_counts_the_subject(string language, string text, string counted)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(counted, Assert.Single(figures).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The unemployment rate dipped to 4.1 percent.")]
    [InlineData("en", "His weight plunged to 70 last year.")]
    [InlineData("fr", "Son poids est tombé à 70 l'an dernier.")]
    [InlineData("fr", "La production recule à 29,7 millions de tonnes.")]
    public void A_singular_subject_or_a_measured_number_counts_no_subject(string language, string text)
    {
        var figures = Extractor.Extract(text, language);

        Assert.DoesNotContain(figures, f => f.Counted?.Lemma is "rate" or "weight" or "poids" or "production");
    }
}
