using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Unemployment ticked up to 4.1%": the "up" of a verb that moves a level opens the "up to" after it, and the number is
/// the level reached, not a ceiling. Shapes of market and economic copy; French writes the level without a bound word
/// ("revu à la hausse, à 7,8 %"), so the shape is English only. Values worked out by hand.
/// </summary>
public sealed class ParticleBeforeBoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Unemployment ticked up to 4.1% in May.", 4.1)]
    [InlineData("Inflation edged up to 2.4% last month.", 2.4)]
    [InlineData("May's gain was revised up to 1.0%.", 1.0)]
    [InlineData("The 2020 total was revised up to 1,364.2 million in the next report.", 1_364_200_000)]
    [InlineData("Mortgage rates crept up to 7.2% this week.", 7.2)]
    [InlineData("The bond yield inched up to 4.5% on Tuesday.", 4.5)]
    public void A_verb_whose_particle_opens_up_to_states_the_level_reached(string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((value, value, value, false), (figure.Value, figure.Low, figure.High, figure.Approximate));
    }

    [Theory]
    [InlineData("The storm could bring up to 7 inches of rain.", 7)]
    [InlineData("Police arrested up to 30 people.", 30)]
    [InlineData("Prices in some regions rose up to 30% in a year.", 30)]
    public void Up_to_after_any_other_word_is_a_ceiling(string text, double high)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(((double?)null, (double?)null, high), (figure.Value, figure.Low, figure.High));
    }
}
