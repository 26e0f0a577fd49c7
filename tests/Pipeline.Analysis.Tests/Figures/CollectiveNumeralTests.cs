using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Collective numerals count roughly: "une centaine" is about 100, "une dizaine de milliers" about 10,000, "a couple of
/// days" about two; after "plus d'" they are a lower bound, still approximate. A collective needs a number before it
/// ("en quarantaine", "the couple").
/// </summary>
public sealed class CollectiveNumeralTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Une centaine de soldats ont été tués.", 100, "killed")]
    [InlineData("Une dizaine de pays ont promis des chars.", 10, "country")]
    [InlineData("Une vingtaine de chars ont été livrés.", 20, "tank")]
    [InlineData("Deux centaines de civils attendent encore.", 200, "civilian")]
    [InlineData("Une dizaine de milliers de soldats sont arrivés.", 10_000, "soldier")]
    [InlineData("Un millier de soldats ont franchi la frontière.", 1_000, "soldier")]
    [InlineData("Une quinzaine de jours plus tard, l'offensive a repris.", 15, "day")]
    [InlineData("Une centaine d'immeubles ont été détruits.", 100, "building")]
    public void A_collective_numeral_is_its_value_approximately(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal((value, (double?)null, (double?)null, true, unit), (figure.Value!.Value, figure.Low, figure.High, figure.Approximate, figure.Unit));
    }

    [Theory]
    [InlineData("The search took a couple of days.", 2, "day")]
    [InlineData("Rescuers arrived a couple hours later.", 2, "hour")]
    [InlineData("A couple of hundred protesters gathered outside.", 200, "protester")]
    [InlineData("A couple hundred soldiers crossed the river.", 200, "soldier")]
    [InlineData("A couple thousand residents were evacuated.", 2_000, "resident")]
    public void A_couple_is_about_two(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((value, true, unit), (figure.Value!.Value, figure.Approximate, figure.Counted?.Lemma ?? figure.Unit));
    }

    [Theory]
    [InlineData("The couple lost their home in the flood.")]
    [InlineData("Couples waited outside the registry office.")]
    public void A_couple_with_no_article_before_it_is_no_figure(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Fact]
    public void Pres_d_un_millier_is_an_upper_bound_still_approximate()
    {
        var figure = Assert.Single(Extractor.Extract("Près d'un millier de soldats ont franchi la frontière.", "fr"));

        Assert.Equal(((double?)null, (double?)null, 1_000.0, false, true, "soldier"), (figure.Value, figure.Low, figure.High!.Value, figure.HighInclusive, figure.Approximate, figure.Unit));
    }

    [Fact]
    public void Plus_d_une_centaine_is_a_lower_bound_still_approximate()
    {
        var figure = Assert.Single(Extractor.Extract("Plus d'une centaine de drones ont été abattus.", "fr"));

        Assert.Equal(((double?)null, 100.0, false, (double?)null, true, "drone"), (figure.Value, figure.Low!.Value, figure.LowInclusive, figure.High, figure.Approximate, figure.Unit));
    }

    [Fact]
    public void Des_dizaines_de_milliers_stays_an_order_of_magnitude()
    {
        var figure = Assert.Single(Extractor.Extract("Des dizaines de milliers de soldats sont massés.", "fr"));

        Assert.Equal(((double?)null, 10_000.0, (double?)null, true), (figure.Value, figure.Low!.Value, figure.High, figure.Approximate));
    }

    [Theory]
    [InlineData("Les passagers ont été placés en quarantaine.")]
    [InlineData("La quarantaine a été levée mardi.")]
    [InlineData("Elle a dépassé la centaine en janvier.")]
    [InlineData("Les milliers de soldats et les centaines de chars")]
    public void A_collective_with_no_number_before_it_counts_nothing_exact(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, "fr"), f => f.Value is not null);
    }
}
