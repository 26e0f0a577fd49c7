using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A person's title or role is kept beside the source's name, not inside it and not lost.</summary>
public sealed class SourceRoleTests
{
    [Theory]
    [InlineData("« Nous avons perdu 40 soldats », a déclaré le porte-parole de l'armée, Pierre Lemaire.", "fr", 40, "Pierre Lemaire", "porte-parole de l'armée")]
    [InlineData("Selon la ministre malienne de la Santé, Awa Traoré, 300 personnes ont été soignées.", "fr", 300, "Awa Traoré", "ministre malienne de la Santé")]
    [InlineData("Le général Marc Roussel a affirmé que 12 chars avaient été détruits.", "fr", 12, "Marc Roussel", "général")]
    [InlineData("\"We lost 40 soldiers,\" said army spokesman Col. Tom Baker.", "en", 40, "Tom Baker", "army spokesman Col.")]
    [InlineData("Hana Ito, the regional health commissioner, said 300 patients were treated.", "en", 300, "Hana Ito", "regional health commissioner")]
    [InlineData("Lt. Gen. Mary Holt said 12 tanks were destroyed.", "en", 12, "Mary Holt", "Lt. Gen.")]
    [InlineData("Health ministry spokesman Omar al-Masri said 300 people were killed.", "en", 300, "Omar al-Masri", "Health ministry spokesman")]
    [InlineData("Defence Minister Sarah Lyle said 30 missiles had been sent.", "en", 30, "Sarah Lyle", "Defence Minister")]
    public void A_role_written_with_the_name_is_the_source_role_and_the_name_alone_is_the_source(
        string text, string language, double value, string source, string role)
    {
        var claim = Assert.Single(new ArticleAnalyzer().Analyze(text, language, null).Claims, c => c.Figure.Value == value);

        Assert.Equal(source, claim.Source);
        Assert.Equal(role, claim.SourceRole);
        Assert.StartsWith("person:", claim.SourceId);
    }

    [Theory]
    [InlineData("Le porte-parole de l'armée, Pierre Lemaire, a ouvert la conférence. Lemaire a ensuite affirmé que 40 soldats avaient été tués.", "fr", "Lemaire", "porte-parole de l'armée")]
    [InlineData("On Monday, army spokesman Tom Baker opened the briefing. Later, Baker said 40 soldiers were killed.", "en", "Baker", "army spokesman")]
    public void A_later_surname_keeps_the_role_the_article_gave_first(string text, string language, string source, string role)
    {
        var claim = Assert.Single(new ArticleAnalyzer().Analyze(text, language, null).Claims);

        Assert.Equal(source, claim.Source);
        Assert.Equal(role, claim.SourceRole);
    }

    [Theory]
    [InlineData("La Russie aurait massé 1 800 chars, selon un responsable ukrainien.", "fr")]
    [InlineData("Selon le New York Times, cette opération mobiliserait 50 000 soldats.", "fr")]
    [InlineData("The State Election Commission said turnout reached 46 percent.", "en")]
    public void A_source_that_names_no_person_has_no_role(string text, string language)
    {
        var claim = Assert.Single(new ArticleAnalyzer().Analyze(text, language, null).Claims);

        Assert.NotNull(claim.Source);
        Assert.Null(claim.SourceRole);
    }

    [Theory]
    [InlineData("La Banque de France a révisé ses prévisions. Elle table sur une croissance de 0,8 % en 2025.", "fr", "La Banque de France", "org:banque-de-france")]
    [InlineData("La Chambre d'Agriculture a publié son bilan. Elle estime que 300 exploitations ont fermé.", "fr", "La Chambre d'Agriculture", "org:chambre-d-agriculture")]
    public void A_source_read_back_for_a_pronoun_never_cuts_a_name_in_two(string text, string language, string source, string id)
    {
        var claim = Assert.Single(new ArticleAnalyzer().Analyze(text, language, null).Claims);

        Assert.Equal((source, id), (claim.Source, claim.SourceId));
    }
}
