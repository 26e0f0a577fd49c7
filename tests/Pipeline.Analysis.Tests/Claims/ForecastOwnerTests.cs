using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A forecast held by a possessor and linked to the figure it is of ("above economists' expectations of 2.7%", "below the
/// poll's prediction of 2.85%") is the possessor's: who forecasts a figure is its source (tools/news-set-press/README.md,
/// "Estimates": "a 1.2 percent forecast" is hedged; "Economists polled by Reuters had expected" names the source), as
/// "economists had expected 2.7%" would name them. French gives a forecast its holder with "de", not a possessive mark,
/// and the rule has no words there.
/// </summary>
public sealed class ForecastOwnerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Inflation was 2.9% in May, above economists' expectations of 2.7%.", "2.7%", "economists")]
    [InlineData("The bank cut its rate to 2.75%, below the poll's prediction of 2.85%.", "2.85%", "the poll")]
    [InlineData("Growth came in at 1.1%, short of the IMF's projection of 1.4% for the year.", "1.4%", "the IMF")]
    [InlineData("The economy grew 0.6%, ahead of analysts' consensus estimate of 0.5%.", "0.5%", "analysts")]
    [InlineData("Exports fell 3%, against the central bank's forecast of a 1% rise.", "1%", "the central bank")]
    [InlineData("The figure topped the Reuters poll's consensus forecast for a gain of 175,000 jobs.", "175,000", "the Reuters poll")]
    public void The_possessor_of_a_forecast_is_the_source_of_its_figure(string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("en", "The ministry's count of 40 deaths was later revised.", "40 deaths")]
    [InlineData("en", "The city's population of 2 million makes it the largest in the region.", "2 million")]
    [InlineData("en", "The forecast of 3% growth assumed lower oil prices.", "3%")]
    [InlineData("en", "Expectations of a 0.5% rate cut grew after the report.", "0.5%")]
    [InlineData("fr", "La croissance a atteint 1,1 %, en deçà de la prévision du FMI de 1,4 %.", "1,1 %")]
    public void A_figure_no_possessor_forecasts_keeps_no_source(string language, string text, string figure)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Null(claim.Source);
    }
}
