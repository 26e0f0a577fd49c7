using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A price or a measure per a unit of something is a rate, named "USD per barrel" and kept in its numerator's category;
/// a time reference after an article ("a year earlier") and counts of people are not rates.
/// </summary>
public sealed class RateTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "oil traded at $80 a barrel", 80, "USD per barrel", FigureCategory.Money)]
    [InlineData("en", "workers earn $15 an hour", 15, "USD per hour", FigureCategory.Money)]
    [InlineData("en", "only for $15.4/hour", 15.4, "USD per hour", FigureCategory.Money)]
    [InlineData("en", "gold rose to $1,800 an ounce", 1800, "USD per oz", FigureCategory.Money)]
    [InlineData("en", "the offer values it at 470 pence a share", 470, "penny per share", FigureCategory.Money)]
    [InlineData("en", "50 meters per millisecond", 50, "m per millisecond", FigureCategory.Distance)]
    [InlineData("en", "50 km/ms", 50, "km per millisecond", FigureCategory.Distance)]
    [InlineData("en", "This car uses 10 l/km.", 10, "litre per km", FigureCategory.Dimension)]
    [InlineData("fr", "le pétrole à 80 dollars par baril", 80, "USD per barrel", FigureCategory.Money)]
    [InlineData("fr", "payé 15 €/heure", 15, "EUR per hour", FigureCategory.Money)]
    [InlineData("en", "tomatoes at 3 euros per kilo", 3, "EUR per kg", FigureCategory.Money)]
    [InlineData("fr", "une vitesse de 33 m/s", 33, "m per second", FigureCategory.Distance)]
    [InlineData("en", "dried flower priced at $10 per gram", 10, "USD per g", FigureCategory.Money)]
    [InlineData("en", "boiling down to $21.25 per square foot", 21.25, "USD per ft2", FigureCategory.Money)]
    [InlineData("en", "leased at a rate of $80 per sq m", 80, "USD per m2", FigureCategory.Money)]
    [InlineData("en", "natural gas rose to US$2.24 per mmBTU", 2.24, "USD per mega british thermal unit", FigureCategory.Money)]
    [InlineData("en", "sea levels could rise 11 feet per century", 11, "foot per century", FigureCategory.Distance)]
    public void A_unit_per_a_unit_is_a_rate(string language, string text, double value, string unit, FigureCategory category)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
    }

    [Theory]
    [InlineData("en", "revenue rose to $13.18 billion a year earlier", "USD")]
    [InlineData("en", "it cost $5 a week ago", "USD")]
    [InlineData("en", "1,500 soldiers a day", "soldier")]
    [InlineData("fr", "1 500 soldats par jour", "soldier")]
    [InlineData("en", "100 km/h", "km/h")]
    public void A_time_reference_or_a_count_of_people_is_not_a_rate(string language, string text, string unit)
    {
        var figure = Extractor.Extract(text, language)[0];

        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_rate_range_repeating_its_currency_sign_is_one_range()
    {
        var figure = Assert.Single(Extractor.Extract("prices ranged from $350 per kg to $680 per kg", "en"));

        Assert.Equal(350, figure.Low);
        Assert.Equal(680, figure.High);
        Assert.Equal("USD per kg", figure.Unit);
    }
}
