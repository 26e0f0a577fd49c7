using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A single capital is a letter ("catégories B et C", "en S4", "in Q2"), and an abbreviated month dates ("conducted Oct.
/// 2-5"): neither is who a figure is about nor where it happened.
/// </summary>
public sealed class LetterAndMonthNotNameTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("fr", "Le nombre d'inscrits en catégories B et C a augmenté de 2,1 % en un an.", "2,1 %")]
    [InlineData("fr", "Les hospitalisations pour grippe ont atteint 0,7 % en S4 selon Santé publique France.", "0,7 %")]
    [InlineData("fr", "Le chiffre d'affaires a reculé de 3 % au T2.", "3 %")]
    [InlineData("en", "The index rose 3% in Q4, the bureau said.", "3%")]
    [InlineData("en", "The poll, conducted Oct. 2-5, gave the party 31% of the vote.", "31%")]
    [InlineData("en", "The survey of 40 economists, conducted Nov. 3-11, found a median forecast of 2% growth.", "2%")]
    public void A_letter_or_an_abbreviated_month_is_neither_subject_nor_place(string language, string text, string figure)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figure);

        Assert.Null(claim.Subject);
        Assert.Null(claim.Location);
    }

    [Theory]
    [InlineData("en", "Prices rose 3.2% in the U.K. last month.", "3.2%", "U.K.")]
    [InlineData("fr", "En Bretagne, 300 foyers sont privés d'électricité.", "300 foyers", "Bretagne")]
    public void A_place_of_capitals_and_full_stops_or_of_one_word_stays_a_place(string language, string text, string figure, string location)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(location, claim.Location);
    }
}
