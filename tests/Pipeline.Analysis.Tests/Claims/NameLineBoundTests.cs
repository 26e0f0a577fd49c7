using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A name ends with its line: a headline with no full stop ("… selon la CGT") is followed by a paragraph whose
/// first words name someone else, so the fuller name a later "la CGT" is read back to stops at the headline's end.</summary>
public sealed class NameLineBoundTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("fr", "Grève : 107.000 manifestants selon le ministère, près de 300.000 selon la CGT\n\nLe ministère de l'Intérieur indique que 107.000 personnes ont manifesté.\n\nSelon la CGT en revanche, près de 300.000 personnes ont manifesté mardi.", "près de 300.000 personnes", "la CGT")]
    [InlineData("fr", "Inondations : 12 morts selon la préfecture\n\nMarc Dubois s'est rendu sur place.\n\nLa préfecture a annoncé mardi 3 disparus.", "3 disparus", "La préfecture")]
    [InlineData("en", "Strike: 107,000 marchers, says the ministry, 300,000 according to the CGT\n\nThe Interior Ministry said 107,000 people marched.\n\nAccording to the CGT, 300,000 people marched on Tuesday.", "300,000 people", "the CGT")]
    [InlineData("en", "Floods kill 12, according to the FEMA\n\nThe Governor of Texas visited the area.\n\nThe FEMA said 40 homes were destroyed.", "40 homes", "The FEMA")]
    // Within one line the fuller name is still read back ("le ministère congolais de la Santé").
    [InlineData("fr", "Le ministère congolais de la Santé a annoncé 40 morts. Le ministère a ensuite annoncé 12 blessés.", "12 blessés", "Le ministère congolais de la Santé")]
    public void A_name_read_back_stops_at_the_end_of_its_line(string language, string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(source, claim.Source);
    }
}
