using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// How far a hedge reaches: a hedge on a clause's verb does not reach back to a figure in a complement or an aside before
/// it, nor to the whole a part is taken from; a forecaster's verb in any tense, a forecast's value and a span of time ahead
/// are hedged.
/// </summary>
public sealed class HedgeReachTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "A rise of 12 percent in fuel prices could slow the recovery.", "12 percent", ClaimModality.Asserted)]
    [InlineData("en", "In 40 districts, the storm may have destroyed the harvest.", "40 districts", ClaimModality.Asserted)]
    [InlineData("en", "Along with 300 firefighters, the army might send helicopters.", "300 firefighters", ClaimModality.Asserted)]
    [InlineData("fr", "Une baisse de 15 % des ventes pourrait peser sur l'emploi.", "15 %", ClaimModality.Asserted)]
    [InlineData("fr", "Dans 40 communes, la tempête aurait détruit les récoltes.", "40 communes", ClaimModality.Asserted)]
    [InlineData("fr", "Après une hausse de 3 % en mai, les prix devraient reculer.", "3 %", ClaimModality.Asserted)]
    [InlineData("en", "Some 300 people may have died in the flood.", "Some 300 people", ClaimModality.Hedged)]
    [InlineData("en", "With more than 700 people believed dead, rescuers kept digging.", "more than 700 people", ClaimModality.Hedged)]
    [InlineData("fr", "Quelque 300 personnes seraient mortes.", "Quelque 300 personnes", ClaimModality.Hedged)]
    public void A_hedge_on_the_verb_reaches_back_to_its_subject_not_to_a_figure_after_a_preposition(
        string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "La hausse des prix (+0,3 point d'inflation) pourrait freiner la consommation.", "+0,3 point")]
    [InlineData("en", "The new tariffs (a 25 percent levy) could hurt exporters.", "25 percent")]
    public void A_hedge_after_an_aside_in_brackets_does_not_reach_into_it(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Voters may choose one of the five parties.", "five parties")]
    [InlineData("en", "Up to 4 of the 12 hostages could be freed.", "12 hostages")]
    [InlineData("fr", "L'un des cinq suspects pourrait être libéré.", "cinq suspects")]
    public void The_whole_a_part_is_taken_from_is_not_hedged(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "Les économistes tablaient sur une hausse de 0,3 % du chômage.", "0,3 %")]
    [InlineData("fr", "Les économistes misaient sur une croissance de 1,2 %.", "1,2 %")]
    [InlineData("fr", "Les analystes prédisaient une inflation de 2,1 %.", "2,1 %")]
    public void A_forecaster_verb_in_any_tense_hedges_its_figure(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "In the event of a rise of 2 points, the economy would shrink.", "2 points")]
    [InlineData("en", "In case of a drop of 10 percent in sales, the plant could close.", "10 percent")]
    [InlineData("fr", "En cas de baisse de 2 points des taux, la croissance reprendrait.", "2 points")]
    public void A_hypothesis_hedges_what_it_supposes(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "On le prévoyait à 12 %, il fait 8 %.", "12 %", ClaimModality.Hedged)]
    [InlineData("fr", "On le prévoyait à 12 %, il fait 8 %.", "8 %", ClaimModality.Asserted)]
    [InlineData("fr", "On la prévoyait autour de 20 % des voix.", "autour de 20 %", ClaimModality.Hedged)]
    [InlineData("fr", "Le contrat le prévoit dans 300 chars.", "300 chars", ClaimModality.Asserted)]
    public void An_object_pronoun_before_a_forecaster_verb_puts_it_at_the_level_after(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Expectations were for 200,000 new jobs.", "200,000 new jobs", ClaimModality.Hedged)]
    [InlineData("en", "Growth reached 2.5 percent, which was the forecast of the central bank.", "2.5 percent", ClaimModality.Hedged)]
    [InlineData("fr", "Les attentes étaient de 200.000 créations d'emplois.", "200.000 créations", ClaimModality.Hedged)]
    [InlineData("fr", "La croissance a atteint 2,5 %, qui est la prévision de la Banque de France.", "2,5 %", ClaimModality.Hedged)]
    [InlineData("fr", "L'attente était de 3 heures aux urgences.", "3 heures", ClaimModality.Asserted)]
    [InlineData("en", "The count was for 200,000 ballots.", "200,000 ballots", ClaimModality.Asserted)]
    public void A_figure_given_as_the_value_of_a_forecast_is_hedged(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("fr", "La croissance a été de 1 % au lieu de 1,5 % prévu en janvier.", "1,5 %", ClaimModality.Hedged)]
    [InlineData("fr", "La croissance a été de 1 % au lieu de 1,5 % prévu en janvier.", "1 %", ClaimModality.Asserted)]
    [InlineData("fr", "Les 300 chars prévus par le contrat ont été livrés.", "300 chars", ClaimModality.Asserted)]
    public void Prevu_after_a_figure_hedges_it_only_in_a_clause_about_a_forecast(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The agency will publish its report within the next 48 hours.", "48 hours", ClaimModality.Hedged)]
    [InlineData("en", "Talks are planned over the coming two weeks.", "two weeks", ClaimModality.Hedged)]
    [InlineData("fr", "Le gouvernement rendra sa décision dans les 48 prochaines heures.", "48 prochaines heures", ClaimModality.Hedged)]
    [InlineData("en", "The agency published its report after 48 hours.", "48 hours", ClaimModality.Asserted)]
    [InlineData("fr", "Le gouvernement a rendu sa décision en 48 heures.", "48 heures", ClaimModality.Asserted)]
    public void A_span_of_time_ahead_is_hedged(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("It's expected to grow again, by 1.0%, in the third quarter.", "1.0%")]
    [InlineData("The economy's expected to shrink by 2% next year.", "2%")]
    [InlineData("They're expected to cut 300 jobs by March.", "300 jobs")]
    [InlineData("Output's forecast to fall 4% this year.", "4%")]
    public void A_contracted_auxiliary_hedges_as_its_full_form_does(string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor("en", text, figureText).Modality);
    }
}
