using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A number that opens its sentence with no noun of its own counts what the last counted figure of the sentence just
/// before counts, in the same paragraph ("More than 2 million refugees went to Poland. Over 700,000 reached Romania."), and
/// so does one after an opener that points back ("They include", "There were", "Of this", "Il y en a eu", "Sur ce nombre").
/// </summary>
public sealed class ElisionAcrossSentencesTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("fr", "Plus de 1,2 million de réfugiés sont arrivés en Pologne. Plus de 400.000 ont rejoint la Moldavie.", "400.000", "réfugié", "refugee")]
    [InlineData("en", "About 3,000 troops landed on Monday. 1,500 more are due next week.", "1,500", "troop", "soldier")]
    [InlineData("en", "The army lost 40 tanks in March. Twelve were later repaired.", "Twelve", "tank", "tank")]
    [InlineData("en", "Some 1,300 dengue patients were in hospital on Sunday. They include 497 in the capital.", "497", "dengue patient", null)]
    [InlineData("en", "The army lost 40 tanks in March. Of them, 12 were later repaired.", "12", "tank", "tank")]
    [InlineData("en", "About 3,000 troops landed on Monday. Among them, 1,500 came from the north.", "1,500", "troop", "soldier")]
    [InlineData("fr", "Quelque 1 300 patients étaient hospitalisés dimanche. Parmi eux, 497 dans la capitale.", "497", "patient", null)]
    [InlineData("en", "A total of 5,655 measles cases have been reported since the outbreak started. There were 21 recorded in the last 24 hours.", "21", "measles case", null)]
    [InlineData("en", "Doctors reported 120 new cases on Monday. There were 30 in the capital.", "30", "case", null)]
    [InlineData("en", "There are currently 46 measles cases in hospital. Of this, 39 are at the main hospital.", "39", "measles case", null)]
    [InlineData("fr", "Le ministère a confirmé 5 655 cas de rougeole depuis le début de l'épidémie. Il y en a eu 21 dans les dernières 24 heures.", "21", "cas", null)]
    [InlineData("fr", "On compte 46 patients hospitalisés. Sur ce nombre, 39 sont à l'hôpital principal.", "39", "patient", null)]
    public void A_number_opening_its_sentence_counts_what_the_sentence_before_counts(string language, string text, string number, string lemma, string? unit)
    {
        var figure = FigureAt(text, language, number);

        Assert.Equal((lemma, unit), (figure.Counted?.Lemma, figure.Unit));
    }

    [Theory]
    // Another paragraph.
    [InlineData("en", "About 3,000 troops landed on Monday.\n1,500 more are due next week.", "1,500")]
    // Two sentences back.
    [InlineData("en", "About 3,000 troops landed on Monday. The port was closed. 1,500 more are due next week.", "1,500")]
    // Not the sentence's opener.
    [InlineData("en", "About 3,000 troops landed on Monday. On Friday, officials said 1,500 had left.", "1,500")]
    // A pronoun opening another paragraph.
    [InlineData("en", "About 3,000 troops landed on Monday.\nOf them, 1,500 are still there.", "1,500")]
    // "There were" and "Il y en a eu" opening another paragraph, or after a sentence that counts nothing.
    [InlineData("en", "Doctors reported 120 new cases on Monday.\n\nThere were 30 in the capital.", "30")]
    [InlineData("en", "The ship sailed on Monday. There were 30 on board.", "30")]
    [InlineData("fr", "Les médecins ont signalé 120 nouveaux cas lundi.\n\nIl y en a eu 30 dans la capitale.", "30")]
    [InlineData("fr", "Le navire est parti lundi. Il y en a eu 30 à bord.", "30")]
    public void A_number_counts_nothing_from_further_away(string language, string text, string number)
    {
        Assert.Null(FigureAt(text, language, number).Counted);
    }

    [Theory]
    [InlineData("fr", "Le bilan est de 40 morts, dont douze à Kaboul, où quelque 300 maisons ont brûlé, huit à Hérat.", "huit", "mort")]
    [InlineData("en", "The storm killed 40 people, including 12 in the capital, where some 300 homes burned, and 8 in the north.", "8", "people")]
    [InlineData("en", "Officials reported 20 deaths, including $1.5 million in losses, and 7 more on Sunday.", "7", "death")]
    public void A_number_in_a_list_passes_the_counts_of_a_relative_clause_and_the_marks_inside_figures(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The coalition has conducted more than 17,861 air strikes since the start of the operation, as of Jan. 31, with 10,993 in Iraq and 6,868 in Syria.", "10,993", "air strike")]
    [InlineData("The U.S. sent 14 tanks, the U.K. 6.", "6", "tank")]
    public void The_full_stop_of_an_abbreviation_ends_no_sentence_for_an_elided_noun(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }

    [Fact]
    public void An_abbreviation_before_a_capitalised_word_may_end_its_sentence()
    {
        Assert.Null(FigureAt("Britain sent 14 tanks to the U.S. Poland sent 6.", "en", "6").Counted);
    }
}
