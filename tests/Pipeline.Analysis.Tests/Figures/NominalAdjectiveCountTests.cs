using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A count's name ("the number of") followed by an adjective that no noun follows: the adjective stands for the people it
/// describes, and the number later in the clause counts them ("The number of injured rose towards 300"). A bracketed aside
/// between the name and its number ("(those jobless for 27 weeks or more)") is read past, as a dashed one is. Each row
/// was read by hand from the guidelines (tools/news-set/README.md, "What is counted").
/// </summary>
public sealed class NominalAdjectiveCountTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("The number of injured rose towards 300, with at least 23 people missing.", "300", "injured")]
    [InlineData("The number of injured, at 300, was higher than first reported.", "300", "injured")]
    [InlineData("The number of missing rose to 40 on Sunday.", "40", "missing")]
    [InlineData("The number of long-term unemployed was 1.3 million in January.", "1.3", "unemployed")]
    [InlineData("The number of long-term unemployed changed little at 1.5 million in July.", "1.5", "unemployed")]
    public void An_adjective_with_no_noun_after_a_count_name_is_what_it_counts(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The number of infected has reached 1,200.", "1,200", "infected")]
    [InlineData("en", "The number of vaccinated has passed 2 million.", "2", "vaccinated")]
    [InlineData("en", "The number of uninsured has fallen to 27 million.", "27", "uninsured")]
    [InlineData("en", "The number of missing has reached 57.", "57", "missing")]
    [InlineData("en", "The number of infected in the province has risen to 1,200.", "1,200", "infected")]
    [InlineData("en", "The number of jobless in Spain has climbed to 3.9 million.", "3.9", "jobless")]
    public void An_auxiliary_or_a_preposition_after_the_adjective_ends_its_phrase(string language, string text, string number, string lemma)
    {
        // "has" and "in" are also nouns to the word list (hectares, inches); after a count's name they open the clause's
        // verb or a complement, and the adjective before them is still what is counted. French needs no such rows of its
        // own: its word list knows "infectés", "vaccinés" as nouns (rows below, under a noun after the count name).
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The number of infected has not been published, but 1,200 tests were run.", "1,200", "test")]
    [InlineData("en", "The number of infected in the province has not been counted, but officials said 40 schools had closed.", "40", "school")]
    [InlineData("fr", "Le nombre d'infectés a été tenu secret, mais 40 écoles ont fermé.", "40", "école")]
    public void A_number_with_its_own_noun_keeps_it_after_such_a_count_name(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The proportion of infected in the province is 12 percent.", "12")]
    [InlineData("A total of 1,200 has been reached.", "1,200")]
    public void No_count_name_no_counted_adjective(string text, string number)
    {
        Assert.Null(FigureAt(text, "en", number).Counted);
    }

    [Theory]
    [InlineData("The number of injured rose towards 300.", "300", "wounded", FigureCategory.Casualties)]
    [InlineData("The number of missing rose to 40 on Sunday.", "40", "missing", FigureCategory.Casualties)]
    public void A_fate_named_by_the_adjective_gives_its_category(string text, string number, string unit, FigureCategory category)
    {
        var figure = FigureAt(text, "en", number);

        Assert.Equal((unit, category), (figure.Unit, figure.Category));
    }

    [Theory]
    [InlineData("en", "The number of long-term unemployed (those jobless for 27 weeks or more), at 1.3 million, was little changed.", "1.3", "unemployed")]
    [InlineData("en", "The number of unemployed people (those jobless for 27 weeks or more), at 1.3 million, was little changed.", "1.3", "people")]
    [InlineData("en", "The number of asylum seekers (most of them from Syria) stood at 12,000 in May.", "12,000", "asylum seeker")]
    [InlineData("fr", "Le nombre de demandeurs d'emploi (catégories A, B et C), à 5,6 millions, a peu varié.", "5,6", "demandeur d'emploi")]
    [InlineData("fr", "Le nombre de réfugiés (pour la plupart des femmes) s'élève à 12 000.", "12 000", "réfugié")]
    // A decimal point inside the brackets ends no sentence.
    [InlineData("en", "The number of long-term unemployed (those jobless for 27.5 weeks or more), at 1.3 million, was little changed.", "1.3", "unemployed")]
    [InlineData("en", "The number of part-time workers (up 0.4 percent on the year), at 4.1 million, rose slightly.", "4.1", "worker")]
    public void A_bracketed_aside_between_a_count_name_and_its_number_is_read_past(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The number of new COVID cases rose to 300.", "300", "case")]
    [InlineData("en", "The number of available beds fell to 12.", "12", "bed")]
    [InlineData("en", "The number of injured workers rose to 30.", "30", "worker")]
    [InlineData("en", "The number of dead rose to 73.", "73", "dead")]
    [InlineData("en", "The number of homeless rose to 5,000 last year.", "5,000", "homeless")]
    [InlineData("fr", "Le nombre de blessés graves est passé à 30.", "30", "blessé")]
    [InlineData("fr", "Le nombre d'infectés a atteint 1 200.", "1 200", "infecté")]
    [InlineData("fr", "Le nombre de vaccinés a atteint 2 millions.", "2", "vacciné")]
    [InlineData("fr", "Le nombre de blessés dans la province a atteint 300.", "300", "blessé")]
    [InlineData("en", "The number of such (admittedly rare) events was 12.", "12", "event")]
    public void A_noun_after_the_count_name_stays_what_it_counts(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The number is small (about 12 in all) and falling.", "12")]
    public void No_adjective_or_aside_makes_a_count_of_nothing(string text, string number)
    {
        Assert.Null(FigureAt(text, "en", number).Counted);
    }
}
