using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A number opening a line before a capitalised word reads as a heading's number ("2 Methods"), but an acronym with a
/// plural mark is a common noun counted ("53 MPs were elected", "12 NGOs signed"). Texts written for these tests.
/// </summary>
public sealed class LineOpeningCountTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The vote went well.\n\n53 MPs were elected in today's general elections.", "53 MPs", 53)]
    [InlineData("Results\n\n12 NGOs signed the letter on Monday.", "12 NGOs", 12)]
    [InlineData("The army said so.\n\n40 APCs were sent to the front.", "40 APCs", 40)]
    public void An_acronym_with_a_plural_mark_after_a_line_opening_number_is_what_it_counts(string text, string span, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, value), (figure.Text, figure.Value!.Value));
    }

    [Theory]
    [InlineData("Contents\n\n2 Methods and Results\n")]
    [InlineData("Contents\n\n3 NATO Summit Outcomes\n")]
    public void A_line_opening_number_before_a_heading_word_stays_no_figure(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }
}
