using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Copy passed through an ASCII transliteration writes "£" as "PS" and "¥" as "Y=" ("PS2.7m", "Y=590 billion"): in
/// capitals before an amount they are the currency; "PS5" glued to a lone digit is a games console.
/// </summary>
public sealed class TransliteratedCurrencyTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("a package worth PS2.7m last year", 2_700_000, "GBP")]
    [InlineData("an PS8.1bn hostile takeover", 8_100_000_000, "GBP")]
    [InlineData("passengers paid PS21,700 in total", 21_700, "GBP")]
    [InlineData("the shares closed at Y=5,182 on Friday", 5_182, "JPY")]
    [InlineData("a net profit of Y=590 billion", 590_000_000_000, "JPY")]
    public void A_transliterated_sign_before_an_amount_is_its_currency(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Sony sold the PS5 console for PS450", 450)]
    [InlineData("he wrote ps25 in the margin and 30 people came", 30)]
    public void A_console_or_lower_case_letters_are_no_currency(string text, double value) =>
        Assert.Equal([value], Extractor.Extract(text, "en").Select(f => f.Value ?? 0));
}
