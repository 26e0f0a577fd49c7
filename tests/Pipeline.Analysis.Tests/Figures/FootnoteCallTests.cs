using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Footnote calls copied with a page's text ("… en 2023 1.", "in 2023[1]") are no figures; a count after a year that
/// names what it counts still is.
/// </summary>
public sealed class FootnoteCallTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Le budget de la défense a augmenté de 3,5 % en 2023 1.", new[] { 3.5 })]
    [InlineData("fr", "La Russie a perdu 300 chars en 2022 2, puis 400 en 2023 3.", new[] { 300.0, 400 })]
    [InlineData("en", "Defence spending rose 4 percent in 2023[1].", new[] { 4.0 })]
    [InlineData("en", "The navy added 2 ships in 2021 [3] and 5 in 2022 [4].", new[] { 2.0, 5 })]
    public void A_footnote_call_is_no_figure(string language, string text, double[] values)
    {
        Assert.Equal(values, Extractor.Extract(text, language).Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("fr", "En 2023, 12 soldats ont été tués.", 12, "killed")]
    [InlineData("fr", "En 2023 12 soldats ont été tués.", 12, "killed")]
    [InlineData("en", "In 2022 5 people were injured.", 5, "wounded")]
    public void A_count_after_a_year_is_still_a_figure(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }
}
