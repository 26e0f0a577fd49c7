using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A bound said after what the number counts ("135 morts au moins") bounds the number as one said before it would. Read by hand.</summary>
public sealed class BoundAfterCountedTests
{
    [Theory]
    [InlineData("fr", "Ces ONG avancent un bilan de 135 morts au moins.", "135 morts au moins", 135)]
    [InlineData("en", "Rescuers counted 40 bodies at least by nightfall.", "40 bodies at least", 40)]
    public void A_lower_bound_after_the_counted_noun_makes_the_number_a_lower_edge(string language, string text, string span, double low)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal(span, figure.Text);
        Assert.Null(figure.Value);
        Assert.Equal(low, figure.Low);
        Assert.Null(figure.High);
    }

    [Fact]
    public void A_bound_that_opens_the_next_number_is_that_number_s()
    {
        var figures = ArticleFigures.Of("Il a vu 12 chars au moins 3 fois.", "fr");

        Assert.Equal(12, figures[0].Value);
        Assert.Equal(3, figures[1].Low);
    }
}
