using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Money ranges: the low end without a scale word takes the high end's ("$2 to $4 billion"), a currency repeated on both
/// ends of "between … and" still makes one range, and a change "by X to Y" is two figures, not a range.
/// </summary>
public sealed class MoneyRangeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The carrier expects a loss of US $12 to $15 billion this year.", 12e9, 15e9, "USD")]
    [InlineData("en", "Analysts put the cost at $2 to $4 billion.", 2e9, 4e9, "USD")]
    [InlineData("en", "The league's rights could fetch £1.5 to £2 million a season.", 1.5e6, 2e6, "GBP")]
    [InlineData("fr", "Le chantier coûterait entre 4 et 6 milliards d'euros.", 4e9, 6e9, "EUR")]
    public void The_low_end_of_a_money_range_takes_the_scale_word_of_the_high_end(string language, string text, double low, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Unit is not null && f.Unit.StartsWith(unit, StringComparison.Ordinal));

        Assert.Equal((low, high), (figure.Low!.Value, figure.High!.Value));
    }

    [Fact]
    public void A_low_end_bigger_than_the_scale_of_the_high_end_keeps_its_own_value()
    {
        var figure = Assert.Single(Extractor.Extract("Prices ranged from $300 to $1.5 million.", "en"));

        Assert.Equal((300d, 1.5e6), (figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("The shares are expected to price at between $18 and $21 per share.", "between $18 and $21 per share", 18, 21, "USD per share")]
    [InlineData("Seats at the final sold for between €90 and €150.", "between €90 and €150", 90, 150, "EUR")]
    [InlineData("The council pays between £9 and £12 an hour.", "between £9 and £12 an hour", 9, 12, "GBP per hour")]
    public void Between_two_amounts_each_with_its_currency_is_one_range(string text, string span, double low, double high, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, low, high, unit), (figure.Text, figure.Low!.Value, figure.High!.Value, figure.Unit!));
    }

    [Theory]
    [InlineData("Exports rose by $12.5 billion to $310.4 billion last year.", 12.5e9, 310.4e9)]
    [InlineData("The deficit narrowed by £3 million to £18 million.", 3e6, 18e6)]
    [InlineData("The town's population grew by 4 million to 19 million in a decade.", 4e6, 19e6)]
    public void A_change_by_an_amount_to_a_new_level_is_two_figures(string text, double change, double level)
    {
        var figures = Extractor.Extract(text, "en");

        Assert.Equal([change, level], figures.Where(f => f.Value is not null).Select(f => f.Value!.Value));
        Assert.DoesNotContain(figures, f => f.Low is not null && f.High is not null && f.Low != f.High);
    }

    [Fact]
    public void A_change_by_a_range_whose_low_end_has_no_scale_of_its_own_stays_a_range()
    {
        var figure = Assert.Single(Extractor.Extract("Sales fell by $2 to $3 billion.", "en"));

        Assert.Equal((2e9, 3e9), (figure.Low!.Value, figure.High!.Value));
    }

    [Fact]
    public void A_range_without_a_change_verb_before_by_stays_a_range()
    {
        var figure = Assert.Single(Extractor.Extract("The bridge was paid for by $2 billion to $3 billion of bonds.", "en"));

        Assert.Equal((2e9, 3e9), (figure.Low!.Value, figure.High!.Value));
    }
}
