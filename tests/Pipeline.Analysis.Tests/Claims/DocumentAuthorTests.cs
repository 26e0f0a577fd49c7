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
