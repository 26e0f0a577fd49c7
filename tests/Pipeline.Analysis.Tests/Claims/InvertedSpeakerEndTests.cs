using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// After an inverted reporting verb, the speaker's name ends where the article says whom the speaker told, before whom,
/// on what air or about what ("a déclaré le préfet à BFMTV", "a annoncé le ministre à propos des intempéries", "said the
/// minister about the floods"); a title that goes on past "à"/"to" ("le ministre délégué à l'Industrie", "the
/// ambassador to the United Nations") stays whole.
/// </summary>
public sealed class InvertedSpeakerEndTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "« Deux personnes sont mortes », a annoncé Bernard Cazeneuve à propos des intempéries.", "Deux personnes", "Bernard Cazeneuve")]
    [InlineData("fr", "Quarante logements ont été évacués, a indiqué le maire au sujet de l'incendie.", "Quarante logements", "le maire")]
    [InlineData("fr", "« Nous comptons 45 blessés », a déclaré le préfet concernant l'explosion.", "45 blessés", "le préfet")]
    [InlineData("fr", "« Deux personnes sont mortes », a déclaré le préfet à BFMTV.", "Deux personnes", "le préfet")]
    [InlineData("fr", "Trois salariés ont été licenciés, a confié la directrice au Parisien.", "Trois salariés", "la directrice")]
    [InlineData("fr", "« Nous avons secouru 12 personnes », a raconté le capitaine Martin au micro de France Bleu.", "12 personnes", "Martin")]
    [InlineData("fr", "Le bilan s'élève à 12 morts, a précisé le procureur devant les journalistes.", "12 morts", "le procureur")]
    [InlineData("fr", "Le bilan s'élève à 12 morts, a précisé le procureur face à la presse.", "12 morts", "le procureur")]
    [InlineData("fr", "Le bilan s'élève à 12 morts, a précisé le procureur à des journalistes.", "12 morts", "le procureur")]
    [InlineData("en", "\"Two people died,\" said the minister about the floods.", "Two people", "the minister")]
    [InlineData("en", "\"We rescued 12 people,\" said Captain Jane Smith to reporters.", "12 people", "Jane Smith")]
    [InlineData("en", "Forty homes were evacuated, said the mayor regarding the fire.", "Forty homes", "the mayor")]
    public void What_follows_an_inverted_speaker_about_whom_it_told_is_no_part_of_its_name(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(text, language, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("fr", "Trois usines vont fermer, a annoncé le ministre délégué à l'Industrie.", "Trois usines", "le ministre délégué à l'Industrie")]
    [InlineData("fr", "Trois lignes seront suspendues, a indiqué le secrétaire d'État aux Transports.", "Trois lignes", "le secrétaire d'État aux Transports")]
    [InlineData("en", "\"Two people died,\" said the ambassador to the United Nations.", "Two people", "the ambassador to the United Nations")]
    public void A_title_that_goes_on_past_its_preposition_stays_whole(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor(text, language, figure).Source);
    }
}
