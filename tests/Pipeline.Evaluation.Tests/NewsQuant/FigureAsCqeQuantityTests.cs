using Pipeline.Analysis.Figures;
using Pipeline.Evaluation.NewsQuant;

namespace Pipeline.Evaluation.Tests.NewsQuant;

/// <summary>Our figures read as CQE's quantities: value, range or bound, and the unit under CQE's name.</summary>
public sealed class FigureAsCqeQuantityTests
{
    private static Figure Figure(double? value, double? low, double? high, string? unit, string? lemma = null) =>
        new("text", 0, 4, value, low, high, false, unit, FigureCategory.Count) { Counted = lemma is null ? null : new CountedThing(lemma, lemma) };

    [Fact]
    public void A_bound_is_its_number_and_a_bare_number_has_CQEs_dash_unit()
    {
        var quantity = FigureAsCqeQuantity.Of(Figure(null, 230, null, null));

        Assert.Equal(new CqeValue(230, null), quantity.Value);
        Assert.Equal("-", quantity.NormalizedUnit);
    }

    [Fact]
    public void A_range_is_its_low_and_high()
    {
        Assert.Equal(new CqeValue(15, 22), FigureAsCqeQuantity.ValueOf(Figure(null, 15, 22, "mph")));
    }

    [Fact]
    public void A_stated_value_wins_over_its_bounds() =>
        Assert.Equal(new CqeValue(19, null), FigureAsCqeQuantity.ValueOf(Figure(19, 19, 19, "percent")));

    [Theory]
    [InlineData("USD", null, "dollar")]
    [InlineData("percent", null, "percentage")]
    [InlineData("USD per barrel", null, "dollar per barrel")]
    [InlineData("mile", null, "mile")]
    [InlineData("soldier", "troop", "troop")]
    [InlineData(null, "job cut", "job cut")]
    [InlineData(null, "time", "count")]
    [InlineData(null, "hp", "horsepower")]
    [InlineData("MYR", null, "malaysian ringgit")]
    [InlineData("USD per ft2", null, "dollar per square foot")]
    [InlineData("milliampere-hour", null, "milliampere-hour")]
    public void The_unit_is_the_counted_lemma_else_our_unit_under_CQEs_name(string? unit, string? lemma, string expected) =>
        Assert.Equal(expected, FigureAsCqeQuantity.UnitOf(Figure(1, 1, 1, unit, lemma)));

    [Theory]
    [InlineData("A third of the town lives by the river.", 1 / 3d, "% -")]
    [InlineData("Almost half of them are in Ohio.", 0.5, "% -")]
    [InlineData("One out of three voters stayed home.", 1 / 3d, "% -")]
    [InlineData("Turnout was 75 percent.", 75, "percentage")]
    [InlineData("Rates rose 0.5% today.", 0.5, "percentage")]
    public void A_share_read_from_a_fraction_is_the_fraction_as_CQE_writes_it(string text, double value, string unit)
    {
        var quantity = FigureAsCqeQuantity.Of(Assert.Single(new FigureExtractor().Extract(text, "en")));

        Assert.Equal(new CqeValue(value, null), quantity.Value);
        Assert.Equal(unit, quantity.NormalizedUnit);
    }
}
