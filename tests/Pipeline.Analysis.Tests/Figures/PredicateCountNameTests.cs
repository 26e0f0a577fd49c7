using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "The total number of measles cases admitted to all hospitals recorded for the outbreak to date is 1,844": before a verb
/// that states how many, the number belongs to the count named as the clause's subject, however long the words after the
/// name; the verb ("totals") and the nouns a preposition governs ("to all hospitals") are not another subject.
/// </summary>
public sealed class PredicateCountNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The total number of measles cases admitted to all hospitals recorded for the outbreak to date is 1,844.", 1844, "measles case")]
    [InlineData("en", "The number of civilians killed since the start of the air campaign in 2014 totals 199, the statement added.", 199, "civilian")]
    [InlineData("en", "Total rejected ballots standing at 313,397 were set aside.", 313397, "ballot")]
    [InlineData("fr", "Le nombre total de cas de rougeole admis dans tous les hôpitaux depuis le début de l'épidémie s'élève à 1 844.", 1844, "cas")]
    [InlineData("fr", "Le nombre de migrants secourus en mer par les navires de la marine depuis janvier s'établit à 4 300.", 4300, "migrant")]
    [InlineData("fr", "Le nombre de réfugiés arrivés en Pologne depuis le début de la guerre se chiffre à 2,1 millions.", 2100000, "réfugié")]
    public void A_count_named_as_the_subject_reaches_the_number_its_verb_states(string language, string text, double value, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Value == value);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The death toll in Sri Lanka's devastating floods and landslides reached 202 by Wednesday morning.", 202, "death")]
    [InlineData("en", "The death toll from floods and landslides in the south rose to 202 on Sunday.", 202, "death")]
    [InlineData("en", "Employment in food services and drinking places increased by 42,000 in February.", 42000, "job")]
    [InlineData("en", "Employment in hotels and restaurants increased by 42,000 in March.", 42000, "job")]
    [InlineData("fr", "Le nombre de morts dans les inondations et les glissements de terrain s'élève à 202.", 202, "mort")]
    [InlineData("fr", "Le nombre de réfugiés dans les camps et les écoles de la région a atteint 4 300.", 4300, "réfugié")]
    public void Nouns_of_the_complement_a_preposition_opens_after_the_name_are_the_names(string language, string text, double value, string lemma)
    {
        // The plural nouns between the name and its verb ("landslides", "places") are no other thing the number counts.
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Value == value);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The death toll in the villages is unknown and the hospitals have reached 12.")]
    [InlineData("fr", "Le nombre de morts dans les villages est inconnu et les hôpitaux ont atteint 12.")]
    [InlineData("en", "The death toll is unknown and rescuers searching the rubble of the villages found 12.")]
    [InlineData("en", "The number of cases is rising in the villages, where doctors counted 12.")]
    [InlineData("fr", "Le nombre de morts est inconnu et les secouristes qui fouillent les décombres ont retrouvé 12.")]
    [InlineData("fr", "Le nombre de cas augmente dans les villages, où les médecins ont compté 12.")]
    public void A_number_no_verb_of_its_count_states_keeps_the_count_away(string language, string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Value == 12);

        Assert.Null(figure.Counted);
    }

    [Fact]
    public void A_singular_subject_standing_at_a_number_is_no_count()
    {
        var figure = Assert.Single(Extractor.Extract("The index was standing at 95.", "en"));

        Assert.Null(figure.Counted);
    }
}
