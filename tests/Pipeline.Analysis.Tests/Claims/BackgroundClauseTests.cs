using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A hedge after the figure does not reach back into a phrase or clause that sets the background of the sentence: a
/// subordinate clause opening the sentence ("When …, ", "Alors que …, ") or an absolute phrase after a comma (", with
/// authorities warning it could …"). Both are stated as fact (tools/news-set/README.md, "hedged"; the press set's "a figure
/// that states a fact rather than the speculation keeps its own modality"). A condition ("If …", "Si …", "En cas de …") is a
/// hypothesis and stays hedged.
/// </summary>
public sealed class BackgroundClauseTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "When added to the 821 million people already chronically hungry, that scenario would push more than 1 billion people into dire situations.", "821 million people")]
    [InlineData("en", "As 300 people remain missing, officials fear the toll could rise.", "300 people")]
    [InlineData("en", "While 12 people died in the first wave, hundreds more may have been killed since.", "12 people")]
    [InlineData("fr", "Alors que 247 victimes sont comptabilisées ce jeudi, le bilan pourrait encore s'alourdir.", "247 victimes")]
    [InlineData("fr", "Tandis que 247 victimes sont comptabilisées, le bilan pourrait augmenter.", "247 victimes")]
    public void A_figure_in_a_subordinate_clause_opening_the_sentence_is_not_hedged_by_the_main_clause(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "At least three million customers remained without power across five states, with authorities warning it could be several days before power returns.", "At least three million customers")]
    [InlineData("en", "The storm killed 40 people, with forecasters saying it may strengthen again.", "40 people")]
    [InlineData("fr", "Plus de trois millions de foyers restaient privés d'électricité, avec des autorités qui craignent que la panne puisse durer.", "Plus de trois millions de foyers")]
    public void A_hedge_inside_an_absolute_phrase_after_the_figure_does_not_reach_it(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "When added to the 821 million people already chronically hungry, that scenario would push more than 1 billion people into dire situations.", "more than 1 billion people")]
    [InlineData("en", "If 5 percent of the population were infected, hospitals could be overwhelmed.", "5 percent")]
    [InlineData("en", "About 300 people with injuries could be evacuated by air.", "About 300 people")]
    [InlineData("fr", "Si 5 % de la population était infectée, les hôpitaux pourraient être débordés.", "5 %")]
    [InlineData("fr", "En cas de hausse de 2 % des prix, la consommation pourrait reculer.", "2 %")]
    [InlineData("fr", "Environ 300 blessés pourraient être évacués par avion.", "Environ 300 blessés")]
    public void A_hypothesis_or_the_hedged_clause_itself_stays_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }
}
