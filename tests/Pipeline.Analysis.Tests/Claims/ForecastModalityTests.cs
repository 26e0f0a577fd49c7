using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>A forecast hedges what it foresees; a plan or a schedule in the future tense is stated as fact.</summary>
public sealed class ForecastModalityTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "The forecasters see 3.0% growth this year.", "3.0%")]
    [InlineData("en", "Economists say the economy will shrink by 2 percent next year.", "2 percent")]
    [InlineData("en", "The survey offers projections of 9.8% unemployment this year and 9.2% next year.", "9.8%")]
    [InlineData("en", "The survey offers projections of 9.8% unemployment this year and 9.2% next year.", "9.2%")]
    [InlineData("fr", "Selon l'Insee, la croissance s'établira à 1,3 % en 2024.", "1,3 %")]
    [InlineData("fr", "L'Insee table sur une croissance de 1,3 % en 2024.", "1,3 %")]
    [InlineData("fr", "Le chômage atteindra 8 % l'an prochain, selon les prévisions de la Banque de France.", "8 %")]
    [InlineData("fr", "La Banque mondiale ne s'attend qu'à une reprise modérée en 2024 (+2,7%).", "+2,7%")]
    [InlineData("fr", "Quant à la zone euro, il est prévu que la croissance atteigne 1,3 % en 2025.", "1,3 %")]
    [InlineData("fr", "Il est prévu que le chômage remonte à 7,9 % l'an prochain.", "7,9 %")]
    public void A_future_in_a_clause_about_a_forecast_hedges_the_figures_after_it(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("Le gouvernement table pour sa part sur une progression du PIB de 1 % cette année.", "1 %", ClaimModality.Hedged)]
    [InlineData("Elle tablait jusqu'ici sur un PIB en progression de 1,2 % pour la zone euro en 2024.", "1,2 %", ClaimModality.Hedged)]
    [InlineData("Les instituts tablent pour leur part sur une croissance de 0,8 %.", "0,8 %", ClaimModality.Hedged)]
    [InlineData("François Bayrou, qui tablait pour sa part sur son programme, ne ramasse que 9 % des voix.", "9 %", ClaimModality.Asserted)]
    public void An_aside_between_a_forecasters_verb_and_its_complement_keeps_the_forecast(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor("fr", text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The army will send 14 tanks to Ukraine next month.", "14 tanks")]
    [InlineData("en", "The ministry will open 12 new schools in May.", "12 new schools")]
    [InlineData("fr", "Au total, 30 canons Caesar seront envoyés à Kiev.", "30 canons")]
    [InlineData("fr", "Le vote aura lieu dans 12 communes dimanche.", "12 communes")]
    [InlineData("fr", "Le contrat prévoit la livraison de 300 chars.", "300 chars")]
    [InlineData("fr", "Il est prévu que 300 soldats soient déployés en mars.", "300 soldats")]
    public void A_plan_or_a_schedule_in_the_future_is_stated_as_fact(string language, string text, string figureText)
    {
        Assert.Equal(ClaimModality.Asserted, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("The unemployment rate, now at 7.6 percent, is expected to hit 9 percent this year.", "7.6 percent", ClaimModality.Asserted)]
    [InlineData("The unemployment rate, now at 7.6 percent, is expected to hit 9 percent this year.", "9 percent", ClaimModality.Hedged)]
    public void An_expectation_hedges_the_figures_after_it_not_those_before(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor("en", text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Most member states are expected to reach the spending target of 2 per cent of their GDP.", "2 per cent")]
    [InlineData("fr", "Selon les prévisions, la dette dépassera le plafond de 3 % du PIB.", "3 %")]
    public void A_target_a_forecast_is_about_is_a_set_value_not_what_it_foresees(string language, string text, string figureText)
    {
        Assert.NotEqual(ClaimModality.Hedged, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The forecasters see 3.0% growth this year.", "3.0%", "The forecasters")]
    [InlineData("fr", "La croissance ralentit, l'Insee prévoyant une récession de 0,1 % en 2013.", "0,1 %", "l'Insee")]
    [InlineData("fr", "Le FMI table sur une croissance de 2,9 % en 2024.", "2,9 %", "Le FMI")]
    [InlineData("fr", "Le FMI s'attend à une croissance de 2,9 % en 2024.", "2,9 %", "Le FMI")]
    [InlineData("fr", "La banque centrale table désormais sur une croissance de 0,8 % en 2025.", "0,8 %", "La banque centrale")]
    [InlineData("fr", "Les économistes tablaient toujours sur une hausse de 2 % des prix.", "2 %", "Les économistes")]
    public void A_forecaster_seeing_a_figure_in_a_forecast_is_its_source(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }

    [Theory]
    [InlineData("en", "The city sees 300 deaths a year on its roads.", "300 deaths")]
    [InlineData("fr", "Le contrat prévoit la livraison de 300 chars.", "300 chars")]
    public void A_verb_of_seeing_or_providing_outside_a_forecast_names_no_speaker(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("en", "Exports beat the ministry's projection for Spain of 0.8% by a wide margin.", "0.8%", ClaimModality.Hedged)]
    [InlineData("en", "Sales beat the IMF forecast for Germany of 1.2% by a wide margin.", "1.2%", ClaimModality.Hedged)]
    [InlineData("en", "The projections team of 12 economists met on Monday.", "12 economists", ClaimModality.Asserted)]
    [InlineData("fr", "Ce taux est supérieur à la prévision gouvernementale de 0,7 % pour cette année.", "0,7 %", ClaimModality.Hedged)]
    [InlineData("fr", "Cette estimation succède à une prévision précédente de 0,6 % publiée en juin.", "0,6 %", ClaimModality.Hedged)]
    [InlineData("fr", "Ce taux est inférieur à la prévision du gouvernement de 0,7 % pour 2025.", "0,7 %", ClaimModality.Hedged)]
    [InlineData("fr", "Le PIB a progressé de 0,9 %, loin des projections officielles de la banque centrale de 0,5 %.", "0,5 %", ClaimModality.Hedged)]
    [InlineData("fr", "Le PIB a progressé de 0,9 %, loin des projections officielles de la banque centrale de 0,5 %.", "0,9 %", ClaimModality.Asserted)]
    [InlineData("fr", "La prévision a été démentie : le PIB a progressé de 0,3 % au deuxième trimestre.", "0,3 %", ClaimModality.Asserted)]
    [InlineData("fr", "La participation dépasse les prévisions des sondeurs (4 points de plus).", "4 points", ClaimModality.Asserted)]
    [InlineData("fr", "Les perspectives d'emploi de 300 jeunes diplômés se sont améliorées.", "300 jeunes diplômés", ClaimModality.Asserted)]
    public void A_figure_given_as_the_value_of_a_forecast_is_what_was_foreseen(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Public investment is anticipated to grow by 7.9% in 2026.", "7.9%", ClaimModality.Hedged)]
    [InlineData("en", "Exports are anticipated to rise 3 percent next year and 4 percent in 2027.", "4 percent", ClaimModality.Hedged)]
    [InlineData("en", "Sales were anticipated to reach $2 billion this year.", "$2 billion", ClaimModality.Hedged)]
    [InlineData("en", "The strike, which nobody anticipated, closed 40 schools.", "40 schools", ClaimModality.Asserted)]
    [InlineData("en", "The storm was anticipated, but it still destroyed 40 homes.", "40 homes", ClaimModality.Asserted)]
    [InlineData("fr", "Le chômage, que tous voyaient en hausse, a reculé de 0,2 % en mars.", "0,2 %", ClaimModality.Asserted)]
    [InlineData("fr", "L'investissement des ménages est attendu en hausse de 0,8 % cette année.", "0,8 %", ClaimModality.Hedged)]
    [InlineData("fr", "Les exportations sont attendues en recul de 1,5 % en 2026.", "1,5 %", ClaimModality.Hedged)]
    [InlineData("fr", "La consommation est attendue en progression de 0,4 % au quatrième trimestre.", "0,4 %", ClaimModality.Hedged)]
    [InlineData("fr", "L'institut anticipe une progression du produit intérieur brut de 0,8 % sur l'année.", "0,8 %", ClaimModality.Hedged)]
    [InlineData("fr", "Le ministre est attendu en Ukraine, où 300 soldats ont été tués cette semaine.", "300 soldats", ClaimModality.Asserted)]
    public void An_anticipated_or_awaited_change_is_a_forecast(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Projections by the central bank indicate growth of 2% next year.", "2%", ClaimModality.Hedged)]
    [InlineData("en", "The projections show a contraction of 1.5% in 2026.", "1.5%", ClaimModality.Hedged)]
    [InlineData("en", "The outlook for 2026 shows unemployment at 4.6%.", "4.6%", ClaimModality.Hedged)]
    [InlineData("fr", "Les projections pour 2025 tournent autour de 3,0 % selon la Direction du Trésor.", "autour de 3,0 %", ClaimModality.Hedged)]
    [InlineData("en", "The projections team of 12 economists met on Monday.", "12 economists", ClaimModality.Asserted)]
    [InlineData("en", "Expectations for a rate cut rose as payrolls fell by 30,000 in May.", "30,000", ClaimModality.Asserted)]
    [InlineData("fr", "Contrairement aux prévisions, l'économie a progressé de 3 % l'an dernier.", "3 %", ClaimModality.Asserted)]
    [InlineData("fr", "Les prévisions d'emploi de 300 jeunes diplômés ont été publiées.", "300 jeunes diplômés", ClaimModality.Asserted)]
    public void A_forecast_noun_as_its_clauses_subject_makes_what_the_clause_gives_a_forecast(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "A total of 5,512 people are expected to attend the summit.", "5,512 people", ClaimModality.Hedged)]
    [InlineData("en", "5,512 people are expected to attend the summit.", "5,512 people", ClaimModality.Hedged)]
    [InlineData("en", "In total, 1,200 workers are expected to return next week.", "1,200 workers", ClaimModality.Hedged)]
    [InlineData("fr", "Au total, 5 512 personnes sont attendues à Paris.", "5 512 personnes", ClaimModality.Hedged)]
    [InlineData("fr", "Un total de 1 200 ouvriers sont attendus à l'usine lundi.", "1 200 ouvriers", ClaimModality.Hedged)]
    [InlineData("en", "A total of 5,512 people attended the summit.", "5,512 people", ClaimModality.Asserted)]
    [InlineData("fr", "Au total, 5 512 personnes ont assisté au sommet.", "5 512 personnes", ClaimModality.Asserted)]
    public void A_figure_opening_its_clause_as_a_total_is_the_subject_of_the_forecast_after_it(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "By 2050, 35.3 million Americans are expected to live with the disease.", "35.3 million Americans", ClaimModality.Hedged)]
    [InlineData("en", "In the coming decade, 300 new schools are expected to open.", "300 new schools", ClaimModality.Hedged)]
    [InlineData("en", "Next year, 1,200 jobs are expected to be cut.", "1,200 jobs", ClaimModality.Hedged)]
    [InlineData("en", "Of the 31 member states, 18 are expected to meet the goal.", "18", ClaimModality.Hedged)]
    [InlineData("fr", "D'ici dimanche, 5 000 personnes sont attendues à Lyon.", "5 000 personnes", ClaimModality.Hedged)]
    [InlineData("fr", "Pour la finale, 80 000 spectateurs sont attendus à Saint-Denis.", "80 000 spectateurs", ClaimModality.Hedged)]
    [InlineData("fr", "Sur les 31 pays membres, 18 sont attendus à Vilnius.", "18", ClaimModality.Hedged)]
    [InlineData("en", "Of the 31 member states, 18 are expected to meet the goal.", "31 member states", ClaimModality.Asserted)]
    [InlineData("en", "By 2050, 35.3 million Americans lived with the disease, and more are expected.", "35.3 million Americans", ClaimModality.Asserted)]
    [InlineData("en", "In 2020, 300 people died in the floods, and officials expect more rain.", "300 people", ClaimModality.Asserted)]
    [InlineData("fr", "Sur les 31 pays membres, 18 sont attendus à Vilnius.", "31 pays", ClaimModality.Asserted)]
    [InlineData("fr", "En 2020, 5 000 personnes sont venues à Lyon, et d'autres sont attendues à Paris.", "5 000 personnes", ClaimModality.Asserted)]
    public void A_figure_after_a_short_opening_phrase_still_opens_its_clause_as_the_subject_of_the_forecast(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "The agency projects growth of 2.4% in 2026.", "2.4%", ClaimModality.Hedged)]
    [InlineData("en", "Analysts project a deficit of $1.9 trillion next year.", "$1.9 trillion", ClaimModality.Hedged)]
    [InlineData("en", "Most pollsters project 120 seats for the party.", "120 seats", ClaimModality.Hedged)]
    [InlineData("en", "A survey of 42 forecasters projects 2% GDP growth for 2026.", "2%", ClaimModality.Hedged)]
    [InlineData("en", "The city has 40 projects worth $2 billion.", "$2 billion", ClaimModality.Asserted)]
    [InlineData("en", "The housing projects cost $300 million last year.", "$300 million", ClaimModality.Asserted)]
    [InlineData("en", "Its projects employ 300 people.", "300 people", ClaimModality.Asserted)]
    [InlineData("en", "The council approved three projects and 40 homes.", "40 homes", ClaimModality.Asserted)]
    [InlineData("fr", "L'institut prévoit une croissance de 2,4 % en 2026.", "2,4 %", ClaimModality.Hedged)]
    [InlineData("fr", "La ville compte 40 projets d'une valeur de 2 milliards d'euros.", "2 milliards d'euros", ClaimModality.Asserted)]
    [InlineData("fr", "Le gouvernement projette une réforme de 300 millions d'euros.", "300 millions d'euros", ClaimModality.Asserted)]
    public void A_present_that_is_also_a_plural_noun_forecasts_only_as_a_verb(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Inflation ended the year at 2.9%, barely below October's 3% projection.", "3%", ClaimModality.Hedged)]
    [InlineData("en", "Growth of 2% is rosier than the 1.3% estimate from June.", "1.3%", ClaimModality.Hedged)]
    [InlineData("en", "The jobless rate rose to 3.7%, worse than the 3.5% estimate.", "3.5%", ClaimModality.Hedged)]
    [InlineData("en", "Core prices were put at a 1.7% increase projection.", "1.7%", ClaimModality.Hedged)]
    [InlineData("en", "Turnout reached 64%, above the 60% prediction of most pollsters.", "60%", ClaimModality.Hedged)]
    [InlineData("en", "Inflation ended the year at 2.9%, barely below October's 3% projection.", "2.9%", ClaimModality.Asserted)]
    [InlineData("en", "The jobless rate rose to 3.7%, worse than the 3.5% estimate.", "3.7%", ClaimModality.Asserted)]
    [InlineData("en", "Officials in 12 provinces estimate that the harvest fell.", "12 provinces", ClaimModality.Asserted)]
    [InlineData("en", "Analysts at 3 banks estimate that sales fell by $2 billion.", "3 banks", ClaimModality.Asserted)]
    [InlineData("fr", "Le chômage a atteint 7,7 %, au-dessus de la prévision de 7,5 %.", "7,5 %", ClaimModality.Hedged)]
    [InlineData("fr", "Le chômage a atteint 7,7 %, au-dessus de la prévision de 7,5 %.", "7,7 %", ClaimModality.Asserted)]
    public void A_projection_prediction_or_estimate_noun_right_after_a_figure_makes_it_a_forecast(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("en", "Economists had called for 200,000 jobs in May.", "200,000 jobs", ClaimModality.Hedged)]
    [InlineData("en", "Analysts were calling for a 0.3% rise in prices.", "0.3%", ClaimModality.Hedged)]
    [InlineData("en", "Wall Street economists had called for a gain of 150,000 jobs.", "150,000 jobs", ClaimModality.Hedged)]
    [InlineData("en", "Economists polled by Reuters are looking for payrolls to have grown by 160,000 jobs in July.", "160,000 jobs", ClaimModality.Hedged)]
    [InlineData("fr", "Les analystes attendaient 150 000 créations d'emplois en mai.", "150 000 créations", ClaimModality.Hedged)]
    [InlineData("en", "The UN called for 500 million dollars in aid.", "500 million dollars", ClaimModality.Asserted)]
    [InlineData("en", "Police are looking for 12 suspects.", "12 suspects", ClaimModality.Asserted)]
    [InlineData("en", "Protesters called for a 10% pay rise.", "10%", ClaimModality.Asserted)]
    [InlineData("fr", "Les secours attendaient 300 blessés.", "300 blessés", ClaimModality.Asserted)]
    public void What_forecasters_call_for_or_await_is_their_forecast(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }
}
