using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// The article "un"/"a" counts nothing ("un soldat"), but after a bound it is the numeral one: "moins d'une semaine" is
/// under one week. An article before an amount ("exceeds a $ 4 billion") or before no unit stays an article, and so does
/// one unit of time a comparison looks back to ("higher than a year earlier").
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
    [InlineData("en", "Consumer prices were higher than a year earlier, the office said.")]
    [InlineData("en", "Output was lower than a month previously.")]
    [InlineData("en", "Sales were bigger than a year earlier in every region.")]
    [InlineData("fr", "Les prix sont plus élevés qu'un an plus tôt, selon l'Insee.")]
    [InlineData("fr", "La production est inférieure à un mois auparavant.")]
    [InlineData("fr", "Le chômage est plus bas qu'un trimestre précédemment.")]
    public void One_unit_of_time_a_comparison_looks_back_to_is_no_duration(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("en", "The talks began more than a year before the vote.", "more than a year")]
    [InlineData("en", "He left less than a week ago.", "less than a week")]
    [InlineData("fr", "Les pourparlers ont commencé plus d'un an avant le scrutin.", "plus d'un an")]
    [InlineData("fr", "Il est parti il y a moins d'une semaine.", "moins d'une semaine")]
    public void A_bounded_unit_of_time_before_no_comparison_adverb_stays_a_duration(string language, string text, string span)
    {
        Assert.Single(Extractor.Extract(text, language), f => f.Text == span);
    }

    [Theory]
    [InlineData("en", "No more than a few soldiers stayed.")]
    [InlineData("fr", "Plus d'un a hésité.")]
    public void Without_a_unit_the_article_after_a_bound_stays_an_article(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }
}
