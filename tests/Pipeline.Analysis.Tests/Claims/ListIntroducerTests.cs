using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A speaker's sentence ending on a colon introduces what follows it; when one item a line follows (a number opening each
/// line, bulleted or not, with no full stop), every item of that list is what the speaker says, not the first alone.
/// </summary>
public sealed class ListIntroducerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Depuis janvier, les services de l'ARS ont enregistré :\n\n141 hospitalisations\n\n450 passages aux urgences\n\n5 décès\n", "5 décès", "les services de l'ARS")]
    [InlineData("fr", "Le ministère de la Santé a annoncé :\n- 120 nouveaux cas\n- 14 décès\n", "14", "Le ministère de la Santé")]
    [InlineData("en", "The health ministry reported:\n\n141 hospital admissions\n\n450 emergency visits\n\n5 deaths\n", "450", "The health ministry")]
    [InlineData("en", "Police said:\n• 12 arrests\n• 30 officers injured\n", "30", "Police")]
    public void Every_item_of_a_list_a_speaker_introduces_is_reported_by_the_speaker(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    // A sentence with its full stop after the list is the article's again.
    [InlineData("fr", "Les services de l'ARS ont enregistré :\n\n141 hospitalisations\n\n450 passages aux urgences\n\nLe virus a touché 12 communes.\n", "12")]
    // Items that no introducer opens.
    [InlineData("en", "The week in numbers.\n\n141 hospital admissions\n\n450 emergency visits\n", "450")]
    public void What_follows_no_introducer_or_closes_the_list_stays_the_article_s(string language, string text, string figure)
    {
        Assert.Null(ClaimOf(text, language, figure).Source);
    }
}
