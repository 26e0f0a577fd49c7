using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>"we expect to add 65,000 more tomorrow": a time word after a number is when, never what it counts.</summary>
public sealed class TimeWordAfterNumberTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("We added over 50,000 votes today. We expect to add 65,000 more tomorrow.")]
    [InlineData("We added over 50,000 votes today. We expect to add 65,000 more tonight.")]
    public void A_time_word_after_an_increment_leaves_it_counting_what_came_before(string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"), f => f.Value == 65000);

        Assert.Equal("vote", figure.Counted?.Lemma);
    }
}
