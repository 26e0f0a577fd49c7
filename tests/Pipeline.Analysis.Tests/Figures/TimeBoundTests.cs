using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "past" is a lower bound after a verb of rising ("the toll soars past 700") and a time after a determiner ("the past
/// 10 years") or the clock's "half" ("half past 7").
/// </summary>
public sealed class TimeBoundTests
{
    [Theory]
    [InlineData("en", "Chile Earthquake Death Toll Soars Past 700 as Leader Describes Catastrophe", "Past 700", 700)]
    [InlineData("en", "By Friday the toll had climbed past 1,000 dead.", "past 1,000 dead", 1000)]
    public void Past_after_a_verb_is_a_lower_bound(string language, string text, string figureText, double low)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((figureText, (double?)null, (double?)low, (double?)null), (figure.Text, figure.Value, figure.Low, figure.High));
    }

    [Theory]
    [InlineData("en", "In the past 10 years the city grew.", "10 years", 10)]
    [InlineData("en", "For the past 24 hours the border was closed.", "24 hours", 24)]
    [InlineData("en", "Its past three presidents visited.", "three presidents", 3)]
    public void Past_after_a_determiner_is_a_time_and_states_no_bound(string language, string text, string figureText, double value)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((figureText, (double?)value, (double?)value, (double?)value), (figure.Text, figure.Value, figure.Low, figure.High));
    }

    [Fact]
    public void Half_past_a_number_is_a_time_of_day_and_states_no_bound()
    {
        Assert.All(ArticleFigures.Of("The meeting opened at half past 7 in the town hall.", "en"), figure => Assert.Equal(figure.Value, figure.Low));
    }
}
