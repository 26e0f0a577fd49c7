using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "a zero-casualty approach", "a zero-tolerance policy": zero hyphened to a word before a noun is an adjective naming a
/// goal or a kind, with nothing counted; "zero deaths", "zero percent" stay figures. Sentences written for these tests.
/// </summary>
public sealed class ZeroCompoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("\"We have taken a zero-casualty approach,\" said the manager.")]
    [InlineData("The city has a zero-tolerance policy on graffiti.")]
    [InlineData("Sales of zero-emission vehicles rose sharply.")]
    public void Zero_hyphened_before_a_noun_is_no_figure(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("There were zero new cases and zero deaths.", 2)]
    [InlineData("Interest was cut to zero percent.", 1)]
    public void Zero_that_counts_stays_a_figure(string text, int count)
    {
        Assert.Equal(count, Extractor.Extract(text, "en").Count(f => f.Value == 0));
    }
}
