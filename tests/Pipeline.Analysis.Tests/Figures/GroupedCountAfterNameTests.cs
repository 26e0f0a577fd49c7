using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A number right after a capitalised word is a model's or a place's number ("Challenger 2", "Region 9"), unless its
/// digits are grouped in thousands: no designation is written "7 678 491", so after a name in a list of results it is a count.
/// </summary>
public sealed class GroupedCountAfterNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Emmanuel Macron recueille 8 656 346 voix, Marine Le Pen 7 678 491 (21,30 %) et Jean Lassalle 435 301.", new[] { 8_656_346.0, 7_678_491.0, 21.3, 435_301.0 })]
    [InlineData("en", "Biden won 81,283,501 votes and Trump 74,223,975 in the count.", new[] { 81_283_501.0, 74_223_975.0 })]
    public void A_grouped_number_after_a_name_is_a_count(string language, string text, double[] values)
    {
        var figures = Extractor.Extract(text, language);

        Assert.Equal(values, figures.Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("en", "The Challenger 2 entered service long ago.")]
    [InlineData("en", "Officials in Region 9 met on Monday.")]
    public void An_ungrouped_number_after_a_name_stays_a_designation(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }
}
