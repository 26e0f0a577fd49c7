using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The presents of French reporting verbs that are also nouns or change their accent ("relève", "alerte", "martèle",
/// "révèle") stand before their speaker right after a comma or a quote, as "précise" does (", relève l'Insee"); elsewhere
/// the noun ("la relève", "alerte rouge") or the verb of belonging ("relève de la justice") names nobody. English has no
/// such shape of its own.
/// </summary>
public sealed class InvertedPresentTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Le chômage a reculé de 0,3 point au premier trimestre, relève l'Insee.", "0,3 point", "l'Insee")]
    [InlineData("Le chômage a reculé de 0,3 point, relève dans un communiqué l'Institut national de la statistique.", "0,3 point", "l'Institut national de la statistique")]
    [InlineData("Les prix ont augmenté de 2 % en un an, relèvent les économistes de la banque.", "2 %", "les économistes de la banque")]
    [InlineData("Plus de 300 000 enfants sont menacés par la faim, alerte l'Unicef.", "300 000", "l'Unicef")]
    [InlineData("« Nous avons perdu 40 % de nos clients », martèle le patron de la compagnie.", "40 %", "le patron de la compagnie")]
    [InlineData("Quelque 1 200 postes seront supprimés, révèle le journal Les Echos.", "1 200", "Les Echos")]
    public void A_present_that_is_also_a_noun_names_its_speaker_after_a_comma(string text, string figure, string source)
    {
        var claim = ClaimFor(text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Cette affaire, qui concerne 300 salariés, relève de la justice.", "300 salariés")]
    [InlineData("Après 12 heures de garde, la relève est arrivée.", "12 heures")]
    [InlineData("Les 30 communes restent en vigilance, alerte rouge pour la pluie.", "30 communes")]
    [InlineData("Les 30 communes restent en vigilance, alerte maximale jusqu'à jeudi.", "30 communes")]
    public void The_noun_or_the_verb_of_belonging_names_nobody(string text, string figure)
    {
        Assert.Null(ClaimFor(text, figure).Source);
    }
}
