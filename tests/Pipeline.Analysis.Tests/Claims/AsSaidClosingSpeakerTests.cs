using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "Prices rose 4.5 per cent in October, as the ministry reported.": a speaker after "as" whose verb closes the sentence,
/// with at most when, where or to whom it spoke after it, is the source of what came before, as a speaker after a comma
/// is. French sets the verb first ("…, comme l'a rapporté la préfecture"), a shape read before this rule.
/// </summary>
public sealed class AsSaidClosingSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Prices rose by 4.5 per cent in October, as the ministry reported.", "4.5 per cent", "the ministry")]
    [InlineData("The death toll climbed to 42, as officials said on Monday.", "42", "officials")]
    [InlineData("Exports fell 12% last year, as the central bank reported in a statement.", "12%", "the central bank")]
    [InlineData("The storm destroyed 300 homes, as the Red Cross confirmed.", "300 homes", "the Red Cross")]
    [InlineData("Turnout stood at 61 percent, just as the election commission announced yesterday.", "61 percent", "the election commission")]
    public void A_speaker_after_as_closing_the_sentence_is_the_source(string text, string figure, string source)
    {
        var claim = ClaimFor("en", "Report\n\n" + text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Prices rose 4% in March, as the ministry reported a fall in imports.", "4%")]
    [InlineData("The toll rose to 42 as officials said rescuers had found more bodies.", "42")]
    [InlineData("Unemployment reached 7.2 percent, just as economists had predicted.", "7.2 percent")]
    [InlineData("The index fell 3 points as investors sold shares.", "3 points")]
    public void A_clause_after_as_with_a_thing_or_clause_of_its_own_leaves_the_figure_asserted(string text, string figure)
    {
        Assert.Null(ClaimFor("en", "Report\n\n" + text, figure).Source);
    }

    [Theory]
    [InlineData("Le bilan s'élève à 42 morts, comme l'a rapporté la préfecture.", "42 morts", "la préfecture")]
    [InlineData("Les exportations ont reculé de 12 %, comme l'a indiqué la banque centrale.", "12 %", "la banque centrale")]
    public void French_sets_the_verb_first_after_comme(string text, string figure, string source)
    {
        Assert.Equal(source, ClaimFor("fr", "Bilan\n\n" + text, figure).Source);
    }
}
