using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "fait également état de", "font aussi état de": adverbs may stand between the verb of a reporting phrase of several
/// words and the rest of it, and the phrase still attributes what it governs. A verb with adverbs that is no reporting
/// phrase attributes nothing. Sentences written for these tests.
/// </summary>
public sealed class SplitReportingPhraseTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Le ministère fait également état de 57 civils blessés.", "57", "Le ministère")]
    [InlineData("Les autorités font aussi état de 12 disparus dans la région.", "12", "Les autorités")]
    [InlineData("La police faisait déjà état de 300 interpellations mardi.", "300", "La police")]
    [InlineData("Le ministère fait en outre état de 57 civils blessés.", "57", "Le ministère")]
    public void Adverbs_inside_a_reporting_phrase_keep_its_speaker(string text, string figure, string source)
    {
        var claim = ClaimOf(text, "fr", figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("fr", "L'attaque fait également 57 victimes civiles.", "57")]
    [InlineData("fr", "Le ministère fait aussi partie des 12 institutions visées.", "12")]
    [InlineData("en", "The storm also made 300 families homeless.", "300")]
    public void A_verb_with_adverbs_that_is_no_reporting_phrase_attributes_nothing(string language, string text, string figure)
    {
        Assert.Null(ClaimOf(text, language, figure).Source);
    }
}
