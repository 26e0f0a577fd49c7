using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Money, measures and their compounds as wire copy writes them, in English and French. Each expected value is worked
/// out by hand from the text (a remainder over its subunit count, a fraction times its scale).
/// </summary>
public sealed class UnitReadingTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "it costs 3 dollars 50 cents", 3.5, "USD")]
    [InlineData("en", "thirteen dollars and forty-five cents", 13.45, "USD")]
    [InlineData("en", "It costs 15 dollars 50.", 15.5, "USD")]
    [InlineData("en", "he is 5 feet 2 inches tall", 5 + (2.0 / 12), "foot")]
    [InlineData("en", "a wall 12 ft 2 in high", 12 + (2.0 / 12), "foot")]
    [InlineData("fr", "ça coûte 15 dollars 50", 15.5, "USD")]
    [InlineData("fr", "treize euros et quinze", 13.15, "EUR")]
    public void A_remainder_in_the_subunit_joins_the_whole(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value!.Value, 9);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("en", "15 dollars and 30 people were fined")]
    [InlineData("en", "$20 and 30 days in jail")]
    public void A_number_followed_by_another_unit_is_a_new_figure(string language, string text)
    {
        Assert.Equal(2, Extractor.Extract(text, language).Count);
    }

    [Theory]
    [InlineData("en", "a quarter million people", 250_000)]
    [InlineData("en", "three quarters billion dollars", 750_000_000)]
    [InlineData("en", "half million refugees", 500_000)]
    [InlineData("fr", "un quart de million de réfugiés", 250_000)]
    [InlineData("en", "They lost 75 USD million", 75_000_000)]
    [InlineData("en", "losses in excess of 30 MUSD", 30_000_000)]
    [InlineData("en", "US$ 1MM", 1_000_000)]
    public void Fractions_of_a_scale_and_scales_in_the_unit_multiply(string language, string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value ?? figure.Low!.Value, 6);
    }

    [Theory]
    [InlineData("en", "won a $48.2 million army contract", 48_200_000, "USD")]
    [InlineData("en", "sales were $ 14 million last year", 14_000_000, "USD")]
    [InlineData("en", "fined 10,000 Swiss francs", 10_000, "CHF")]
    [InlineData("en", "10 turkish lira", 10, "TRY")]
    [InlineData("en", "I would pay GBP 350.", 350, "GBP")]
    [InlineData("en", "USD115", 115, "USD")]
    [InlineData("en", "100 chinese yuan", 100, "CNY")]
    [InlineData("en", "16,000 metric tons of grain", 16_000, "tonne")]
    [InlineData("en", "a 45-acre horse farm", 45, "acre")]
    [InlineData("en", "68-ounce cans", 68, "oz")]
    [InlineData("en", "0.9 trillion cubic feet of gas", 0.9e12, "ft3")]
    [InlineData("en", "188 miles an hour", 188, "mph")]
    [InlineData("en", "more than 10 1/2 miles of cable", 10.5, "mile")]
    [InlineData("en", "inflation fell to minus five percent", -5, "percent")]
    [InlineData("fr", "des boîtes de 68 onces", 68, "oz")]
    [InlineData("fr", "188 miles à l'heure", 188, "mph")]
    [InlineData("fr", "exporter 0,9 billion de pieds cubes", 0.9e12, "ft3")]
    [InlineData("fr", "une zone de 20 dm", 20, "dm")]
    public void Money_and_measures_as_news_writes_them(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value ?? figure.Low!.Value, 6);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_percent_of_a_number_keeps_both_figures_apart()
    {
        var figures = Extractor.Extract("20 percent of 300 soldiers", "en");

        Assert.Collection(
            figures,
            f => Assert.Equal(("percent", 20.0), (f.Unit, f.Value!.Value)),
            f => Assert.Equal(("soldier", 300.0), (f.Unit, f.Value!.Value)));
    }

    [Fact]
    public void A_currency_sign_glued_to_the_next_number_is_its_prefix()
    {
        var figures = Extractor.Extract("3 USD50 cards", "en");

        var money = Assert.Single(figures, f => f.Unit == "USD");
        Assert.Equal(50, money.Value);
        Assert.Equal("USD50", money.Text);
    }

    [Fact]
    public void A_sign_already_read_as_a_unit_does_not_open_the_next_figure()
    {
        var figures = Extractor.Extract("10 $ 30 $", "en");

        Assert.Equal(["10 $", "30 $"], figures.Select(f => f.Text));
        Assert.All(figures, f => Assert.Equal("USD", f.Unit));
    }

    [Theory]
    [InlineData("24703 m212")]
    [InlineData("24703 L-202")]
    public void A_unit_glued_to_more_digits_is_an_identifier(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, "en"), f => f.Unit is not null);
    }

    [Fact]
    public void A_suspended_hyphen_makes_a_range_with_the_unit_after_it()
    {
        var figure = Assert.Single(Extractor.Extract("an 8- to 16-meter telescope", "en"));

        Assert.Equal((8.0, 16.0, "m"), (figure.Low!.Value, figure.High!.Value, figure.Unit));
    }
}
