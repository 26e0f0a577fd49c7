using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "more than 2-1/2 years", "1-1/2 inches", "a 1-1/2-cent rise": American news joins a mixed number's whole to its fraction
/// with a hyphen, one number (2.5), as "2 1/2" spaced is; a hyphen before a compound's unit after the fraction keeps it.
/// Dashed scores, dates and codes stay what they were. French writes "deux ans et demi" and has no such shape. Sentences
/// written for these tests.
/// </summary>
public sealed class HyphenedMixedFractionTests
{
    [Theory]
    [InlineData("Mr Smith was sentenced to more than 2-1/2 years in prison.", 2.5)]
    [InlineData("The storm dropped 1-1/2 inches of rain on the city.", 1.5)]
    [InlineData("The pipe is 3-3/4 inches wide.", 3.75)]
    [InlineData("Instead of a three-cent increase, we might see a 1-1/2-cent rise.", 1.5)]
    [InlineData("The crew built a 2 1/2-mile trail.", 2.5)]
    public void A_hyphen_joins_a_whole_to_its_fraction(string text, double value)
    {
        Assert.Contains(ArticleFigures.Numbers(text, "en"), n => n.Value == value);
    }

    [Theory]
    [InlineData("The court filed case 12-1/2025 on Monday.")]
    [InlineData("Scores were 3-1 and 2-1 in the two legs.")]
    [InlineData("The ward spent 24/7 on call for 2-3 weeks.")]
    public void Dashed_scores_dates_and_codes_make_no_mixed_number(string text)
    {
        Assert.DoesNotContain(ArticleFigures.Numbers(text, "en"), n => n.Value != Math.Floor(n.Value));
    }
}
