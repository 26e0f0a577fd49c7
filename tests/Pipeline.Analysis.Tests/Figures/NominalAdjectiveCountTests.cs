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
