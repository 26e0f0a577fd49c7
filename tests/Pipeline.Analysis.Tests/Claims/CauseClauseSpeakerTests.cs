using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "car" opens a clause of its own, as "because" does: the speaker of a reporting verb after it is named after it ("Les
/// chiffres restent différents car l'opérateur public recensait 3,43 millions de demandeurs"), not from the sentence's
/// first word; "le car", "un car" is the coach.
/// </summary>
public sealed class CauseClauseSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Les chiffres restent différents car l'opérateur public recensait 3,43 millions de demandeurs d'emploi.", "3,43 millions", "l'opérateur public")]
    [InlineData("fr", "Les deux bilans divergent car Pôle emploi comptabilise 3,4 millions d'inscrits.", "3,4 millions", "Pôle emploi")]
    [InlineData("fr", "Les estimations varient, car le ministère dénombrait 3 000 cas lundi.", "3 000 cas", "le ministère")]
    public void A_speaker_after_a_conjunction_of_cause_is_named_from_it(string language, string text, string figure, string source)
    {
        var claim = ClaimFor(text, language, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void English_already_names_the_speaker_after_because()
    {
        Assert.Equal("the agency", ClaimFor("The figures differ because the agency counted 3,000 cases.", "en", "3,000 cases").Source);
    }

    [Theory]
    [InlineData("Le car transportait 40 enfants, a indiqué la préfecture.", "40 enfants", "la préfecture")]
    [InlineData("Un car de 50 places a été affrété par la mairie.", "50 places", null)]
    public void The_coach_is_a_noun(string text, string figure, string? source)
    {
        Assert.Equal(source, ClaimFor(text, "fr", figure).Source);
    }
}
