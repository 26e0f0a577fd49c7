using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A unit written once for several numbers: hyphens that hang in a list ("four-, five- and six-cylinder"), the bare second
/// end of a "from … to", a part of a whole of money ("280 million of the 1.5 billion shekels"), and a rate said after a
/// conversion in brackets ("9 billion shekels ($2.4 billion) a year").
/// </summary>
public sealed class SharedUnitShapeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("it comes with four-, five- and six-cylinder engines", "cylinder")]
    [InlineData("they let 2- or 3-bedroom flats and 4- and 5-bedroom houses", "bedroom")]
    public void Numbers_whose_hyphen_hangs_share_the_word_of_the_last(string text, string lemma)
    {
        var figures = Extractor.Extract(text, "en");

        Assert.True(figures.Count >= 3);
        Assert.All(figures, f => Assert.Equal(lemma, f.Counted?.Lemma));
    }

    [Fact]
    public void Hanging_hyphens_share_a_unit_of_measure_too()
    {
        var figures = Extractor.Extract("the two-, three- and five-year bonds", "en");

        Assert.Equal([2d, 3, 5], figures.Select(f => f.Value ?? 0));
        Assert.All(figures, f => Assert.Equal("year", f.Unit));
    }

    [Theory]
    [InlineData("en", "mileage rose from about 14-18 mpg to 24 for SUVs", 24, "mile per gallon")]
    [InlineData("en", "economy climbed from 21 mpg combined to 23 for FWD models", 23, "mile per gallon")]
    [InlineData("en", "the fee went from 5 percent to 7 in May", 7, "percent")]
    [InlineData("fr", "le taux est passé de 5 % à 7, une hausse de 46 % par rapport à 2024", 7, "percent")]
    public void The_bare_second_end_of_from_to_has_the_unit_of_the_first(string language, string text, double value, string unit)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(unit, Assert.Single(figures, f => f.Value == value).Unit);
        Assert.DoesNotContain(figures, f => f.Value == 2024);
    }

    [Fact]
    public void A_part_of_a_whole_of_money_is_money_and_of_a_measure_before_a_noun_is_not()
    {
        var figures = Extractor.Extract("he has raised 280 million of the 1.5 billion shekels he needs, and won 3 of 5 km races", "en");

        Assert.Equal("ILS", Assert.Single(figures, f => f.Value == 280_000_000).Unit);
        Assert.Null(Assert.Single(figures, f => f.Value == 3).Unit);
    }

    [Fact]
    public void A_rate_after_a_conversion_in_brackets_is_the_rate_of_both_and_a_time_is_no_rate()
    {
        var figures = Extractor.Extract("a blow to its 9 billion shekels ($2.408 billion) a year tobacco industry", "en");
        var earlier = Extractor.Extract("it earned 5 million euros ($6 million) a year earlier", "en");

        Assert.Equal(["ILS per year", "USD per year"], figures.Select(f => f.Unit));
        Assert.Equal("9 billion shekels", figures[0].Text);
        Assert.Equal(["EUR", "USD"], earlier.Select(f => f.Unit));
    }

    [Theory]
    [InlineData("German DAX increased by 2 percent but the Nasdaq decreased by 1.", 1, "percent")]
    [InlineData("Exports grew by $5 billion and imports by 3.", 3, "USD")]
    public void A_bare_number_after_the_same_preposition_as_a_measure_before_it_has_its_unit(string text, double value, string unit) =>
        Assert.Equal(unit, Assert.Single(Extractor.Extract(text, "en"), f => f.Value == value).Unit);

    [Fact]
    public void The_parallel_ends_with_its_sentence_and_is_not_read_after_at()
    {
        var figures = Extractor.Extract("It rose by 5% at 9 and fell by 2. Then it fell by 3 at 10.", "en");

        Assert.Equal([5d, 9, 2, 3, 10], figures.Select(f => f.Value ?? 0));
        Assert.Equal(["percent", null, "percent", null, null], figures.Select(f => f.Unit));
    }
}
