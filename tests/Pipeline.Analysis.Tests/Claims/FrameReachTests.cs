using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>How far a reporting frame or a hedge reaches: not to a phrase the article sets outside a quotation, not to a
/// phrase telling when the speaker spoke, not to the span of time a record reaches back over.</summary>
public sealed class FrameReachTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "En l'espace de 5 heures, « entre 160 et 180 mm d'eau sont tombés sur la ville », selon le préfet.", "5 heures")]
    [InlineData("fr", "En deux jours, « plus de 300 maisons ont été détruites », a indiqué le maire.", "deux jours")]
    [InlineData("en", "Within five hours, \"between 160 and 180 mm of rain fell on the city,\" the prefect said.", "five hours")]
    [InlineData("en", "In two days, “more than 300 homes were destroyed,” said the mayor.", "two days")]
    public void A_phrase_fronted_before_a_quotation_is_the_articles_own(string language, string text, string figureText)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("fr", "En l'espace de 5 heures, « entre 160 et 180 mm d'eau sont tombés sur la ville », selon le préfet.", "entre 160 et 180 mm", "le préfet")]
    [InlineData("fr", "En deux jours, plus de 300 maisons ont été détruites, a indiqué le maire.", "deux jours", "le maire")]
    [InlineData("en", "Within five hours, between 160 and 180 mm of rain fell on the city, the prefect said.", "five hours", "the prefect")]
    [InlineData("en", "\"More than 300 homes were destroyed in two days,\" the mayor said.", "two days", "the mayor")]
    public void What_the_quotation_holds_or_a_sentence_without_one_says_is_the_speakers(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("fr", "Le bilan « est provisoire », a déclaré le ministre Paul Dubois avant l'annonce du nouveau bilan de 13 morts.", "13 morts")]
    [InlineData("fr", "« La situation reste grave », a insisté la préfète lors d'une visite dans les 12 communes sinistrées.", "12 communes")]
    [InlineData("en", "\"The toll is provisional,\" Minister Paul Dubois said before the announcement of a new toll of 13 dead.", "13 dead")]
    [InlineData("en", "\"The situation remains serious,\" said the governor during a visit to 12 flooded towns.", "12 flooded towns")]
    public void A_phrase_telling_when_the_speaker_spoke_is_the_articles_own(string language, string text, string figureText)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("fr", "Le bilan « est provisoire », a déclaré le ministre Paul Dubois avant de préciser que 13 personnes sont mortes.", "13 personnes", "Paul Dubois")]
    [InlineData("fr", "Le bilan « est provisoire », a déclaré le ministre Paul Dubois, évoquant 13 morts.", "13 morts", "Paul Dubois")]
    [InlineData("en", "\"The toll is provisional,\" said Minister Paul Dubois, adding that 13 people had died.", "13 people", "Paul Dubois")]
    public void A_speaker_who_goes_on_after_the_quotation_still_speaks(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("Elle peut être prévenue par deux doses de vaccin, selon l'OMS.", "deux doses", ClaimModality.Reported)]
    [InlineData("La maladie peut être évitée grâce à deux doses de vaccin.", "deux doses", ClaimModality.Asserted)]
    [InlineData("Ce stade peut être agrandi à 60 000 places.", "60 000 places", ClaimModality.Asserted)]
    [InlineData("Il y a peut-être 300 morts, selon la police.", "300 morts", ClaimModality.Hedged)]
    [InlineData("Le bilan est peut-être de 300 morts.", "300 morts", ClaimModality.Hedged)]
    [InlineData("Peut-être 300 personnes ont fui.", "300 personnes", ClaimModality.Hedged)]
    public void Peut_etre_hedges_only_as_one_hyphenated_word(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor("fr", text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "Cela fait donc 7 trimestres que l'Insee annonce des chiffres à la hausse.", "7 trimestres")]
    [InlineData("fr", "Ça fait deux trimestres que la banque centrale annonce une baisse.", "deux trimestres")]
    public void A_span_of_quarters_before_que_dates_the_saying(string language, string text, string figureText)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("en", "It was forecast to remain unchanged near an eight-year low of 4.9%.", "eight-year")]
    [InlineData("en", "The index could climb to a two-week high of 1,200 points.", "two-week")]
    [InlineData("en", "Inflation is expected to ease to 2 percent, a 30-year low.", "30-year")]
    [InlineData("fr", "Le chômage pourrait tomber à 7 %, son plus bas niveau depuis 15 ans.", "15 ans")]
    [InlineData("fr", "Les prix devraient connaître leur plus forte hausse depuis 40 ans.", "40 ans")]
    [InlineData("en", "Exports could reach their highest level in 25 years.", "25 years")]
    public void The_span_a_record_reaches_back_over_is_not_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "It was forecast to remain unchanged near an eight-year low of 4.9%.", "4.9%", ClaimModality.Hedged)]
    [InlineData("en", "The drought could last 25 years.", "25 years", ClaimModality.Hedged)]
    [InlineData("fr", "La sécheresse pourrait durer 15 ans.", "15 ans", ClaimModality.Hedged)]
    [InlineData("en", "\"This is the highest level in 25 years,\" the minister said.", "25 years", ClaimModality.Reported)]
    [InlineData("fr", "Selon l'Insee, les prix ont connu leur plus forte hausse depuis 40 ans.", "40 ans", ClaimModality.Reported)]
    public void A_record_keeps_what_its_speaker_says_and_other_spans_keep_their_hedge(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The forecasters expect a recession. They had estimated a contraction of only 1.1% in the previous survey.", "1.1%")]
    [InlineData("en", "Economists estimated losses of 500,000 jobs a month, against their previous estimate of 218,000.", "218,000")]
    [InlineData("en", "Economists estimated GDP growth of 1.5% for the third quarter.", "1.5%")]
    [InlineData("fr", "Les économistes estimaient une contraction du PIB de 0,4 % au premier trimestre.", "0,4 %")]
    [InlineData("fr", "Les analystes estimaient la croissance à 1,5 % pour le troisième trimestre.", "1,5 %")]
    public void What_forecasters_estimate_of_a_forecast_is_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Analysts estimate the cost at 2 billion dollars.", "2 billion dollars")]
    [InlineData("en", "Officials estimate that 300 people were killed.", "300 people")]
    [InlineData("en", "The ministry estimated that 40,000 people had fled.", "40,000 people")]
    [InlineData("fr", "Les analystes estiment à 2 millions le nombre de téléphones vendus.", "2 millions")]
    [InlineData("fr", "Des responsables estiment que 300 personnes ont été tuées.", "300 personnes")]
    public void What_forecasters_value_and_what_other_sources_estimate_is_reported(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Reported, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "Elle table sur une croissance de +0,8 % en 2023, après une contraction de 0,1 % au troisième trimestre.", "0,1 %")]
    [InlineData("fr", "Le PIB devrait progresser de 1 % après un recul de 0,3 % au printemps.", "0,3 %")]
    [InlineData("en", "The economy is expected to grow 0.8 percent next year after a 0.1 percent contraction in the third quarter.", "0.1 percent")]
    [InlineData("en", "Growth should pick up to 2% following a 1.2% decline in the spring.", "1.2%")]
    public void A_past_event_set_beside_a_forecast_is_not_hedged(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The party had 11 percent, which would put it above the 10 percent needed to enter parliament.", "10 percent")]
    [InlineData("en", "The party could fall short of the 326 seats needed for a majority.", "326 seats")]
    [InlineData("en", "The bill could win the 60 votes required to pass the Senate.", "60 votes")]
    [InlineData("fr", "Le parti pourrait franchir les 5 % nécessaires pour entrer au Parlement.", "5 %")]
    public void A_figure_a_rule_requires_is_stated_as_fact(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The economy is expected to grow 0.8 percent next year after a 0.1 percent contraction in the third quarter.", "0.8 percent")]
    [InlineData("fr", "Le PIB devrait progresser de 1 % après un recul de 0,3 % au printemps.", "1 %")]
    [InlineData("en", "The party could win 40 percent to form a government.", "40 percent")]
    [InlineData("fr", "Le bilan pourrait dépasser les 300 morts.", "dépasser les 300 morts")]
    public void The_forecast_itself_stays_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("L'institution internationale a révisé ses prévisions. Elle ne s'attend qu'à une reprise modérée en 2024 (+2,7%).", "+2,7%", "L'institution internationale")]
    [InlineData("L'organisation mondiale a publié un rapport. Elle estime que 300 personnes sont mortes.", "300 personnes", "L'organisation mondiale")]
    [InlineData("La police locale est arrivée. Elle a recensé 12 blessés.", "12 blessés", "La police locale")]
    [InlineData("Le ministère a publié un bilan. Il fait état de 300 morts.", "300 morts", "Le ministère")]
    public void A_pronoun_stands_for_the_opening_speaker_with_its_adjectives(string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor("fr", text, figureText).Source);
    }
}
