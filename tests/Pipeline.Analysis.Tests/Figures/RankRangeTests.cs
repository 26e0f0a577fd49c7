using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>Ranks bound a range where a range opener or a bound asks for a number ("between the tenth and the fifteenth").</summary>
public sealed class RankRangeTests
{
    [Theory]
    [InlineData("en", "He ranks between the tenth and the fifteenth.", 10.0, true, 15.0, true)]
    [InlineData("en", "He ranks higher than the tenth but lower than the fifteenth.", 10.0, false, 15.0, false)]
    [InlineData("fr", "Il se situe entre le dixième et le quinzième.", 10.0, true, 15.0, true)]
    [InlineData("fr", "Il se classe plus haut que le dixième mais plus bas que le quinzième.", 10.0, false, 15.0, false)]
    public void Ranks_bound_a_range(string language, string text, double low, bool lowIn, double high, bool highIn)
    {
        var range = Assert.Single(ArticleFigures.Bounded(text, language));

        Assert.Equal((low, lowIn, high, highIn), (range.Low!.Value, range.LowInclusive, range.High!.Value, range.HighInclusive));
    }

    [Theory]
    [InlineData("fr", "Les décès sont attribuables à la grippe, et ce jusqu'à la troisième semaine de janvier.")]
    [InlineData("fr", "Le couvre-feu est prolongé jusqu'à la quatrième semaine de mars.")]
    [InlineData("fr", "Les soldes durent jusqu'à la cinquième journée.")]
    [InlineData("en", "The curfew runs up to the fourth week of March.")]
    [InlineData("en", "The cuts last up to the fifth year of the plan.")]
    [InlineData("en", "It may run past the third month.")]
    public void A_rank_before_a_unit_after_a_bound_is_that_units_ordinal_not_a_figure(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("en", "He finished the tenth race")]
    [InlineData("en", "more than the quarter of it")]
    [InlineData("fr", "plus que le quart des votants")]
    [InlineData("en", "more than the half")]
    public void A_rank_without_a_bound_or_an_ordinal_naming_a_part_is_no_range(string language, string text)
    {
        // "more than the half" is a share (a percentage over 50), never a rank.
        Assert.DoesNotContain(ArticleFigures.Of(text, language), f => f.Category != FigureCategory.Percentage && (f.Low >= 1 || f.High >= 1));
    }
}
