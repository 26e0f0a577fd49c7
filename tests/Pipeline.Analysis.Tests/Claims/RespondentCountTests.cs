using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A count of those a survey asked, like a count of the speakers ("according to 42 professional forecasters", the fourth
/// set's reading), is the article's own: the forecast the respondents make does not hedge how many they are.
/// </summary>
public sealed class RespondentCountTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "However, growth will slow to 2.5 percent in 1998, according to the quarterly survey of 37 analysts.", "37 analysts")]
    [InlineData("en", "The 39 economists surveyed expect inflation to reach 2% in 2019.", "39 economists")]
    [InlineData("en", "Some 40 analysts polled by Reuters expect the bank to cut rates.", "Some 40 analysts")]
    [InlineData("fr", "Les 40 économistes interrogés s'attendent à une croissance de 1 %.", "40 économistes")]
    [InlineData("fr", "Une trentaine d'économistes sondés par l'agence prévoient une hausse des taux.", "Une trentaine d'économistes")]
    public void A_count_of_respondents_is_not_hedged_by_what_they_foresee(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The 39 economists surveyed expect inflation to reach 2% in 2019.", "2%")]
    [InlineData("en", "Analysts expect 300 jobs to be cut at the plant.", "300 jobs")]
    [InlineData("fr", "Les 40 économistes interrogés s'attendent à une croissance de 1 %.", "1 %")]
    [InlineData("fr", "Les 300 salariés pourraient être licenciés.", "300 salariés")]
    public void What_respondents_foresee_and_other_counts_stay_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
