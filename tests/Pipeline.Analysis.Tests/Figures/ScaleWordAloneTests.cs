using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>"score" is twenty only after a number ("four score and seven"); alone it is a game's score or a verb.</summary>
public sealed class ScaleWordAloneTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("the final score was close")]
    [InlineData("they score goals at home")]
    public void Score_alone_is_no_number(string text) =>
        Assert.Empty(Extractor.Extract(text, "en"));

    [Theory]
    [InlineData("four score and seven years ago", 87)]
    [InlineData("it lasted a score of years", 20)]
    public void Score_after_a_number_multiplies_it(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extractor.Extract(text, "en")).Value);
}
