using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "nine victims were injured and one person is missing", "dix militaires et un gendarme": a weak numeral before a noun,
/// in a list with another count, is the numeral one; alone, or as "one of", it is an article or a pronoun.
/// </summary>
public sealed class WeakNumeralInListTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "At least nine victims were injured and one person is still unaccounted for.", new double[] { 9, 1 })]
    [InlineData("en", "He was found guilty of one count of obstructing justice and three counts of fraud.", new double[] { 1, 3 })]
    [InlineData("fr", "Les onze tués sont dix militaires et un gendarme.", new double[] { 11, 10, 1 })]
    public void A_weak_numeral_in_a_list_of_counts_is_one(string language, string text, double[] values)
    {
        Assert.Equal(values, Extractor.Extract(text, language).Select(f => (f.Value ?? f.Low)!.Value));
    }

    [Theory]
    [InlineData("en", "One of the victims was a child.")]
    [InlineData("en", "A soldier and a civilian were killed.")]
    [InlineData("en", "Five people died and one of them was a child.")]
    [InlineData("fr", "Un agent des services de renseignement a été tué.")]
    [InlineData("fr", "Sept se trouvent dans un service de réanimation et cinq d'entre eux sont intubés.")]
    [InlineData("fr", "Lors d'une précédente résurgence entre janvier et 2020, le choléra avait fait 66 morts.")]
    [InlineData("fr", "Soit un taux de participation de 77,77 % et un taux d'abstention de 22,23 %.")]
    public void A_weak_numeral_outside_a_list_or_before_of_is_no_count(string language, string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, language), f => f.Value == 1);
    }
}
