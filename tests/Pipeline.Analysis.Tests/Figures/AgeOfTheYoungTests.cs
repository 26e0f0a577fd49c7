using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "les mineurs de plus de 1 an", "un enfant de 1 an": after a noun of people, one year ("an") or months are an age, not a
/// figure, as "ans" is; after a thing ("un contrat de plus de 6 mois", "une peine de plus de 1 an") they stay a length of
/// time. Sentences written for these tests.
/// </summary>
public sealed class AgeOfTheYoungTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Santé publique France demande de vacciner tous les mineurs de plus de 1 an.")]
    [InlineData("Les enfants de plus de 1 an sont vaccinés.")]
    [InlineData("Un enfant de 1 an est mort dans l'incendie.")]
    public void A_year_or_months_after_a_noun_of_people_is_an_age(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Theory]
    [InlineData("Un contrat de plus de 6 mois a été signé.", 6)]
    [InlineData("Il a écopé d'une peine de plus de 1 an de prison.", 1)]
    public void A_year_or_months_after_a_thing_stay_a_length_of_time(string text, double low)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal((low, FigureCategory.Duration), (figure.Low!.Value, figure.Category));
    }
}
