using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Amounts of money as the article reader and the conformance recognizer read them: subunits, remainders, signs and
/// currency names. Each expected value is worked out by hand from the text.
/// </summary>
public sealed class CurrencyReadingTests
{
    private static readonly FigureExtractor Extractor = new();
    private static readonly NumberRecognizer Recognizer = new();

    [Theory]
    [InlineData("fr", "Onvia. com inc., en baisse de 34 cents", "34 cents", 34, "cent")]
    [InlineData("fr", "Le contrat de décembre est monté de 1,20 cents", "1,20 cents", 1.2, "cent")]
    [InlineData("fr", "un dividende par action de 12 cents à payer", "12 cents", 12, "cent")]
    [InlineData("fr", "ça ne coûte que 15 dollars et 15 cents.", "15 dollars et 15 cents", 15.15, "USD")]
    [InlineData("fr", "ça ne coûte que treize euros et quarante-cinq cents.", "treize euros et quarante-cinq cents", 13.45, "EUR")]
    [InlineData("fr", "il a payé deux euros et trois cents", "deux euros et trois cents", 2.03, "EUR")]
    public void A_hundred_word_that_names_a_subunit_is_read_as_the_subunit(string language, string text, string span, double value, string unit)
    {
        var quantity = Assert.Single(Recognizer.Quantities(text, language));
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, unit), (quantity.Text, quantity.Unit));
        Assert.Equal(value, quantity.Value!.Value, 9);
        Assert.Equal((span, unit), (figure.Text, figure.Unit));
        Assert.Equal(value, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("trois cents soldats", 300, "soldier")]
    [InlineData("deux cents euros", 200, "EUR")]
    [InlineData("quinze cents euros", 1500, "EUR")]
    public void Spelled_out_hundreds_before_another_noun_stay_hundreds(string text, double value, string unit)
    {
        var quantity = Assert.Single(Recognizer.Quantities(text, "fr"));
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal((value, unit), (quantity.Value!.Value, quantity.Unit));
        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    [Fact]
    public void A_bare_number_reading_keeps_digits_times_cents_as_hundreds()
    {
        var number = Assert.Single(Recognizer.Numbers("322 cents", "fr"));

        Assert.Equal(32_200, number.Value);
    }

    [Theory]
    [InlineData("It may need one kuai and five mao five.", "one kuai and five mao five", 1.55)]
    [InlineData("It costs two kuai and three mao.", "two kuai and three mao", 2.3)]
    [InlineData("It costs 4 yuan 2 jiao 5 fen", "4 yuan 2 jiao 5 fen", 4.25)]
    public void A_remainder_may_carry_its_own_remainder_one_subunit_down(string text, string span, double value)
    {
        var quantity = Assert.Single(Recognizer.Quantities(text, "en"));

        Assert.Equal((span, "CNY"), (quantity.Text, quantity.Unit));
        Assert.Equal(value, quantity.Value!.Value, 9);
    }

    [Theory]
    [InlineData("Mao led 5 regions")]
    [InlineData("the price rose 5 fen")]
    [InlineData("Jiao scored 12 points")]
    public void Subunit_words_alone_are_no_currency(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, "en"), f => f.Category == FigureCategory.Money);
        Assert.DoesNotContain(Recognizer.Quantities(text, "en"), q => q.Category == FigureCategory.Money);
    }

    [Theory]
    [InlineData("fr", "pour 420 millions de mark finlandais.", 420_000_000, "FIM")]
    [InlineData("fr", "une émission estimée à 6,65 milliards de pesewas.", 6_650_000_000, "pesewa")]
    [InlineData("fr", "le billet coûte 2 cedis et 50 pesewas", 2.5, "GHS")]
    [InlineData("en", "can you borrow me 100,000 ரூ for emergency", 100_000, "LKR")]
    [InlineData("en", "a fine of 5,000 Sri Lankan rupees", 5_000, "LKR")]
    public void Currencies_named_in_the_lexicon_are_read(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    [Fact]
    public void A_grouped_or_decimal_amount_before_a_month_is_no_date()
    {
        var figures = Extractor.Extract("$ 20,000.00 $ 37,305.97 february expenses", "en");

        Assert.Equal(["$ 20,000.00", "$ 37,305.97"], figures.Select(f => f.Text));
        Assert.Equal([20_000, 37_305.97], figures.Select(f => f.Value!.Value));
        Assert.All(figures, f => Assert.Equal("USD", f.Unit));
    }

    [Theory]
    [InlineData("en", "payment is due on 3 february")]
    [InlineData("fr", "le 24 février 2022")]
    public void A_day_before_a_month_is_still_a_date(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Fact]
    public void A_sign_before_an_amount_that_names_its_currency_again_opens_that_amount()
    {
        var figures = Extractor.Extract("1 $ 10 dollars bill", "en");

        Assert.Collection(
            figures,
            f => Assert.Equal(("1", (string?)null, 1.0), (f.Text, f.Unit, f.Value!.Value)),
            f => Assert.Equal(("$ 10 dollars", (string?)"USD", 10.0), (f.Text, f.Unit, f.Value!.Value)));
    }

    [Theory]
    [InlineData("10 $ 30 cent", "10 $ 30 cent", 10.3)]
    [InlineData("it cost 10 $ 30 euros", "10 $", 10)]
    public void A_sign_after_a_number_stays_its_unit_otherwise(string text, string span, double value)
    {
        var figure = Extractor.Extract(text, "en")[0];

        Assert.Equal((span, "USD", value), (figure.Text, figure.Unit, figure.Value!.Value));
    }

    [Theory]
    [InlineData("en", "a small cost in a multibillion - dollar deal", "dollar", 33, "USD")]
    [InlineData("en", "50 dollar rmb", "rmb", 10, "CNY")]
    [InlineData("en", "50 dollar dollar", "dollar", 10, "USD")]
    [InlineData("fr", "Dollar: 143,80 yens", "Dollar", 0, "USD")]
    public void A_currency_named_with_no_amount_is_a_mention_without_a_value(string language, string text, string span, int start, string unit)
    {
        var mention = Assert.Single(Recognizer.CurrencyMentions(text, language));

        Assert.Equal((span, start, unit), (mention.Text, mention.Start, mention.Unit));
        Assert.Null(mention.Value);
        Assert.DoesNotContain(Extractor.Extract(text, language), f => f.Text == span);
    }

    [Theory]
    [InlineData("en", "it costs 50 dollars")]
    [InlineData("en", "the $ sign and 5 mao")]
    [InlineData("fr", "27,4 milliards de dollars")]
    [InlineData("en", "they walked 5 miles")]
    public void An_amount_s_own_currency_a_sign_or_another_unit_is_no_mention(string language, string text)
    {
        Assert.Empty(Recognizer.CurrencyMentions(text, language));
    }

    [Theory]
    [InlineData("en", "The price starts at dollar 22.5 million.", "dollar 22.5 million", 22_500_000, "USD")]
    [InlineData("en", "a yen 3 billion loan", "yen 3 billion", 3_000_000_000, "JPY")]
    [InlineData("fr", "un emprunt en euros 2 milliards", "euros 2 milliards", 2_000_000_000, "EUR")]
    public void A_currency_name_before_a_scaled_amount_in_digits_is_its_currency(string language, string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, value, unit), (figure.Text, figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("en", "the dollar 0.5 percent higher", "0.5 percent", "percent")]
    [InlineData("en", "against the dollar 1.5 million people", "1.5 million people", "person")]
    [InlineData("en", "it cost a dollar 50", "50", null)]
    [InlineData("fr", "20 milliards de dollars 2 millions", "2 millions", null)]
    public void A_currency_name_before_another_figure_stays_out_of_it(string language, string text, string span, string? unit)
    {
        var figure = Extractor.Extract(text, language)[^1];

        Assert.Equal((span, unit), (figure.Text, figure.Unit));
    }
}
