using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Amounts of money as the article reader reads them: subunits, remainders, signs and currency names. Each expected value
/// is worked out by hand from the text.
/// </summary>
public sealed class CurrencyReadingTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Onvia. com inc., en baisse de 34 cents", "34 cents", 34, "cent")]
    [InlineData("fr", "Le contrat de décembre est monté de 1,20 cents", "1,20 cents", 1.2, "cent")]
    [InlineData("fr", "un dividende par action de 12 cents à payer", "12 cents", 12, "cent")]
    [InlineData("fr", "ça ne coûte que 15 dollars et 15 cents.", "15 dollars et 15 cents", 15.15, "USD")]
    [InlineData("fr", "ça ne coûte que treize euros et quarante-cinq cents.", "treize euros et quarante-cinq cents", 13.45, "EUR")]
    [InlineData("fr", "il a payé deux euros et trois cents", "deux euros et trois cents", 2.03, "EUR")]
    public void A_hundred_word_that_names_a_subunit_is_read_as_the_subunit(string language, string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, unit), (figure.Text, figure.Unit));
        Assert.Equal(value, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("trois cents soldats", 300, "soldier")]
    [InlineData("deux cents euros", 200, "EUR")]
    [InlineData("quinze cents euros", 1500, "EUR")]
    public void Spelled_out_hundreds_before_another_noun_stay_hundreds(string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("322 cents", 322)]
    [InlineData("3 cents et 2 cents", 3)]
    public void Digits_before_cents_are_an_amount_in_cents_not_hundreds(string text, double value)
    {
        var figure = Extractor.Extract(text, "fr")[0];

        Assert.Equal((value, "cent"), (figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("It may need one kuai and five mao five.", "one kuai and five mao five", 1.55)]
    [InlineData("It costs two kuai and three mao.", "two kuai and three mao", 2.3)]
    [InlineData("It costs 4 yuan 2 jiao 5 fen", "4 yuan 2 jiao 5 fen", 4.25)]
    public void A_remainder_may_carry_its_own_remainder_one_subunit_down(string text, string span, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, "CNY"), (figure.Text, figure.Unit));
        Assert.Equal(value, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("Mao led 5 regions")]
    [InlineData("the price rose 5 fen")]
    [InlineData("Jiao scored 12 points")]
    public void Subunit_words_alone_are_no_currency(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, "en"), f => f.Category == FigureCategory.Money);
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
    [InlineData("en", "a small cost in a multibillion - dollar deal", 33)]
    [InlineData("en", "50 dollar rmb", 10)]
    [InlineData("en", "50 dollar dollar", 10)]
    [InlineData("fr", "Dollar: 143,80 yens", 0)]
    public void A_currency_named_with_no_amount_is_no_figure(string language, string text, int mentionStart)
    {
        Assert.DoesNotContain(Extractor.Extract(text, language), f => f.Start <= mentionStart && mentionStart < f.End);
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

    [Theory]
    [InlineData("the shares closed at RM23.5 on Friday", "RM23.5", 23.5, "MYR")]
    [InlineData("a fare of RM 2.70", "RM 2.70", 2.7, "MYR")]
    [InlineData("Israel's 9 billion shekels tobacco industry", "9 billion shekels", 9e9, "ILS")]
    [InlineData("deposits of 7.5 million Danish crowns", "7.5 million Danish crowns", 7.5e6, "DKK")]
    [InlineData("Manhattan, worth $A82,615,680", "$A82,615,680", 82_615_680, "AUD")]
    [InlineData("Manhattan, worth $US55,931,000", "$US55,931,000", 55_931_000, "USD")]
    [InlineData("JD Sports, down 1.95p on the day", "1.95p", 1.95, "penny")]
    public void A_currency_of_business_news_is_read_by_its_sign_or_name(string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, unit), (figure.Text, figure.Unit));
        Assert.Equal(value, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("They have a $3500 a month mortgage", "USD per month")]
    [InlineData("It costs a $5 fee", "USD")]
    public void An_article_before_a_dollar_sign_is_not_a_currency_prefix(string text, string unit) =>
        Assert.Equal(unit, Extractor.Extract(text, "en")[0].Unit);

    [Fact]
    public void An_hour_written_p_m_is_no_amount_in_pence() =>
        Assert.Empty(Extractor.Extract("The market closes at 5 p.m. today", "en"));
}
