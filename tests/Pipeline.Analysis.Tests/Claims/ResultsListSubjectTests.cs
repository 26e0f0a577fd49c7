using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// In a results list ("…, Marine Le Pen 7 678 491 (21,30 %), …", "Jeanne Martin : 52 %") each count and share belongs to
/// the name that labels it, even where the sentence names someone else first; a sentence's capitalised first word is no label.
/// </summary>
public sealed class ResultsListSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "Selon le Conseil, Paul Durand obtient 5 000 voix (40 %), Anne-Marie Leroy 4 000 (32 %), Luc Bernard 3 500 (28 %).", "4 000", "Anne-Marie Leroy")]
    [InlineData("fr", "Selon le Conseil, Paul Durand obtient 5 000 voix (40 %), Anne-Marie Leroy 4 000 (32 %), Luc Bernard 3 500 (28 %).", "28 %", "Luc Bernard")]
    [InlineData("fr", "Résultats. Jeanne Martin : 52 %. Pierre Petit : 48 %.", "48 %", "Pierre Petit")]
    [InlineData("en", "The commission said John Smith won 5,000 votes (40%), Mary-Ann Jones 4,000 (32%), Tom Brown 3,500 (28%).", "32%", "Mary-Ann Jones")]
    [InlineData("en", "The commission said John Smith won 5,000 votes (40%), Mary-Ann Jones 4,000 (32%), Tom Brown 3,500 (28%).", "3,500", "Tom Brown")]
    [InlineData("en", "Across 300 stations, voters queued.", "300 stations", null)]
    public void Each_count_in_a_results_list_belongs_to_the_name_that_labels_it(string language, string text, string figureText, string? subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }
}
