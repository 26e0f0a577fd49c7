using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A headline (a line with no full stop) that ends on a short speaker label after a colon, a dash or a comma ("…: WHO",
/// "… – NCDC", "…, Labor Department") is reported by that speaker, as the sets' READMEs read headline labels (wire, ninth,
/// eleventh). After a dash or a comma a place, a day or a topic stands too, so the label must name a speaker there.
/// Constructed headlines, each followed by a body line.
/// </summary>
public sealed class HeadlineSpeakerLabelTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimOf(string text, string language, string figure) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("en", "Consumer prices rose 0.4% in March, Commerce Department\nThe rise was broad.", "0.4%", "Commerce Department")]
    [InlineData("en", "Jobless rate falls to 4.1%, statistics office\nThe rate fell again.", "4.1%", "statistics office")]
    [InlineData("en", "Three killed, 12 injured in market blast, police\nThe blast hit at noon.", "12", "police")]
    [InlineData("en", "Lassa fever kills 152 in Nigeria – NCDC\nThe outbreak is spreading.", "152", "NCDC")]
    [InlineData("en", "Lassa fever kills 152 in Nigeria - NCDC\nThe outbreak is spreading.", "152", "NCDC")]
    [InlineData("en", "Cholera cases rise to 4,000: WHO\nThe outbreak is spreading.", "4,000", "WHO")]
    [InlineData("en", "Three killed, 12 injured in market blast: police\nThe blast hit at noon.", "12", "police")]
    [InlineData("en", "Militants killed 12 soldiers in raid: Al-Shabab\nThe raid came at dawn.", "12", "Al-Shabab")]
    [InlineData("en", "Militants killed 12 soldiers in raid, says army\nThe raid came at dawn.", "12", "army")]
    [InlineData("en", "Militants killed 12 soldiers in raid, army says\nThe raid came at dawn.", "12", "army")]
    [InlineData("fr", "Choléra : plus de 400 morts au Yémen — OMS\nL'épidémie s'étend.", "400", "OMS")]
    [InlineData("fr", "Choléra : plus de 400 morts au Yémen – OMS\nL'épidémie s'étend.", "400", "OMS")]
    [InlineData("fr", "Incendie : 12 morts dans un immeuble, police\nLe feu a pris dans la nuit.", "12", "police")]
    public void A_headline_ending_on_a_speaker_label_is_reported_by_it(string language, string text, string figure, string source)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("en", "Fire kills 12 in market blaze, Lagos\nThe fire broke out at noon.", "12")]
    [InlineData("en", "Fire kills 12 in market blaze, Monday\nThe fire broke out at noon.", "12")]
    [InlineData("en", "Floods kill 30 in Kenya – photos\nThe rains went on.", "30")]
    [InlineData("en", "Inflation hits 9%, UK\nPrices rose again.", "9%")]
    [InlineData("en", "Ebola: 5,689 deaths in West Africa\nThe outbreak is spreading.", "5,689")]
    [InlineData("fr", "Incendie : 12 morts dans un immeuble, Paris\nLe feu a pris dans la nuit.", "12")]
    [InlineData("fr", "Incendie : 12 morts dans un immeuble à Marseille, lundi\nLe feu a pris dans la nuit.", "12")]
    [InlineData("fr", "Inondations : 30 morts au Kenya – Nairobi\nLes pluies continuent.", "30")]
    public void A_headline_ending_on_a_place_a_day_or_a_topic_names_no_source(string language, string text, string figure)
    {
        var claim = ClaimOf(text, language, figure);

        Assert.Equal((null, ClaimModality.Asserted), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("Food prices rose, while energy prices declined by 0.9%, CNBC also reports.", "0.9%", "CNBC")]
    [InlineData("Energy prices declined by 0.9%, Reuters reports.", "0.9%", "Reuters")]
    [InlineData("Energy prices declined by 0.9%, the ministry reports Tuesday.", "0.9%", "the ministry")]
    [InlineData("Energy prices declined by 0.9%, the ministry notes.", "0.9%", "the ministry")]
    [InlineData("Energy prices declined by 0.9%, officials have since said.", "0.9%", "officials")]
    [InlineData("The ministry has since confirmed that 40 people died.", "40", "The ministry")]
    public void A_speaker_closing_the_sentence_with_a_verb_that_is_mostly_a_noun_or_after_since_reports_it(string text, string figure, string source)
    {
        var claim = ClaimOf(text, "en", figure);

        Assert.Equal((source, ClaimModality.Reported), (claim.Source, claim.Modality));
    }

    [Theory]
    [InlineData("Energy prices declined by 0.9%, citing media reports.", "0.9%")]
    [InlineData("Energy prices declined by 0.9% after the ministry reports.", "0.9%")]
    public void Reports_as_a_noun_names_no_speaker(string text, string figure)
    {
        Assert.Null(ClaimOf(text, "en", figure).Source);
    }
}
