using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// French news reports a fresh announcement in the recent past, "venir de" and the reporting verb's infinitive ("Le
/// ministère vient d'annoncer un bilan de 120 morts"): its speaker stands before it, as before "a annoncé". A verb that is
/// no reporting verb ("vient d'investir"), or one that reports only before "que" taking something else ("vient de
/// déclarer l'état d'urgence"), names nobody. English has no such shape: it says "has just announced".
/// </summary>
public sealed class RecentPastTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Le ministère de la Santé vient d'annoncer un nouveau bilan de 120 morts.", "120 morts", "Le ministère de la Santé")]
    [InlineData("L'Insee vient d'indiquer que le chômage a atteint 7,4 %.", "7,4 %", "L'Insee")]
    [InlineData("Les pompiers viennent de confirmer la mort de trois personnes.", "trois personnes", "Les pompiers")]
    [InlineData("Le gouvernement venait d'annoncer 300 millions d'euros d'aide.", "300 millions", "Le gouvernement")]
    [InlineData("La ministre vient également d'annoncer 200 millions d'euros.", "200 millions", "La ministre")]
    [InlineData("Le maire vient d'ajouter que 40 familles ont été relogées.", "40 familles", "Le maire")]
    public void The_recent_past_of_a_reporting_verb_names_its_speaker_before_it(string text, string figure, string source)
    {
        var claim = ClaimFor(text, "fr", figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("L'entreprise vient d'investir 40 millions d'euros.", "40 millions")]
    [InlineData("Le club vient de recruter 3 joueurs.", "3 joueurs")]
    [InlineData("Le gouvernement vient de déclarer l'état d'urgence dans 12 départements.", "12 départements")]
    [InlineData("Le maire vient d'ajouter 40 places de parking.", "40 places")]
    [InlineData("Les 300 salariés qui viennent d'apprendre la nouvelle sont inquiets.", "300 salariés")]
    public void A_recent_past_that_reports_nothing_names_nobody(string text, string figure)
    {
        Assert.Null(ClaimFor(text, "fr", figure).Source);
    }
}
