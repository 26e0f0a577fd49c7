using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A document cited as the source names its author, the speaker, when the text gives one ("results released by the
/// commission", guidelines: "the latest situation report released by the NCDC" has the body as source): also in a relative
/// clause ("the results which the commission released", "les chiffres que le ministère a publiés") and behind a share of the
/// document ("according to 80% of the results released by …"), whose own figure stays the article's.
/// </summary>
public sealed class DocumentAuthorTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "According to the results which the commission released on Monday, the ruling party leads with 70 percent.", "70", "the commission")]
    [InlineData("en", "According to figures that the ministry published, 40 people died in the floods.", "40", "the ministry")]
    [InlineData("en", "According to the report that the agency issued on Friday, 40 people died in the floods.", "40", "the agency")]
    [InlineData("en", "According to the results which NEC broadcast on national television, the ruling party leads with 70 percent.", "70", "NEC")]
    [InlineData("fr", "Selon les chiffres que le ministère a publiés mardi, 40 personnes sont mortes.", "40", "le ministère")]
    [InlineData("fr", "D'après les chiffres qu'a publiés le ministère, 40 personnes sont mortes.", "40", "le ministère")]
    [InlineData("fr", "Selon le bilan qu'a établi la protection civile, 40 personnes sont mortes.", "40", "la protection civile")]
    [InlineData("en", "According to 80% of the results released by the commission, the ruling party leads with 70 percent.", "70 percent", "the commission")]
    [InlineData("fr", "Selon 80 % des résultats publiés par la commission, le parti obtient 70 % des voix.", "70 %", "la commission")]
    public void A_document_s_author_in_a_relative_clause_or_behind_a_share_is_the_source(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("fr", "Le président sortant a obtenu 54,1 % des voix, selon les résultats provisoires donnés dans la nuit de mardi à mercredi par la CEI.", "54,1 %", "la CEI")]
    [InlineData("fr", "Le candidat arrive en tête avec 48 % des suffrages, d'après les résultats publiés dans la nuit de dimanche à lundi par la commission électorale.", "48 %", "la commission électorale")]
    [InlineData("en", "The party won 45% of the vote, according to the official results announced on Tuesday evening after a long delay by the commission.", "45%", "the commission")]
    public void When_a_document_was_given_takes_no_room_before_its_author(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("fr", "Le taux atteint 7,4 %, selon les chiffres publiés mardi soir et commentés longuement au cours de la semaine dernière dans les journaux par des économistes.", "7,4 %")]
    [InlineData("en", "The rate reached 7.4%, according to figures published on Tuesday and then discussed at length in the newspapers all week by economists.", "7.4%")]
    public void An_agent_far_past_the_document_is_not_its_author(string language, string text, string figure)
    {
        Assert.NotEqual("des économistes", ClaimOf(text, language, figure).Source);
        Assert.NotEqual("economists", ClaimOf(text, language, figure).Source);
    }

    [Theory]
    [InlineData("en", "According to 80% of the results released by the commission, the ruling party leads with 70 percent.", "80%")]
    [InlineData("fr", "Selon 80 % des résultats publiés par la commission, le parti obtient 70 % des voix.", "80 %")]
    public void The_share_of_the_document_is_the_article_s_own(string language, string text, string figure)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((null, ClaimModality.Asserted), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("According to the results, which were released on Monday, the ruling party leads with 70 percent.", "70", "the results")]
    [InlineData("According to the results that showed a landslide, the ruling party leads with 70 percent.", "70", "the results")]
    public void A_relative_clause_with_no_author_leaves_the_document_the_source(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimOf(text, "en", figure).Source);
    }
}
