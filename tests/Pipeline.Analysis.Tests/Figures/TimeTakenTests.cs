using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "the 3.1% increase was over 12 months", "$10 billion over 10 years": in a sentence that gives an amount of money, a share
/// or a factor, "over" before a length of time tells the time it took, not a lower bound; with no such figure before it
/// ("he spent over 12 months in jail") it stays a bound. Sentences written for these tests.
/// </summary>
public sealed class TimeTakenTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The 0.3% increase was monthly, and the 3.1% increase was over 12 months.", "12 months", 12)]
    [InlineData("The government will spend $10 billion over 10 years.", "10 years", 10)]
    [InlineData("Prices rose 5 percent over 12 months.", "12 months", 12)]
    [InlineData("Exports doubled over five years.", "five years", 5)]
    public void Over_a_length_of_time_after_an_amount_or_a_change_is_the_time_it_took(string text, string span, double value)
    {
        var figure = Extractor.Extract(text, "en").Last();

        Assert.Equal((span, value, value, value), (figure.Text, figure.Value!.Value, figure.Low!.Value, figure.High!.Value));
    }

    [Theory]
    [InlineData("He spent over 12 months in jail.")]
    [InlineData("Ten people waited over 12 months for a visa.")]
    public void Over_a_length_of_time_with_no_amount_before_it_is_a_lower_bound(string text)
    {
        var figure = Extractor.Extract(text, "en").Last();

        Assert.Equal(("over 12 months", 12.0, (double?)null), (figure.Text, figure.Low!.Value, figure.High));
    }
}
