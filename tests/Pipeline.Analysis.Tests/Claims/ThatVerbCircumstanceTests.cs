using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "The president declared on Sunday in a speech that 2,000 soldiers had been deployed": a verb that reports only before
/// its "that" ("declared that", "note que") still reports with when, where or to whom it spoke between the two; a verb
/// that takes a thing ("declared a state of emergency") reports nothing.
/// </summary>
public sealed class ThatVerbCircumstanceTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "The president declared on Sunday in a speech that 2,000 soldiers had been deployed.", "2,000 soldiers", "The president")]
    [InlineData("en", "The president declared on Sunday that 2,000 soldiers had been deployed.", "2,000 soldiers", "The president")]
    [InlineData("en", "The agency reaffirmed in a statement that 300 homes were destroyed.", "300 homes", "The agency")]
    [InlineData("en", "The governor proclaimed during a visit to the region that 12 schools had reopened.", "12 schools", "The governor")]
    [InlineData("en", "The ministry has declared in its weekly bulletin that 1,200 cases were recorded.", "1,200 cases", "The ministry")]
    [InlineData("fr", "Le ministère note dans son rapport annuel que 45 000 emplois ont été créés.", "45 000 emplois", "Le ministère")]
    [InlineData("fr", "Le syndicat considère dans un communiqué que 300 postes sont menacés.", "300 postes", "Le syndicat")]
    public void A_that_verb_with_a_circumstance_before_its_clause_reports_it(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(language, "Report\n\n" + text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("en", "The president declared a state of emergency that covers 12 provinces.", "12 provinces")]
    [InlineData("en", "The council declared on Monday a state of emergency in 12 provinces.", "12 provinces")]
    [InlineData("en", "The ministry declared the results that showed 45 percent turnout.", "45 percent")]
    [InlineData("fr", "Le ministère note une hausse dans les régions que 12 hôpitaux desservent.", "12 hôpitaux")]
    public void A_that_verb_taking_a_thing_reports_nothing(string language, string text, string figure)
    {
        Assert.Null(ClaimFor(language, "Report\n\n" + text, figure).Source);
    }
}
