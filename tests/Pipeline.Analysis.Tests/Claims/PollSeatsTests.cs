using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The seats a poll gives a party are its projection, hedged as a poll's shares are (the tenth set's reading: "poll shares
/// … and exit-poll projections are hedged, the polls as source"); seats won, and the seats set beside a projection as the
/// count that stands, are not.
/// </summary>
public sealed class PollSeatsTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Le sondage Ifop donne 20 à 40 sièges au RN.", "fr", "20 à 40 sièges")]
    [InlineData("Les sondages prédisent tout au plus 40 sièges pour le RN.", "fr", "au plus 40 sièges")]
    [InlineData("La coalition est créditée au mieux de 90 à 120 sièges par Elabe.", "fr", "90 à 120 sièges")]
    [InlineData("Notre sondage créditait le parti de 15 à 35 députés.", "fr", "15 à 35 députés")]
    [InlineData("The Conservatives are credited with 120 to 140 seats in the new parliament.", "en", "120 to 140 seats")]
    [InlineData("The Tories get 120 to 140 seats, according to a YouGov poll.", "en", "120 to 140 seats")]
    public void Seats_a_poll_gives_are_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, language, figureText).Modality);
    }

    [Theory]
    [InlineData("Le parti a obtenu 53 sièges à l'Assemblée.", "fr", "53 sièges")]
    [InlineData("La coalition est créditée de 90 à 120 sièges, contre 250 sièges dans l'Assemblée sortante.", "fr", "250 sièges")]
    [InlineData("Contrairement aux sondages, le RN n'a remporté que 143 sièges.", "fr", "143 sièges")]
    [InlineData("Contrairement aux sondages, le RN a obtenu 33 % des voix.", "fr", "33 %")]
    [InlineData("Idrissa Seck, crédité de 20,50 %, arrive second.", "fr", "20,50 %")]
    [InlineData("Labour won 411 seats in the election.", "en", "411 seats")]
    [InlineData("Contrary to the polls, Labour won only 35 percent.", "en", "35 percent")]
    public void Seats_won_and_denied_polls_are_not_hedged(string text, string language, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(text, language, figureText).Modality);
    }
}
