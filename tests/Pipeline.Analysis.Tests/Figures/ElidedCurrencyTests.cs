using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Scaled amounts whose currency the article named before and then leaves out: a noun of money governing them makes them
/// money in that currency. Each expected value is worked out by hand from the text and the guidelines.
/// </summary>
public sealed class ElidedCurrencyTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Le groupe a versé 3 milliards d'euros de dividendes. Il annonce un bénéfice global record : 52,2 milliards.", "52,2 milliards", 52_200_000_000, "EUR")]
    [InlineData("fr", "L'État a prêté 500 millions d'euros. Il participera à hauteur de 183 millions.", "183 millions", 183_000_000, "EUR")]
    [InlineData("fr", "La banque a levé 2 milliards de dollars et son chiffre d'affaires atteint 9,4 milliards.", "9,4 milliards", 9_400_000_000, "USD")]
    [InlineData("fr", "Le plan coûte 40 milliards d'euros. Le budget de la défense passe de 12 à 14 milliards.", "14 milliards", 14_000_000_000, "EUR")]
    [InlineData("fr", "Le club a dépensé 80 millions de livres, et sa dette atteint désormais 1,2 milliard.", "1,2 milliard", 1_200_000_000, "GBP")]
    [InlineData("fr", "Le groupe, qui a versé 3 milliards d'euros, compte 200 sociétés et un bénéfice record : 52,2 milliards.", "52,2 milliards", 52_200_000_000, "EUR")]
    [InlineData("en", "The group, which paid $3 billion, owns 200 companies and posted record sales of 52.2 billion.", "52.2 billion", 52_200_000_000, "USD")]
    [InlineData("fr", "Le groupe a versé 3 milliards d'euros.\nSelon lui, le bénéfice atteint 52,2 milliards.", "52,2 milliards", 52_200_000_000, "EUR")]
    [InlineData("en", "The group paid $3 billion.\nIts profit, he said, reached 52.2 billion.", "52.2 billion", 52_200_000_000, "USD")]
    [InlineData("en", "The firm paid $3 billion in fines. It reported a revenue of 4.2 billion.", "4.2 billion", 4_200_000_000, "USD")]
    [InlineData("en", "Tesla raised $2 billion, while its quarterly profit rose to 1.8 billion.", "1.8 billion", 1_800_000_000, "USD")]
    [InlineData("en", "The plan costs 40 billion euros. The deficit is expected to reach 75 billion next year.", "75 billion", 75_000_000_000, "EUR")]
    [InlineData("fr", "Les ventes ont crû de 6% à 10,2 milliards d'euros tandis que le bénéfice opérationnel s'est replié de 2% à 2,7 milliards.", "2,7 milliards", 2_700_000_000, "EUR")]
    [InlineData("fr", "Kering a cédé sa filiale pour 3 milliards d'euros, en la valorisant à 423 millions.", "423 millions", 423_000_000, "EUR")]
    [InlineData("fr", "Kering a payé 3 milliards d'euros pour une filiale valorisée à 423 millions.", "423 millions", 423_000_000, "EUR")]
    [InlineData("fr", "Le groupe a versé 2 milliards d'euros et annonce une perte de 766 millions.", "766 millions", 766_000_000, "EUR")]
    [InlineData("en", "The group sold its stake for $3 billion, valuing the unit at 423 million.", "423 million", 423_000_000, "USD")]
    [InlineData("en", "The firm raised $2 billion and reported a loss of 766 million.", "766 million", 766_000_000, "USD")]
    [InlineData("en", "The group paid $3 billion for a unit valued at 423 million by analysts.", "423 million", 423_000_000, "USD")]
    public void A_scaled_amount_a_money_noun_governs_is_in_the_currency_named_before(string language, string text, string span, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("fr", "Le groupe a versé 3 milliards d'euros. La région compte 52,2 millions d'habitants.", "52,2 millions")]
    [InlineData("fr", "Le contrat vaut 2 milliards d'euros et prévoit un budget de 183 millions de doses.", "183 millions")]
    [InlineData("fr", "Le groupe a versé 3 milliards d'euros. La ville compte désormais 2,1 millions.", "2,1 millions")]
    [InlineData("fr", "Il annonce un bénéfice global record : 52,2 milliards.", "52,2 milliards")]
    [InlineData("en", "The firm paid $3 billion. The region has 52.2 million inhabitants.", "52.2 million")]
    [InlineData("en", "The firm paid $3 billion. Its sales reached 183 million doses.", "183 million")]
    [InlineData("en", "The firm paid $3 billion. The city now counts 2.1 million.", "2.1 million")]
    [InlineData("en", "It reported a revenue of 4.2 billion.", "4.2 billion")]
    [InlineData("fr", "Le groupe a versé 2 milliards d'euros et annonce la perte de 1,5 million d'emplois.", "1,5 million")]
    [InlineData("fr", "La ville, valorisée par 3 milliards d'euros d'investissements, compte 1,2 million d'habitants.", "1,2 million")]
    [InlineData("en", "The firm paid $2 billion and announced the loss of 1.5 million jobs.", "1.5 million")]
    [InlineData("en", "The city, valued for its $3 billion port, has 1.2 million residents.", "1.2 million")]
    public void An_amount_no_money_noun_governs_or_with_no_currency_before_is_no_money(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text.StartsWith(span, StringComparison.Ordinal));

        Assert.NotEqual(FigureCategory.Money, figure.Category);
    }

    [Theory]
    [InlineData("fr", "Le groupe a versé 3 milliards d'euros. La fusion est close.\nSelon lui, le bénéfice atteint 52,2 milliards.", "52,2 milliards")]
    [InlineData("fr", "Le groupe a versé 3 milliards d'euros.\nLa fusion est close. Selon lui, le bénéfice atteint 52,2 milliards.", "52,2 milliards")]
    [InlineData("en", "The group paid $3 billion. The merger is closed.\nIts profit, he said, reached 52.2 billion.", "52.2 billion")]
    public void A_currency_out_of_the_paragraph_and_the_sentence_before_is_out_of_sight(string language, string text, string span)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.NotEqual(FigureCategory.Money, figure.Category);
    }
}
