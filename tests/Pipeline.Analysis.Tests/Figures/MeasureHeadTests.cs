using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A noun phrase headed by a unit of measure, past modifiers ("517 rushing yards", "3,000 crude oil barrels"), measures in
/// that unit: the unit says what it measures and no counted thing is read, as for a unit right after the number.
/// </summary>
public sealed class MeasureHeadTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The defence allowed 410 passing yards on Sunday.", "yard")]
    [InlineData("The tanker unloaded 3,000 crude oil barrels at the port.", "barrel")]
    [InlineData("Farmers planted 200 wheat hectares last spring.", "hectare")]
    public void A_phrase_headed_by_a_unit_measures_in_it_and_counts_nothing(string text, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((unit, (CountedThing?)null), (figure.Unit, figure.Counted));
    }
}
