using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Units written as marks, in brackets, as a fraction sign's unit, or as a word that is also a preposition ("in"),
/// and units a listed number shares with the next; each negative row is news that must keep its meaning.
/// </summary>
public sealed class UnitMarkTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The weight is 20 (kg)", 20, "kg")]
    [InlineData("The weight is 20 [kg]", 20, "kg")]
    [InlineData("The weight is 20 {kg}", 20, "kg")]
    [InlineData("He has a pen that is 10 \" long.", 10, "inch")]
    [InlineData("a 9\u2033 plate", 9, "inch")]
    [InlineData("an Adjustable Wrench 8\"", 8, "inch")]
    [InlineData("He said \"no\".\n\nThe pen is 10 \" long.", 10, "inch")]
    [InlineData("½ teaspoon baking powder", 0.5, "teaspoon")]
    [InlineData("add ¾ cup of milk", 0.75, "cup")]
    [InlineData("The door is 2 1/2 in thick", 2.5, "inch")]
    [InlineData("The length of my pencil is 2 in.", 2, "inch")]
    [InlineData("a pipe 4 in wide", 4, "inch")]
    public void A_unit_as_a_mark_or_a_short_word_is_read(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value!.Value, 9);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("2 in 5 voters agree")]
    [InlineData("3 in Kyiv were hurt")]
    [InlineData("an attack killed 2 in Kharkiv on Monday")]
    [InlineData("He said \"we lost 10\" and left")]
    [InlineData("\"We counted 12\" he said")]
    [InlineData("killed 20 (AFP)")]
    [InlineData("he said \"Challenger 2\" tanks")]
    [InlineData("he said \"we had\nonly 10\" and left")]
    public void A_preposition_a_closing_quote_or_a_bracketed_word_is_not_a_unit(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, "en"), f => f.Unit is "inch" || f.Category == FigureCategory.Dimension);
    }

    [Theory]
    [InlineData("en", "They were given 45 and 50 mg ethanol.", "mg", "mg")]
    [InlineData("en", "wells 3 and 4 km deep", "km", "km")]
    [InlineData("fr", "entre autres 45 et 50 km", "km", "km")]
    public void A_number_listed_before_a_measure_shares_its_unit(string language, string text, string first, string second)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal([first, second], figures.Select(f => f.Unit));
    }

    [Theory]
    [InlineData("2 and 3 soldiers")]
    [InlineData("he was 45 and 50 years")]
    public void People_and_durations_are_not_shared(string text)
    {
        var first = Extractor.Extract(text, "en")[0];

        Assert.Null(first.Unit);
    }
}
