using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "20 of 25 drones": the part counts what the whole counts, so both are figures of drones; a part of money is money
/// ("5 of 10 dollars"), a part of a measure or of nothing named stays bare.
/// </summary>
public sealed class PartOfWholeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The army shot down 20 of 25 drones overnight.", 20, 25, "drone")]
    [InlineData("en", "Air defences stopped 20 out of 25 missiles.", 20, 25, "missile")]
    [InlineData("en", "They downed 38 of the 40 Shahed drones.", 38, 40, "drone")]
    [InlineData("en", "Only 3 of 12 Leopard 2 tanks survived.", 3, 12, "tank")]
    [InlineData("en", "Air defences shot down more than 20 of 25 drones.", 20, 25, "drone")]
    [InlineData("fr", "L'armée a abattu 20 sur 25 drones pendant la nuit.", 20, 25, "drone")]
    [InlineData("fr", "La défense a intercepté 30 sur les 32 missiles.", 30, 32, "missile")]
    [InlineData("fr", "Cinq des dix drones lancés ont été abattus.", 5, 10, "drone")]
    [InlineData("en", "Rebels hold 12 of the region's 40 tanks.", 12, 40, "tank")]
    [InlineData("en", "The army lost 3 of its 20 drones.", 3, 20, "drone")]
    [InlineData("en", "Eleven among the 24 missiles fired were intercepted.", 11, 24, "missile")]
    [InlineData("en", "The navy lost 2 among its 14 drones.", 2, 14, "drone")]
    [InlineData("fr", "Onze parmi les 24 missiles tirés ont été interceptés.", 11, 24, "missile")]
    [InlineData("fr", "L'armée a perdu 2 parmi ses 14 drones.", 2, 14, "drone")]
    public void A_part_counts_what_its_whole_counts(string language, string text, double part, double whole, string unit)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal([part, whole], figures.Select(f => (f.Value ?? f.Low)!.Value));
        Assert.Equal([unit, unit], figures.Select(f => f.Unit));
    }

    [Theory]
    [InlineData("en", "Inflation was 4 of 10 percent last year.", 4)]
    [InlineData("fr", "Il a obtenu 18 sur 20 à l'examen.", 18)]
    public void A_part_of_a_measure_or_nothing_named_stays_bare(string language, string text, double part)
    {
        var figure = Extractor.Extract(text, language)[0];

        Assert.Equal(part, figure.Value);
        Assert.Null(figure.Unit);
    }

    [Fact]
    public void A_part_of_money_is_money() =>
        Assert.Equal(["USD", "USD"], Extractor.Extract("He spent 5 of 10 dollars on food.", "en").Select(f => f.Unit));
}
