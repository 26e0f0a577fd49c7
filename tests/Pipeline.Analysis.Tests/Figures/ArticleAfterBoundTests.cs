using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// The article "un"/"a" counts nothing ("un soldat"), but after a bound it is the numeral one: "moins d'une semaine" is
/// under one week. An article before an amount ("exceeds a $ 4 billion") or before no unit stays an article.
/// </summary>
public sealed class ArticleAfterBoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "1.100 soldats ont été tués en moins d'une semaine de combats.", "moins d'une semaine", null, 1.0)]
    [InlineData("fr", "Le siège a duré plus d'un an.", "plus d'un an", 1.0, null)]
    [InlineData("en", "The siege lasted more than a year.", "more than a year", 1.0, null)]
    public void After_a_bound_the_article_is_one(string language, string text, string span, double? low, double? high)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal((low, high, (double?)null), (figure.Low, figure.High, figure.Value));
    }

    [Theory]
    [InlineData("en", "In 2011 the industry exceeds a $ 4 billion turnover.", 4_000_000_000.0)]
    public void An_article_before_an_amount_is_no_number(string language, string text, double amount)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(amount, figure.Value ?? figure.Low);
    }

    [Theory]
    [InlineData("en", "No more than a few soldiers stayed.")]
    [InlineData("fr", "Plus d'un a hésité.")]
    public void Without_a_unit_the_article_after_a_bound_stays_an_article(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }
}
