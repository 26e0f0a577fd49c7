using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// When a document came out does not cut it from its author: a day between its determiner and its noun ("a Wednesday
/// report from the bureau") or a date set between commas before "by" ("data released Friday, Oct. 7, by the bureau").
/// An update, a bulletin and findings are documents like a report: their author is the source ("according to the latest
/// update from the disaster agency").
/// </summary>
public sealed class DatedDocumentTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Prices rose 2.7% on an annual basis, according to a Wednesday report from the Bureau of Labor Statistics.", "2.7%", "the Bureau of Labor Statistics")]
    [InlineData("Prices rose 2.7% over the year, according to a Friday report by the statistics office.", "2.7%", "the statistics office")]
    [InlineData("According to a Monday statement from the health ministry, 40 people died in the floods.", "40", "the health ministry")]
    [InlineData("Unemployment fell to 3.5%, according to data released Friday, Oct. 7, by the U.S. Bureau of Labor Statistics.", "3.5%", "the U.S. Bureau of Labor Statistics")]
    [InlineData("Unemployment fell to 3.5%, according to data released Friday morning, Oct. 7, by the U.S. Bureau of Labor Statistics.", "3.5%", "the U.S. Bureau of Labor Statistics")]
    [InlineData("The party won 45% of the vote, according to results published Sunday, March 3, by the electoral commission.", "45%", "the electoral commission")]
    public void A_date_inside_the_document_s_phrase_leaves_its_author_the_source(string text, string figure, string source)
    {
        var claim = ClaimOf(text, "en", figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("en", "According to an update from the disaster agency, 141 people are missing.", "141", "the disaster agency")]
    [InlineData("en", "The toll rose to 27, according to the latest update from the National Disaster Risk Reduction and Management Council.", "27", "the National Disaster Risk Reduction and Management Council")]
    [InlineData("en", "According to the latest bulletin from the health ministry, 45 people have died.", "45", "the health ministry")]
    [InlineData("en", "According to preliminary findings, 12 civilians were killed in the strike.", "12", "preliminary findings")]
    public void An_update_a_bulletin_and_findings_are_documents(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("en", "Unemployment fell to 3.5%, according to officials Wednesday.", "3.5%", "officials")]
    [InlineData("en", "Unemployment fell to 3.5% on Friday, Oct. 7, the bureau said.", "3.5%", "the bureau")]
    [InlineData("en", "According to the ministry, a Wednesday report put the toll at 40.", "40", "the ministry")]
    [InlineData("fr", "Le taux de chômage est tombé à 3,5 %, selon les données publiées vendredi par l'Insee.", "3,5 %", "l'Insee")]
    [InlineData("fr", "Selon un bilan publié vendredi 7 octobre par le ministère, 40 personnes sont mortes.", "40", "le ministère")]
    public void A_day_that_dates_the_saying_still_ends_the_speaker_s_name(string language, string text, string figure, string source)
    {
        Assert.Equal(source, ClaimOf(text, language, figure).Source);
    }

    [Fact]
    public void A_date_with_no_agent_after_it_names_no_author_after_it()
    {
        Assert.NotEqual("economists", ClaimOf("Unemployment fell to 3.5%, according to data released Friday, Oct. 7, which economists called strong.", "en", "3.5%").Source);
    }

    [Fact]
    public void Update_as_a_verb_is_no_document()
    {
        Assert.Null(ClaimOf("The ministry will update the toll of 45 dead on Monday.", "en", "45").Source);
    }
}
