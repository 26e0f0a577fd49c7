using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// Headlines and hurried sentences drop the comma before an inverted speaker ("Plus de 300 personnes évacuées annonce la
/// préfecture", "Twelve people died said police"): after the figure, a verb that inverts after a comma still names the
/// speaker that follows it, when that speaker closes the sentence. A verb with its own subject before it (a pronoun, a
/// relative, a clitic, or the figure's phrase alone), or one whose words go on past the speaker, names nobody.
/// </summary>
public sealed class UnmarkedInversionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Plus de 300 personnes évacuées annonce la préfecture", "300", "la préfecture")]
    [InlineData("Le bilan s'élève à 12 morts indique le ministère de l'Intérieur.", "12 morts", "le ministère de l'Intérieur")]
    [InlineData("Près de 2 000 foyers privés d'électricité précise Enedis", "2 000", "Enedis")]
    [InlineData("Le chômage a reculé de 0,3 point au troisième trimestre relève l'Insee mardi.", "0,3 point", "l'Insee")]
    [InlineData("Quatre blessés ont été recensés a annoncé la gendarmerie.", "Quatre blessés", "la gendarmerie")]
    public void A_french_speaker_set_in_after_its_verb_without_a_comma_is_the_source(string text, string figure, string source)
    {
        var claim = ClaimFor(text, "fr", figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Unemployment fell by 0.3 points in the third quarter reports the statistics office.", "0.3 points", "the statistics office")]
    [InlineData("Twelve people died said police on Monday.", "Twelve people", "police")]
    public void An_english_speaker_set_in_after_its_verb_without_a_comma_is_the_source(string text, string figure, string source)
    {
        var claim = ClaimFor(text, "en", figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Cette affaire qui concerne 300 salariés relève de la justice.", "300 salariés")]
    [InlineData("Les 300 salariés indiquent la direction.", "300 salariés")]
    [InlineData("Les 300 salariés indiquent la direction à suivre.", "300 salariés")]
    [InlineData("Le parti a obtenu 30 % des voix et annonce la victoire.", "30 %")]
    [InlineData("Les 30 communes restent en vigilance alerte rouge pour la pluie.", "30 communes")]
    [InlineData("Depuis 7 trimestres la banque centrale annonce la baisse.", "7 trimestres")]
    [InlineData("Depuis 7 trimestres Bercy annonce la reprise.", "7 trimestres")]
    [InlineData("Plus de 1 200 cas de choléra signalés depuis Pâques.", "1 200 cas")]
    [InlineData("Quelque 300 emplois ont été annoncés lorsque Renault a racheté l'usine.", "300 emplois")]
    public void A_french_verb_with_its_own_subject_or_object_names_nobody(string text, string figure)
    {
        Assert.Null(ClaimFor(text, "fr", figure).Source);
    }

    /// <summary>"the 3,000 jobs added since June", "1,200 cases reported since January": a name after a subordinator
    /// opens a clause or a time of its own; it is not the speaker set in after the verb.</summary>
    [Theory]
    [InlineData("The 300 workers reported the problem.", "300 workers")]
    [InlineData("The company cut 500 jobs and announced the plan.", "500 jobs")]
    [InlineData("The projections do not account for the 3,000 jobs added since June.", "3,000 jobs")]
    [InlineData("There have been 1,200 cholera cases reported since January.", "1,200")]
    [InlineData("The region has 300 deaths confirmed since March.", "300 deaths")]
    [InlineData("Over 150 claims were reported while Acme was closed.", "150 claims")]
    [InlineData("About 80 flights announced before Christmas were cancelled.", "80 flights")]
    public void An_english_verb_with_its_own_subject_or_object_names_nobody(string text, string figure)
    {
        Assert.Null(ClaimFor(text, "en", figure).Source);
    }
}
