using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A speaker's name read after its introducer ends where a clause goes on: at a participle that says how the count was
/// made when no agent follows it ("selon le bilan de la préfecture | établi peu après 21 heures"), and at a verb of its
/// own ("les hausses citées par l'OFS | sont de 19 %"). A participle with its agent still leads on to the author.
/// </summary>
public sealed class SpeakerNameBoundaryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Selon le dernier bilan de la préfecture établi peu après 21 heures, les crues ont fait 11 morts.", "11", "la préfecture")]
    [InlineData("fr", "Selon un décompte de la sécurité civile établi en fin d'après-midi, 1 200 personnes ont été évacuées.", "1 200", "la sécurité civile")]
    [InlineData("fr", "D'après le décompte de la mairie arrêté en début de matinée, 240 foyers restent privés d'eau.", "240", "la mairie")]
    [InlineData("en", "According to figures from the health agency published late in the evening, 435 cases were confirmed.", "435", "the health agency")]
    public void A_participle_with_no_agent_after_it_ends_the_author_s_name(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("fr", "Au niveau de l'alimentation (+2,5 % sur un an), les hausses citées par l'Office fédéral de la statistique sont le café et le beurre.", "+2,5 %", "l'Office fédéral de la statistique")]
    [InlineData("fr", "Les chiffres publiés par le ministère étaient de 3,5 % en mars.", "3,5 %", "le ministère")]
    [InlineData("en", "The main increases cited by the statistics office were 19.1% for melons.", "19.1%", "the statistics office")]
    [InlineData("en", "The figures released by the ministry are 3.5% for March.", "3.5%", "the ministry")]
    public void A_verb_after_the_agent_ends_its_name(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("fr", "Selon le bilan établi par la préfecture, les crues ont fait 11 morts.", "11", "la préfecture")]
    [InlineData("fr", "Selon les résultats provisoires rendus publics jeudi, le parti obtient 45 % des voix.", "45 %", "les résultats provisoires")]
    [InlineData("fr", "Selon les pompiers de l'est du département, 40 maisons ont brûlé.", "40", "les pompiers de l'est du département")]
    [InlineData("fr", "Selon le bilan publié dimanche par le ministère de l'Intérieur, 40 personnes sont mortes.", "40", "le ministère de l'Intérieur")]
    [InlineData("fr", "Selon le décompte du HCR arrêté au 19 avril, 300 000 personnes ont fui.", "300 000", "HCR")]
    [InlineData("en", "According to figures published by the health agency, 435 cases were confirmed.", "435", "the health agency")]
    public void A_participle_with_its_agent_still_leads_on_to_the_author(string language, string text, string figure, string source)
    {
        Assert.Contains(source, ClaimOf(text, language, figure).Source, StringComparison.Ordinal);
    }
}
