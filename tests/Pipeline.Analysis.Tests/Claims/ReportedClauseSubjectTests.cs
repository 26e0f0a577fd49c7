using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A verb of saying opens the clause it reports even with no "that" and an occasion after it ("The ministry said on Monday
/// it recorded 40 cases"): the counting verb's subject is the pronoun after "said", which stands for the speaker, so the
/// source is "The ministry", never "The ministry said" (tools/news-set/README.md, "source": the name as written).
/// </summary>
public sealed class ReportedClauseSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("en", "The ministry said on Monday it recorded 40 new cases of cholera in the capital.", "40 new cases", "The ministry")]
    [InlineData("en", "The agency said in a statement on Friday it had counted 1,250 displaced families.", "1,250", "The agency")]
    [InlineData("en", "The army says on its website it tallied 310 strikes last month.", "310 strikes", "The army")]
    [InlineData("en", "The Health Ministry said on Monday it had recorded 48 new cases.", "48 new cases", "The Health Ministry")]
    [InlineData("fr", "Le ministère a indiqué lundi qu'il avait recensé 40 nouveaux cas de choléra.", "40 nouveaux cas", "Le ministère")]
    [InlineData("fr", "L'agence a précisé vendredi dans un communiqué qu'elle avait enregistré 1 250 familles déplacées.", "1 250", "L'agence")]
    public void The_speaker_of_a_clause_reported_without_that_is_who_said_it(string language, string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("The ministry said on Monday that police counted 60 bodies.", "60 bodies", "The ministry")]
    [InlineData("North Sumatra, the disaster agency said, recorded 166 deaths.", "166 deaths", "the disaster agency")]
    [InlineData("Health officials said Tuesday they recorded 75 deaths in the region.", "75 deaths", "Health officials")]
    [InlineData("The mayor told reporters on Monday that 90 homes were destroyed.", "90 homes", "The mayor")]
    public void A_speaker_named_before_the_verb_of_saying_stays_the_source(string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source);
    }
}
