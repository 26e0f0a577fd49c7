using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A headline's label glued to its count ("Burkina Faso:11 militaires tués"): the colon lost its space, the count is
/// still a figure; a colon between two numbers ("10:30", "3:1") still makes no figure.
/// </summary>
public sealed class HeadlineLabelTests
{
    [Theory]
    [InlineData("fr", "Burkina Faso:11 militaires tués dans une attaque", "11 militaires", 11)]
    [InlineData("fr", "Bilan:11 morts", "11 morts", 11)]
    [InlineData("en", "Kenya:12 soldiers killed in an attack", "12 soldiers", 12)]
    public void A_count_glued_to_a_label_s_colon_is_a_figure(string language, string text, string figureText, double value)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((figureText, (double?)value), (figure.Text, figure.Value));
    }

    [Theory]
    [InlineData("en", "The meeting began at 10:30 sharp.")]
    [InlineData("en", "The ratio was 3:1 in the end.")]
    public void Numbers_joined_by_a_colon_make_no_figure(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }
}
