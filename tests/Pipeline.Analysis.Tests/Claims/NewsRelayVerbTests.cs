using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// French verbs with which a newspaper relays what an authority or another paper put out: "relater" (", relate Le
/// Télégramme") and "informer que" ("L'ARS informe que 22 cas"). Each reports what was said, not a thing it takes ("la
/// mairie a informé les habitants", "le film relate la vie de 12 soldats"). English has the shape only with "informed",
/// listed already.
/// </summary>
public sealed class NewsRelayVerbTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("« Trois personnes sont décédées », relate le préfet dans son communiqué.", "Trois personnes", "le préfet")]
    [InlineData("Deux véhicules sont entrés en collision, faisant trois morts, relate Le Télégramme.", "trois morts", "Le Télégramme")]
    [InlineData("L'accident a fait cinq blessés, relatait mardi La Voix du Nord.", "cinq blessés", "La Voix du Nord")]
    [InlineData("L'Agence régionale de santé (ARS) informe que 22 cas de dengue ont été confirmés.", "22 cas", "L'Agence régionale de santé")]
    [InlineData("La préfecture a informé que 300 personnes avaient été évacuées.", "300 personnes", "La préfecture")]
    public void A_relaying_verb_reports_what_was_put_out(string text, string figure, string source)
    {
        var claim = ClaimOf(text, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("La mairie a informé les 300 habitants de la coupure.", "300 habitants")]
    [InlineData("Le film relate la vie de 12 soldats.", "12 soldats")]
    [InlineData("Le livre relate les 300 jours du siège.", "300 jours")]
    public void What_the_verb_takes_is_not_reported(string text, string figure)
    {
        var claim = ClaimOf(text, figure);

        Assert.Equal((null, ClaimModality.Asserted), (claim.Source, claim.Modality));
    }
}
