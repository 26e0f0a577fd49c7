using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// What states a bound: a comparison sign alone, not one glued into another operator nor offered as the alternative to
/// its opposite; a proportion bounded after it.
/// </summary>
public sealed class RangeBoundTests
{
    [Theory]
    [InlineData("<>30")]
    [InlineData("=>30")]
    [InlineData("=<30")]
    public void A_sign_glued_after_another_comparison_sign_bounds_nothing(string text)
    {
        Assert.Empty(ArticleFigures.Bounded(text, "en"));
    }

    [Theory]
    [InlineData("fr", "inférieur ou supérieur à 30")]
    [InlineData("en", "less or greater than 30")]
    public void A_bound_offered_as_the_alternative_to_its_opposite_bounds_nothing(string language, string text)
    {
        Assert.Empty(ArticleFigures.Bounded(text, language));
    }

    [Theory]
    [InlineData("fr", "supérieur à 30", 30.0, null)]
    [InlineData("fr", "Son score est de 200 ou plus que", 200.0, null)]
    [InlineData("fr", "Son score est de 200 ou moins que", null, 200.0)]
    public void A_single_bound_in_french_still_bounds(string language, string text, double? low, double? high)
    {
        var range = Assert.Single(ArticleFigures.Bounded(text, language));

        Assert.Equal((low, high), (range.Low, range.High));
    }

    [Theory]
    [InlineData(">30", 30.0, null)]
    [InlineData("<30", null, 30.0)]
    [InlineData(">=30", 30.0, null)]
    public void A_comparison_sign_alone_bounds_the_number(string text, double? low, double? high)
    {
        var range = Assert.Single(ArticleFigures.Bounded(text, "en"));

        Assert.Equal((low, high), (range.Low, range.High));
    }

    [Theory]
    [InlineData("en", "How about 2 in 5 or more", "2 in 5 or more", 40)]
    [InlineData("fr", "deux sur cinq ou plus", "deux sur cinq ou plus", 40)]
    [InlineData("en", "2 in 5 or more voters agree", "2 in 5 or more", 40)]
    public void A_proportion_bounded_after_it_is_the_bound(string language, string text, string span, double low)
    {
        var range = Assert.Single(ArticleFigures.Bounded(text, language));

        Assert.Equal((span, (double?)null, "percent"), (ArticleFigures.Quantity(text, range), range.High, range.Unit));
        Assert.Equal(low, range.Low!.Value, 9);
    }

    [Theory]
    [InlineData("en", "8 in 5 or more", 5.0)]
    [InlineData("en", "2000 over 3 or more", 3.0)]
    public void An_improper_ratio_is_not_read_as_a_proportion(string language, string text, double low)
    {
        var range = Assert.Single(ArticleFigures.Bounded(text, language));

        Assert.Equal(low, range.Low);
    }
}
