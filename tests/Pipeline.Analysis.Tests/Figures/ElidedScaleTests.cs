using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A number written bare beside a figure that carries a scale or a unit shares them where grammar leaves them out: a
/// fractional count after a scaled count of the same thing ("7.2 million Rwandans voted against 4.8 in 2008": no count is
/// fractional), and the old value of a "from … to" whose new value carries the unit ("from 4.8 to 4.7 percent") and,
/// when both are then of one order, the scale ("de 24,2 à 33 milliards d'euros"). Sentences written for these tests.
/// </summary>
public sealed class ElidedScaleTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        return Extractor.Extract(text, language).Single(f => f.Start <= at && at < f.End);
    }

    [Theory]
    [InlineData("en", "Officials said 7.2 million Rwandans voted against 4.8 in 2008 and 6 million in 2013.", "4.8", 4_800_000.0)]
    [InlineData("en", "Some 3.5 million people fled in 2022, and 2.1 in 2023.", "2.1", 2_100_000.0)]
    [InlineData("fr", "Quelque 7,2 millions d'électeurs ont voté, contre 4,8 en 2008.", "4,8", 4_800_000.0)]
    [InlineData("fr", "Le pays compte 1,5 milliard d'habitants, contre 1,2 il y a vingt ans.", "1,2", 1_200_000_000.0)]
    public void A_fractional_count_left_bare_takes_the_scale_of_the_count_beside_it(string language, string text, string number, double expected)
    {
        Assert.Equal(expected, FigureAt(text, language, number).Value);
    }

    [Theory]
    [InlineData("en", "The team scored 2.5 goals per game against 1.8 last year.", "1.8", 1.8)]
    [InlineData("en", "Some 3.5 million people fled. Another 2.1 came back.", "2.1", 2.1)]
    [InlineData("en", "Some 3.5 million people fled in 2022, and 2.5 kilometres away.", "2.5", 2.5)]
    public void A_number_beside_no_scaled_count_of_its_sentence_keeps_its_value(string language, string text, string number, double expected)
    {
        Assert.Equal(expected, FigureAt(text, language, number).Value);
    }

    [Theory]
    [InlineData("en", "Growth has been forecast to slow from 4.8 to 4.7 percent in 2019.", "4.8", 4.8, "percent")]
    [InlineData("fr", "La croissance passerait de 4,8 à 4,7 % en 2019.", "4,8", 4.8, "percent")]
    [InlineData("en", "The value rose from 24.2 to 33 billion euros.", "24.2", 24_200_000_000.0, "EUR")]
    [InlineData("fr", "Le chiffre d'affaires est passé de 24,2 à 33 milliards d'euros.", "24,2", 24_200_000_000.0, "EUR")]
    public void The_bare_old_value_of_a_change_takes_the_unit_and_scale_of_the_new_one(string language, string text, string number, double value, string unit)
    {
        var figure = FigureAt(text, language, number);

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("en", "The population grew from 5 to 7 million people.", "5", 5_000_000.0)]
    [InlineData("en", "Sales rose from 900 to 1.2 million units.", "900", 900.0)]
    [InlineData("fr", "Les ventes sont passées de 900 à 1,2 million d'unités.", "900", 900.0)]
    public void The_old_value_shares_the_scale_only_when_both_are_then_of_one_order(string language, string text, string number, double value)
    {
        Assert.Equal(value, FigureAt(text, language, number).Value);
    }
}
