using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "208 pour 100.000 habitants", "12 per 100,000": a count over a round whole of people or things (a power of ten from a
/// hundred) is a rate, read as a share of that whole (0.208 percent), one figure from the count to the whole. A whole that
/// measures ("5 per 100 km"), a price ("$5 per 100 grams") and the percent unit itself ("5 pour cent") are not such rates.
/// Sentences written for these tests.
/// </summary>
public sealed class RateOverRoundWholeTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Soit une incidence de 208 pour 100.000 habitants.", "208 pour 100.000", 0.208)]
    [InlineData("fr", "Le taux est monté à 241 pour 100 000 habitants la semaine dernière.", "241 pour 100 000", 0.241)]
    [InlineData("fr", "La mortalité infantile atteint 12 pour 1000 naissances.", "12 pour 1000", 1.2)]
    [InlineData("fr", "On compte 15 sur 100 000 élèves.", "15 sur 100 000", 0.015)]
    [InlineData("en", "The incidence rose to 208 per 100,000 people.", "208 per 100,000", 0.208)]
    [InlineData("en", "The murder rate was 5 per 100,000 residents last year.", "5 per 100,000", 0.005)]
    [InlineData("en", "Infant mortality fell to 3 for every 1,000 births.", "3 for every 1,000", 0.3)]
    public void A_count_over_a_round_whole_is_a_share_of_it(string language, string text, string span, double percent)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, "percent", FigureCategory.Percentage), (figure.Text, figure.Unit, figure.Category));
        Assert.Equal(percent, figure.Value!.Value, 9);
    }

    [Theory]
    [InlineData("en", "The car uses 5 per 100 km.", "100 km")]
    [InlineData("en", "He paid $5 per 100 grams.", "$5")]
    [InlineData("fr", "La croissance est de 5 pour cent.", "5 pour cent")]
    [InlineData("fr", "Il a vendu 300 pour 100 euros.", "100 euros")]
    public void A_measure_a_price_or_the_percent_unit_is_no_such_rate(string language, string text, string kept)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Contains(figures, f => f.Text == kept);
        Assert.DoesNotContain(figures, f => f.Category == FigureCategory.Percentage && f.Value < 1);
    }
}
