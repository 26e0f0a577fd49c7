using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The shapes English news uses to attribute a figure, and how firmly: reporting verbs in their progressive and passive
/// forms, verbs that set a count, documents and roles as speakers, nested attributions, a paragraph introduced by a colon,
/// and how far a hedge reaches. Sentences are constructed, not taken from any evaluation set.
/// </summary>
public sealed class EnglishAttributionShapeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("The ministry is now saying 40 soldiers were killed in the attack.", "40 soldiers", "The ministry", ClaimModality.Reported)]
    [InlineData("The ministry has been saying that 40 soldiers were killed in the attack.", "40 soldiers", "The ministry", ClaimModality.Reported)]
    [InlineData("Officials are warning that 300 homes were flooded overnight.", "300 homes", "Officials", ClaimModality.Reported)]
    [InlineData("The agency had been predicting a turnout of 68 percent in the county.", "68 percent", "The agency", ClaimModality.Hedged)]
    public void A_progressive_reporting_verb_names_the_speaker_before_its_auxiliary(string text, string figureText, string source, ClaimModality modality)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(modality, claim.Modality);
    }

    [Theory]
    [InlineData("The health agency has updated the number of confirmed cases to 286 cases.", "286 cases", "The health agency")]
    [InlineData("The United Nations revised its tally of displaced people to 5.6 million people.", "5.6 million people", "The United Nations")]
    [InlineData("Police raised the death toll to 56 people on Sunday.", "56 people", "Police")]
    public void Who_sets_a_count_reports_it(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("A report by the United Nations found that 300 schools were destroyed.", "300 schools", "the United Nations")]
    [InlineData("A new study found that 300 schools were destroyed.", "300 schools", "A new study")]
    [InlineData("Official figures showed 300 schools were destroyed.", "300 schools", "Official figures")]
    [InlineData("Most estimates put the number of troops at around 100,000 troops.", "around 100,000 troops", "Most estimates")]
    public void A_document_that_finds_or_shows_a_figure_is_its_source(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("A spokesman for the army said 12 soldiers were wounded.", "12 soldiers", "A spokesman for the army")]
    [InlineData("Twelve soldiers were wounded, a spokeswoman for the ministry told reporters.", "Twelve soldiers", "a spokeswoman for the ministry")]
    public void A_role_for_an_institution_is_read_with_the_institution(string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(text, figureText).Source);
    }

    [Theory]
    [InlineData("According to Reuters, the ministry said 56 people had died.", "56 people", "Reuters")]
    [InlineData("Reuters reported that the ministry said 56 people had died.", "56 people", "Reuters")]
    [InlineData("The minister said that, according to the latest figures, 56 people had died.", "56 people", "The minister")]
    public void A_speaker_whose_words_hold_another_attribution_is_the_source(string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(text, figureText).Source);
    }

    [Theory]
    [InlineData("Fifty-six people have died, officials were quoted as saying.", "Fifty-six people", "officials")]
    [InlineData("Fifty-six people have died, say officials.", "Fifty-six people", "officials")]
    [InlineData("Prosecutors had asked for a sentence of 16 years in prison.", "16 years", "Prosecutors")]
    public void Quoted_as_saying_say_after_the_clause_and_asking_for_name_the_speaker(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("The IMF predicted growth of 2 percent this year.", "2 percent", "The IMF")]
    [InlineData("The forecasters thought inflation would average 2.26% over the decade.", "2.26%", "The forecasters")]
    public void A_forecaster_who_predicts_or_thinks_a_figure_is_its_source_and_hedges_it(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }

    [Fact]
    public void A_paragraph_after_a_speaker_and_a_colon_is_what_the_speaker_says()
    {
        var claim = ClaimFor("In part, a statement from the county office released today said:\nTurnout reached 71 percent on Tuesday.", "71 percent");

        Assert.Equal("the county office", claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("The minister said: \"There are 60 battalions on the border\", about a third of the total.", "about a third")]
    [InlineData("Payrolls in May and June together were 42,000 lower than previously reported.", "42,000")]
    public void A_figure_after_a_quotation_or_in_a_comparison_with_a_report_is_the_articles(string text, string figureText)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Fact]
    public void A_pronoun_for_an_agency_named_after_its_description_is_the_agencys_name()
    {
        var claim = ClaimFor(
            "Most victims were in Minxian county, the official Chinese news agency Xinhua said. The five missing people were also from Minxian, it said.",
            "five missing people");

        Assert.Equal("Xinhua", claim.Source);
    }

    [Theory]
    [InlineData("Turnout will hit 71 percent, the county says.", "71 percent", ClaimModality.Hedged)]
    [InlineData("At least 30 people were feared trapped under the rubble.", "At least 30 people", ClaimModality.Hedged)]
    [InlineData("The strength of the storm was estimated at 120 knots.", "120 knots", ClaimModality.Hedged)]
    [InlineData("Ten thousand new cases every week are possible.", "Ten thousand new cases", ClaimModality.Hedged)]
    [InlineData("Prices fell 1.9 percent, a deeper fall than the 0.2 percent dip predicted in May.", "0.2 percent", ClaimModality.Hedged)]
    [InlineData("The crowd was reported to be 5,000 people.", "5,000 people", ClaimModality.Reported)]
    public void Forecasts_fears_estimates_and_agentless_reports_set_the_modality(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(text, figureText).Modality);
    }

    [Theory]
    [InlineData("Final results may be delayed because of hundreds of complaints, the board said.", "hundreds of complaints")]
    [InlineData("The death rate is likely to be 70% instead of the 50% being quoted, the agency said.", "50%")]
    [InlineData("The fire destroyed 30 homes and could spread further, officials warned.", "30 homes")]
    [InlineData("At least 30 people have died, officials said, and the toll is likely to rise.", "At least 30 people")]
    public void A_hedge_does_not_reach_over_a_cause_a_comparison_or_a_clause_of_its_own(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Reported, ClaimFor(text, figureText).Modality);
    }

    [Theory]
    [InlineData("At least 300 people have died, the ministry said Sunday—more than half of them children.", "more than half")]
    [InlineData("Growth should be stronger than expected, according to 42 professional forecasters.", "42 professional forecasters")]
    public void A_figure_after_a_dash_or_counting_the_speakers_is_the_articles(string text, string figureText)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("The toll was likely to rise further, with 1,200 people missing in the valley.", "1,200 people")]
    [InlineData("The party won 33 seats, giving rise to speculation that it might lead the opposition.", "33 seats")]
    [InlineData("Approximately 3,000 of about 18,000 visitors believed to be in the region have not been reached.", "Approximately 3,000")]
    public void A_fact_beside_a_speculation_keeps_its_own_modality(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(text, figureText).Modality);
    }

    [Fact]
    public void A_forecast_goes_on_through_its_absolute_phrase_and_a_hedge_after_a_figure_stays_with_it()
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor("Growth should slow toward year-end, with 2.7% average growth for the year.", "2.7%").Modality);
        Assert.Equal(ClaimModality.Hedged, ClaimFor("Approximately 3,000 of about 18,000 visitors believed to be in the region have not been reached.", "about 18,000 visitors").Modality);
        Assert.Equal(ClaimModality.Asserted, ClaimFor("The toll was likely to rise further, with 1,200 people missing in the valley.", "1,200 people").Modality);
    }

    [Fact]
    public void The_subject_of_an_expectation_is_hedged_and_the_whole_it_is_part_of_is_not()
    {
        const string text = "Eighteen of the 31 member states are expected to meet the target.";

        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, "Eighteen").Modality);
        Assert.Equal(ClaimModality.Asserted, ClaimFor(text, "31 member states").Modality);
    }

    [Theory]
    [InlineData("A poll conducted by the institute found 40 percent of voters were undecided.", "40 percent", "the institute", ClaimModality.Reported)]
    [InlineData("The agency put losses at $300 million.", "$300 million", "The agency", ClaimModality.Reported)]
    [InlineData("The central bank cut its growth forecast to 2 percent.", "2 percent", "The central bank", ClaimModality.Hedged)]
    [InlineData("The agency warns 56,000 people could lose their homes.", "56,000 people", "The agency", ClaimModality.Hedged)]
    [InlineData("Police pointed out that 56 people had been arrested.", "56 people", "Police", ClaimModality.Reported)]
    [InlineData("The minister argued that 56 people had been arrested.", "56 people", "The minister", ClaimModality.Reported)]
    [InlineData("The central bank said it expects the economy to grow 2 percent this year.", "2 percent", "The central bank", ClaimModality.Hedged)]
    [InlineData("Analysts estimate that 500 jobs will be cut.", "500 jobs", "Analysts", ClaimModality.Hedged)]
    public void Polls_estimates_of_a_quantity_warnings_and_a_speaker_speaking_of_itself_name_the_source(string text, string figureText, string source, ClaimModality modality)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(modality, claim.Modality);
    }

    [Fact]
    public void Found_reports_only_after_a_document()
    {
        Assert.Equal("the institute", ClaimFor("A poll conducted by the institute found 40 percent of voters were undecided.", "40 percent").Source);
        Assert.Null(ClaimFor("Police found 12 bodies in the river.", "12 bodies").Source);
    }

    [Fact]
    public void Set_to_or_on_track_to_reach_a_level_is_a_forecast_while_set_to_receive_is_a_plan()
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor("The death toll is set to rise to 300 deaths.", "300 deaths").Modality);
        Assert.Equal(ClaimModality.Hedged, ClaimFor("Turnout is on track to reach 70 percent.", "70 percent").Modality);
        Assert.Equal(ClaimModality.Asserted, ClaimFor("The army is set to receive 14 tanks.", "14 tanks").Modality);
    }

    [Fact]
    public void A_speaker_set_in_between_commas_does_not_reach_the_articles_clause_after_it()
    {
        var claim = ClaimFor("Fifty-six people were arrested, Smith said, as protests spread to 12 cities.", "12 cities");

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("\"We lost 40 homes. The school is gone too,\" Mayor Jane Doe said.")]
    [InlineData("Mayor Jane Doe spoke on Friday. \"The school is gone.\n\"We lost 40 homes,\" she said.")]
    public void A_quotation_of_several_sentences_is_its_speakers(string text)
    {
        Assert.Equal("Jane Doe", ClaimFor(text, "40 homes").Source);
    }

    [Theory]
    [InlineData("Officials fear that 300 people may have died.", "300 people", "Officials")]
    [InlineData("Rescuers feared that 300 people were trapped.", "300 people", "Rescuers")]
    public void Who_fears_a_figure_says_it_and_hedges_it(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }

    [Fact]
    public void The_old_value_of_a_forecast_change_is_not_hedged_and_the_new_one_is()
    {
        const string text = "Growth is expected to slow to 2 percent from 3 percent last year.";

        Assert.Equal(ClaimModality.Asserted, ClaimFor(text, "3 percent").Modality);
        Assert.Equal(ClaimModality.Hedged, ClaimFor(text, "2 percent").Modality);
    }

    [Fact]
    public void A_hedge_on_a_coordinated_verb_after_its_auxiliary_does_not_reach_back()
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor("Unemployment rose to 9 percent and is likely to rise further.", "9 percent").Modality);
    }

    [Fact]
    public void A_name_with_its_role_after_it_is_the_speaker_a_pronoun_stands_for()
    {
        var claim = ClaimFor(
            "John Smith, a spokesman for the army, said the attack was repelled. He added that 12 soldiers were wounded.", "12 soldiers");

        Assert.Equal("John Smith", claim.Source);
    }

    [Fact]
    public void A_speaker_inside_a_relative_clause_after_the_figure_speaks_for_that_clause()
    {
        var claim = ClaimFor("Twelve soldiers were wounded in an attack that officials said was carried out by rebels.", "Twelve soldiers");

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Fact]
    public void An_outer_speaker_holds_the_inner_one_only_through_its_verb_or_a_link()
    {
        Assert.Equal("The agency", ClaimFor("The agency said Congo has reported 40 new cases.", "40 new cases").Source);
        Assert.Equal("office", ClaimFor("The figures were released by the health office, which counted 1,200 new cases.", "1,200 new cases").Source);
    }
}
