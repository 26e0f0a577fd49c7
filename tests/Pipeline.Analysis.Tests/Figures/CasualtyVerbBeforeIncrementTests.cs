using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A casualty verb before "another", "a further", "an additional" and a number is that number's ("killing more than 24,500
/// people, injuring another 80,000": the 80,000 are wounded), and not the fate of the people counted before it, who keep
/// their own ("killed five people and wounded another 12": the five are killed). Each row was written by hand from the
/// guidelines' casualty categories.
/// </summary>
public sealed class CasualtyVerbBeforeIncrementTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The quake killed more than 24,500 people, injuring another 80,000.", "more than 24,500 people", "killed", "80,000", "wounded")]
    [InlineData("The strike killed five people and wounded another 12.", "five people", "killed", "12", "wounded")]
    [InlineData("The blast killed two soldiers and wounded a further 14.", "two soldiers", "killed", "14", "wounded")]
    public void The_verb_before_the_increment_is_its_own(string text, string first, string firstUnit, string second, string secondUnit)
    {
        var figures = Extractor.Extract(text, "en");

        Assert.Equal(firstUnit, Assert.Single(figures, f => f.Text == first).Unit);
        Assert.Equal(secondUnit, Assert.Single(figures, f => f.Text == second).Unit);
    }

    [Fact]
    public void Another_count_with_no_casualty_verb_takes_none()
    {
        var figure = Assert.Single(Extractor.Extract("The storm killed 12 people and left another 300 homeless.", "en"), f => f.Text.StartsWith("300", StringComparison.Ordinal));

        Assert.NotEqual(FigureCategory.Casualties, figure.Category);
    }
}
