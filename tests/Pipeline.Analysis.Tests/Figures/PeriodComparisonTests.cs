using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// The period a change is measured over, written right after the number ("a gain of 63,000 year-over-year", "150,000
/// month-over-month"), is no unit of the number: it counts no years or months. French writes the period apart ("sur un
/// an", "en glissement annuel"), which no unit reading reaches.
/// </summary>
public sealed class PeriodComparisonTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The average monthly gain of 63,000 year-over-year was below the trend.", "63,000")]
    [InlineData("en", "Payrolls increased 150,000 month-over-month.", "150,000")]
    [InlineData("en", "Exports fell 2,400 quarter-on-quarter, the office said.", "2,400")]
    [InlineData("en", "Arrivals rose 8,000 week-on-week at the border.", "8,000")]
    [InlineData("fr", "Les ventes ont progressé de 12 000 sur un an.", "12 000")]
    public void The_period_compared_over_is_no_unit(string language, string text, string number)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text.StartsWith(number, StringComparison.Ordinal));

        Assert.NotEqual(FigureCategory.Duration, figure.Category);
    }

    [Theory]
    [InlineData("en", "The war has lasted 3 years on the front line.", "year")]
    [InlineData("en", "He served 12 years over two terms.", "year")]
    [InlineData("en", "Prices rose 3.1% year-on-year in March.", "percent")]
    [InlineData("fr", "La guerre dure depuis 3 ans sur le front.", "year")]
    public void A_unit_before_other_words_stays_the_unit(string language, string text, string unit)
    {
        Assert.Contains(Extractor.Extract(text, language), f => f.Unit == unit);
    }
}
