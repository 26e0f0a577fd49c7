using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Digits right before a capitalised name in the singular ("Boeing's own 787 Dreamliner", "the iPhone 11 Pro and 11 Pro
/// Max") or right after a count ("two new 737 Max jets") are a model's number; counts of plurals, units, days and
/// headline words stay figures. Codes named after their number ("the 90049 ZIP code") and far years ("by 2120") are no
/// figures either.
/// </summary>
public sealed class ModelNumberBeforeNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The debut of Boeing's own 787 Dreamliner starting in 2011 was marred by fires.", new double[0])]
    [InlineData("We compared the 11 Pro and 11 Pro Max on price.", new double[0])]
    [InlineData("The airline was grounding two new 737 Max jets.", new[] { 2d })]
    [InlineData("In the 90049 ZIP code, prices fell.", new double[0])]
    [InlineData("Properties including 9 E 71st St, Manhattan, were sold.", new double[0])]
    [InlineData("Sea levels could rise by 2120, scientists warn.", new double[0])]
    [InlineData("The nasdaq rose and the sp 500 is poised to drop 0.2%.", new[] { 0.2 })]
    public void A_model_number_a_code_or_a_far_year_is_no_figure(string text, double[] values) =>
        Assert.Equal(values, Extractor.Extract(text, "en").Select(f => f.Value ?? f.Low ?? f.High ?? 0));

    [Theory]
    [InlineData("The airline grounded two new 737 Max jets.", "two new 737 Max jets", "jet")]
    [InlineData("The navy ordered four new 212 Class submarines.", "four new 212 Class submarines", "submarine")]
    [InlineData("The operator retired two old 300 Series trains.", "two old 300 Series trains", "train")]
    public void A_count_before_a_model_number_counts_the_noun_after_the_model(string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, lemma), (figure.Text, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("en", "The Dow rose 200 Tuesday.", 200)]
    [InlineData("en", "Storm Kills 12 In Texas", 12)]
    [InlineData("en", "They elected 12 Republican senators.", 12)]
    [InlineData("en", "It was abundant approximately 66 Ma ago.", 66)]
    [InlineData("fr", "Au total 23 Français ont été blessés.", 23)]
    public void A_count_before_a_day_a_headline_word_a_plural_or_after_a_hedge_stays_a_figure(string language, string text, double value) =>
        Assert.Contains(Extractor.Extract(text, language), f => (f.Value ?? f.Low ?? f.High) == value);

    [Fact]
    public void Metric_horsepower_after_kilowatts_is_a_unit() =>
        Assert.Equal(["kW", "metric horsepower"], Extractor.Extract("it makes 296 hp (224 kW / 300 PS) of power", "en").Skip(1).Select(f => f.Unit));
}
