using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "The twins are 18 and 20", "Ils ont 18 et 20 ans": a number after the verb a language says a person's age with
/// (English "to be" with nothing after the number, French "avoir" with "ans"), whose subject is people, is an age, no
/// figure and no count of the subject.
/// </summary>
public sealed class AgeAfterVerbTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The twins are 18 and 20.")]
    [InlineData("en", "The suspect was 45, police said.")]
    [InlineData("en", "His wife, who is 39, works at the port.")]
    [InlineData("en", "Both brothers were 16 when they left home.")]
    [InlineData("fr", "Ils ont 18 et 20 ans.")]
    [InlineData("fr", "Le préfet, qui a 58 ans, quitte son poste.")]
    [InlineData("fr", "Elles avaient 15 et 16 ans lors du drame.")]
    public void A_number_after_the_verb_of_a_persons_age_is_an_age(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }
}
