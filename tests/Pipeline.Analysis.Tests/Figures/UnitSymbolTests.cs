using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Unit symbols composed into products, powers and quotients name a unit of their own; a lone symbol, a word that
/// only looks like symbols, or a designation in capitals does not.
/// </summary>
public sealed class UnitSymbolTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Workers on the station are exposed to 20 J/m^2 per year", "20 J/m^2 per year", 20, "J per m2 per year")]
    [InlineData("The blow gave an impulse of 12 Ns to the ball", "12 Ns", 12, "N·s")]
    [InlineData("The action is 45 Js here", "45 Js", 45, "J·s")]
    [InlineData("I want 1cds in this room!", "1cds", 1, "cd·s")]
    [InlineData("The experiments reached 5 fb−1 of data in 2011", "5 fb−1", 5, "fb-1")]
    [InlineData("The collider delivered 30 fb-1 last year", "30 fb-1", 30, "fb-1")]
    [InlineData("The rate constant is 400 s-1 at room temperature", "400 s-1", 400, "s-1")]
    [InlineData("a flux of 3 mol/m^2 was measured", "3 mol/m^2", 3, "mol per m2")]
    public void A_compound_of_unit_symbols_names_its_unit(string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, value, unit), (figure.Text, figure.Value!.Value, figure.Unit));
    }

    [Fact]
    public void A_frequency_in_scientific_notation_takes_its_inverse_second()
    {
        var quantity = Assert.Single(Extractor.Extract("Violet light oscillates at 4e14 s-1", "en"));

        Assert.Equal((4e14, "s-1"), (quantity.Value!.Value, quantity.Unit));
    }

    [Theory]
    [InlineData("The company filed 2 S-1 forms with regulators")]
    [InlineData("They sold 3 million CDs that year")]
    [InlineData("The delay was 12 ms on average")]
    [InlineData("He flew 4 Su-35 and 2 F-16 sorties")]
    [InlineData("Prices rose 7 mg")]
    public void Ordinary_words_and_designations_are_not_unit_symbols(string text)
    {
        var figures = Extractor.Extract(text, "en");

        Assert.DoesNotContain(figures, f => f.Unit is not null && (f.Unit.Contains('·', StringComparison.Ordinal) || f.Unit.EndsWith("-1", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_decade_is_no_second()
    {
        Assert.Empty(Extractor.Extract("It changed in the 1990s and the 2000s", "en"));
    }
}
