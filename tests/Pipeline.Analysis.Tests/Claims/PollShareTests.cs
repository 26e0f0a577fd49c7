using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A share a poll gives is a projection, hedged (tools/news-set-tenth/README.md, "Modality": "poll shares … and exit-poll
/// projections are hedged, the polls as source"), whether the poll is the source or the subject opening the clause; an
/// election called "the polls" gives no projection.
/// </summary>
public sealed class PollShareTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "Pollsters give the incumbent 54 percent in the runoff.", "54 percent")]
    [InlineData("en", "The president has 42 percent of the vote, according to a Gallup poll.", "42 percent")]
    [InlineData("en", "Exit polls put the ruling party at 38%.", "38%")]
    [InlineData("fr", "Les sondeurs donnent le candidat gagnant avec 54 % des voix.", "54 %")]
    [InlineData("fr", "Le candidat est crédité de 28 % des intentions de vote, selon un sondage Ifop.", "28 %")]
    [InlineData("fr", "Les derniers sondages placent le parti à 31 % au premier tour.", "31 %")]
    [InlineData("fr", "En moyenne, l'alliance est donnée en tête des intentions de vote (environ 30 % des voix), devant la coalition Ensemble (26 %).", "environ 30 %")]
    [InlineData("fr", "En moyenne, l'alliance est donnée en tête des intentions de vote (environ 30 % des voix), devant la coalition Ensemble (26 %).", "26 %")]
    [InlineData("fr", "Le candidat recueille 24 % des intentions de vote au premier tour.", "24 %")]
    [InlineData("en", "Labour leads voting intentions with 41 percent, ahead of the Conservatives on 29 percent.", "29 percent")]
    [InlineData("en", "The far-right leader has 28 percent of voting intentions in the first round.", "28 percent")]
    [InlineData("en", "The governor registers 9 percent in the poll, far behind the front-runner.", "9 percent")]
    [InlineData("en", "The senator drew 40 percent support in the poll released on Monday.", "40 percent")]
    [InlineData("en", "Support for the mayor, at 12% in the latest Ipsos poll, has faded since spring.", "12%")]
    [InlineData("en", "The challenger is polling at 31 percent nationally.", "31 percent")]
    [InlineData("fr", "Le maire sortant recueille 23 % dans le dernier sondage Ifop.", "23 %")]
    [InlineData("fr", "La candidate obtient 17 % dans ce sondage, loin derrière le favori.", "17 %")]
    public void A_share_a_poll_gives_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "Le parti a obtenu 30 % des voix au premier tour.", "30 %")]
    [InlineData("fr", "La participation a atteint 63 % dimanche.", "63 %")]
    [InlineData("en", "The party won 41 percent of the vote.", "41 percent")]
    [InlineData("en", "The party won 41 percent in the runoff on Sunday.", "41 percent")]
    [InlineData("en", "Unemployment fell to 4 percent in the region last year.", "4 percent")]
    [InlineData("en", "Turnout reached 62 percent in the election, up from the poll of 2019.", "62 percent")]
    [InlineData("fr", "Le parti a obtenu 30 % dans la circonscription dimanche.", "30 %")]
    [InlineData("fr", "Le chômage a reculé de 2 % dans la région en un an.", "2 %")]
    public void A_share_of_the_votes_cast_is_asserted(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }
}
