using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// "Les 34 jours de guerre … ont fait au moins 964 morts, selon les informations officielles" (the tenth set's reading): a
/// span of time that measures the war or the fighting whose toll the sentence gives is the article's frame, asserted,
/// while the toll is the source's.
/// </summary>
public sealed class EventSpanTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "Ces huit mois de guerre au Soudan ont fait 12.000 morts, selon une estimation prudente de l'ACLED.", "huit mois")]
    [InlineData("fr", "Les 34 jours de guerre ont fait au moins 964 morts, selon les informations officielles.", "34 jours")]
    [InlineData("fr", "Selon l'ONU, trois semaines d'affrontements ont déplacé 200.000 personnes.", "trois semaines")]
    [InlineData("en", "Eight months of war have killed 12,000 people, according to ACLED.", "Eight months")]
    [InlineData("en", "After 25 days of fighting, more than 700 people have died, the UN said.", "25 days")]
    [InlineData("en", "Three weeks of clashes have displaced 200,000 people, officials said.", "Three weeks")]
    [InlineData("en", "The first nine months of the conflict killed 40,000 people, a study found.", "nine months")]
    [InlineData("fr", "Les six premiers mois du conflit ont fait 10 000 morts, selon l'ONU.", "six premiers mois")]
    public void A_span_of_the_war_that_frames_an_attributed_toll_is_asserted(string language, string text, string figureText)
    {
        var claim = ClaimFor(language, text, figureText);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("fr", "Ces huit mois de guerre au Soudan ont fait 12.000 morts, selon une estimation prudente de l'ACLED.", "12.000 morts")]
    [InlineData("en", "Eight months of war have killed 12,000 people, according to ACLED.", "12,000 people")]
    [InlineData("en", "The UN said the war had lasted 8 months.", "8 months")]
    [InlineData("fr", "Selon l'ONU, la guerre dure depuis huit mois.", "huit mois")]
    [InlineData("en", "Officials said 3 days of rain had flooded 300 homes.", "3 days")]
    public void The_toll_and_a_span_said_of_the_war_stay_reported(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Reported, ClaimFor(language, text, figureText).Modality);
    }
}
