using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// What a number with no noun of its own counts when a pronoun and a copula stand before it: the noun the pronoun stands
/// for ("Ils seraient une centaine" after "les assaillants"; "qui sont 7,2 millions" after "les sans-emploi"). A noun
/// in quotes after a number is still the one counted. Sentences written for these tests.
/// </summary>
public sealed class CountedAntecedentTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        return Extractor.Extract(text, language).Single(f => f.Start <= at && at < f.End);
    }

    [Theory]
    [InlineData("Les manifestants ont défilé dans le centre-ville. Ils étaient environ 3 000.", "3 000", "manifestant")]
    [InlineData("Des pêcheurs ont été secourus au large de Brest ; ils seraient une vingtaine.", "vingtaine", "pêcheur")]
    [InlineData("Les rebelles se sont repliés vers les collines. Ils seraient une centaine.", "centaine", "rebelle")]
    [InlineData("Les grévistes ont bloqué l'usine aux alentours de midi. Ils étaient plus de 400.", "400", "gréviste")]
    [InlineData("La ville remercie ses bénévoles, qui sont 250 cette année.", "250", "bénévole")]
    [InlineData("The rebels crossed the river at dawn. They numbered about 300.", "300", "rebel")]
    public void A_number_after_a_pronoun_and_a_copula_counts_what_the_pronoun_stands_for(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, text.Contains("The ", StringComparison.Ordinal) ? "en" : "fr", number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("At least 30 \"rebels\" were killed in the clashes.", "en", "30", "rebel")]
    [InlineData("The army said 40 “insurgents” had surrendered.", "en", "40", "insurgent")]
    [InlineData("La police a interpellé 12 « casseurs » samedi soir.", "fr", "12", "casseur")]
    public void A_noun_in_quotes_after_a_number_is_what_it_counts(string text, string language, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("The insurer counted 900 drivers’ claims after the storm.", "900", "driver claim")]
    [InlineData("The union filed 45 workers' grievances in March.", "45", "worker grievance")]
    [InlineData("The bank logged about 2,000 customers complaints last year.", "2,000", "customer complaint")]
    [InlineData("The 27 countries’ leaders met in Brussels.", "27", "country")]
    [InlineData("Rescuers found 12 survivors near the bridge.", "12", "survivor")]
    public void A_plural_noun_before_another_plural_noun_modifies_it(string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, "en", number).Counted?.Lemma);
    }
}
