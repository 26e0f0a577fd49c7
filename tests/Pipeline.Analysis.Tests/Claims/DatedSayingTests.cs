using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A span of time anchored to an event that dates the saying ("Two days after the attack, police said …") is the
/// article's own, while what the speaker says stays reported (tools/news-set-tenth/README.md, "Modality": "the 24 hours
/// date the statement: asserted").
/// </summary>
public sealed class DatedSayingTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("en", "Two days after the attack, police said 12 suspects had been arrested.", "Two days", "12 suspects", "police")]
    [InlineData("en", "More than 20 hours after the storm made landfall, authorities said they knew of 17 deaths.", "More than 20 hours", "17 deaths", "authorities")]
    [InlineData("en", "Three weeks into the strike, the union says 4,000 workers have walked out.", "Three weeks", "4,000 workers", "the union")]
    [InlineData("fr", "Deux jours après l'attaque, la police a annoncé que 12 suspects avaient été arrêtés.", "Deux jours", "12 suspects", "la police")]
    [InlineData("fr", "Plus de 24 heures après le séisme, les autorités ont indiqué que 40 personnes étaient mortes.", "Plus de 24 heures", "40 personnes", "les autorités")]
    [InlineData("fr", "Trois semaines plus tard, le ministère a affirmé que 300 écoles restaient fermées.", "Trois semaines", "300 écoles", "le ministère")]
    public void A_span_that_dates_the_saying_is_the_article_s_and_what_is_said_stays_reported(
        string language, string text, string span, string said, string source)
    {
        var claims = Analyzer.Analyze(text, language, null).Claims;
        var dating = Assert.Single(claims, c => c.Figure.Text == span);
        var content = Assert.Single(claims, c => c.Figure.Text.StartsWith(said, StringComparison.Ordinal));

        Assert.Null(dating.Source);
        Assert.Equal(ClaimModality.Asserted, dating.Modality);
        Assert.Equal(source, content.Source, ignoreCase: true);
        Assert.Equal(ClaimModality.Reported, content.Modality);
    }

    [Theory]
    [InlineData("Cela fait 8 mois que l'Insee annonce une hausse du chômage.", "8 mois")]
    [InlineData("Voilà plus d'un an que le gouvernement affirme que le chômage va baisser.", "plus d'un an")]
    [InlineData("Cela fait dix jours que la préfecture annonce une décrue.", "dix jours")]
    public void The_span_of_a_cleft_of_time_before_a_speaker_is_the_article_s(string text, string span)
    {
        var dating = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text == span);

        Assert.Null(dating.Source);
        Assert.Equal(ClaimModality.Asserted, dating.Modality);
    }
}
