using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "quarters" is a denominator and a period of a year: after "the next", "the past"… and with no "of" after it, the
/// quarters are counted (a duration); elsewhere "three quarters of" stays a share in percent.
/// </summary>
public sealed class PeriodDenominatorTests
{
    [Theory]
    [InlineData("en", "Growth should be stronger for the next three quarters.", "three quarters", 3)]
    [InlineData("en", "Profits rose in each of the past four quarters.", "four quarters", 4)]
    [InlineData("en", "Growth should be stronger for the next 3 quarters.", "3 quarters", 3)]
    public void Quarters_after_a_period_opener_are_periods_counted(string language, string text, string figureText, double value)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((figureText, (double?)value, "quarter", FigureCategory.Duration), (figure.Text, figure.Value, figure.Unit, figure.Category));
    }

    [Theory]
    [InlineData("en", "Three quarters of voters agreed.", 75)]
    [InlineData("en", "In the last three quarters of the century the city grew.", 75)]
    public void Quarters_of_a_whole_are_a_share(string language, string text, double percent)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal(((double?)percent, "percent"), (figure.Value, figure.Unit));
    }
}
