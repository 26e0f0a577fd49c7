using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "302,400 doses" in a French text: the decimal mark before exactly three digits is the other convention's thousands
/// group where the number counts people or things, which are never fractional; a measure, a scale word or a zero before
/// the mark keeps the decimal.
/// </summary>
public sealed class ThousandsMarkTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Les États-Unis font don de 302,400 doses de vaccin au Bénin.", 302_400.0)]
    [InlineData("fr", "Au moins 1,250 soldats ont été déployés.", 1_250.0)]
    [InlineData("fr", "Environ 12,500 réfugiés ont franchi la frontière.", 12_500.0)]
    [InlineData("en", "The agency counted 2.500 refugees at the border.", 2_500.0)]
    public void A_count_reads_the_mark_as_a_thousands_group(string language, string text, double expected)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(expected, figure.Value ?? figure.Low);
        Assert.Equal(expected, Assert.Single(figure.Numbers).Value);
    }

    [Theory]
    [InlineData("fr", "Le nombre d'inscrits au plan national est 7.834608.", 7_834_608.0)]
    [InlineData("fr", "Il y a eu au total 2.877773 votants.", 2_877_773.0)]
    [InlineData("en", "Officials counted 1.250300 registered voters.", 1_250_300.0)]
    public void Six_digits_after_the_mark_in_a_count_are_two_groups_with_one_mark_left_out(string language, string text, double expected)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(expected, figure.Value ?? figure.Low);
    }

    [Theory]
    [InlineData("fr", "La croissance est de 1.234567 %.", 1.234567)]
    [InlineData("en", "The rod is 2.500125 m long.", 2.500125)]
    public void Six_decimals_of_a_measure_stay_decimals(string language, string text, double expected)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(expected, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("fr", "La route mesure 2,500 km.", 2.5)]
    [InlineData("fr", "Le pays a reçu 1,250 milliard d'euros.", 1_250_000_000.0)]
    [InlineData("fr", "Le taux est passé à 0,125 %.", 0.125)]
    [InlineData("en", "The road is 2.500 km long.", 2.5)]
    public void A_measure_keeps_the_decimal(string language, string text, double expected)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(expected, figure.Value!.Value, 9);
    }
}
