using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Negative amounts as financial copy writes them: a minus after the currency sign, or the whole amount in brackets
/// where the brackets are the amount itself. A bracketed conversion or aside stays positive.
/// </summary>
public sealed class AccountingNegativeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The annual revenue is ($99.99).", "$99.99", -99.99, "USD")]
    [InlineData("Earnings per share fell to ($0.12) in the quarter", "$0.12", -0.12, "USD")]
    [InlineData("Net income was (£3.5 million) after the write-down", "£3.5 million", -3_500_000, "GBP")]
    [InlineData("The balance moved to $-40.50 overnight", "$-40.50", -40.5, "USD")]
    [InlineData("Operating result: €-12 million", "€-12 million", -12_000_000, "EUR")]
    public void An_accounting_negative_is_read_below_zero(string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, unit), (figure.Text, figure.Unit));
        Assert.Equal(value, figure.Value!.Value, 9);
    }

    [Fact]
    public void Two_signed_amounts_in_a_row_keep_their_own_currencies()
    {
        var figures = Extractor.Extract("The annual revenue is -15€ ($-99.99).", "en");

        Assert.Equal([(-15.0, "EUR"), (-99.99, "USD")], figures.Select(f => (f.Value!.Value, f.Unit!)));
    }

    [Theory]
    [InlineData("The ticket costs £10 ($13) at the door", 10, "GBP", 13.0, "USD")]
    [InlineData("The deal ($5 million) closed on Friday", 5_000_000, "USD", null, null)]
    [InlineData("Britain's biggest takeover (£3 billion) was approved", 3_000_000_000, "GBP", null, null)]
    public void A_bracketed_conversion_or_aside_stays_positive(string text, double value, string unit, double? second, string? secondUnit)
    {
        var figures = Extractor.Extract(text, "en");

        Assert.Equal((value, unit), (figures[0].Value!.Value, figures[0].Unit!));
        if (second is not null)
        {
            Assert.Equal((second.Value, secondUnit!), (figures[1].Value!.Value, figures[1].Unit!));
        }

        Assert.Equal(second is null ? 1 : 2, figures.Count);
    }

    [Fact]
    public void A_minus_between_a_word_and_a_number_is_no_negative_amount()
    {
        var figures = Extractor.Extract("He flew an F-16 and a Su-35 over the base", "en");

        Assert.Empty(figures);
    }
}
