using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>Shapes of attribution and hedging English news writes, beyond the wire's "X said": nouns that look like reporting verbs, forecasts, "it said".</summary>
public sealed class PressAttributionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Eighteen NATO member states sent 300 tanks to Ukraine.", "300 tanks")]
    [InlineData("European member states and Canada sent 300 tanks to Ukraine.", "300 tanks")]
    [InlineData("The United States sent 300 tanks to Ukraine.", "300 tanks")]
    public void States_after_a_noun_is_the_plural_noun_not_a_reporting_verb(string text, string figureText)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("Economists polled by Reuters had expected Russia to send 20,000 troops.", "20,000 troops", null)]
    [InlineData("Russia is projected to lose 20,000 troops.", "20,000 troops", null)]
    public void An_expectation_hedges_the_figure_even_when_someone_reports_it(string text, string figureText, string? source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(ClaimModality.Hedged, claim.Modality);
        if (source is not null)
        {
            Assert.Equal(source, claim.Source);
        }
    }

    [Theory]
    [InlineData("Prices rose 1.1 percent, compared to a 1.2 percent forecast.", "1.2 percent", ClaimModality.Hedged)]
    [InlineData("Prices rose 1.1 percent, compared to a 1.2 percent forecast.", "1.1 percent", ClaimModality.Asserted)]
    [InlineData("Core prices rose 0.8 percent, a tick below the 0.9 percent predicted.", "0.9 percent", ClaimModality.Hedged)]
    [InlineData("Core prices rose 0.8 percent, a tick below the 0.9 percent predicted.", "0.8 percent", ClaimModality.Asserted)]
    [InlineData("Unemployment reached 4.1 percent, above the 3.9 percent expected.", "3.9 percent", ClaimModality.Hedged)]
    public void A_figure_followed_by_forecast_or_predicted_is_hedged_and_its_neighbours_are_not(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(text, figureText).Modality);
    }

    [Theory]
    [InlineData("Les prix ont augmenté de 1,1 %, contre 1,2 % attendus.", "1,2 %", ClaimModality.Hedged)]
    [InlineData("Les prix ont augmenté de 1,1 %, contre 1,2 % attendus.", "1,1 %", ClaimModality.Asserted)]
    [InlineData("L'armée a reçu 100 chars sur les 300 chars prévus par le contrat.", "300 chars", ClaimModality.Asserted)]
    public void A_french_figure_followed_by_attendus_is_hedged_and_its_neighbours_are_not(string text, string figureText, ClaimModality modality)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(modality, claim.Modality);
    }

    [Theory]
    [InlineData("Xinhua reported that 40 people died in Gansu. Five people were missing, it said.", "Five people", "Xinhua")]
    [InlineData("The ministry said 40 soldiers died. Another 12 soldiers were wounded, it added.", "12 soldiers", "The ministry")]
    public void It_said_after_a_comma_refers_back_to_the_speaker_named_before(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Prices rose at the slowest pace in three months, data released by the Labor Department showed on Friday.", "three months", "the Labor Department")]
    [InlineData("Unemployment rose 0.3 percent, figures from the statistics office show.", "0.3 percent", "the statistics office")]
    [InlineData("A survey by the central bank shows that 40 percent of firms plan cuts.", "40 percent", "the central bank")]
    public void Data_that_show_a_figure_are_their_authors_report(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Stoltenberg said 18 allies met the target. He reminded allies that 2 percent must be a minimum.", "2 percent", "Stoltenberg")]
    [InlineData("The minister recalled that 300 tanks had been sent.", "300 tanks", "The minister")]
    public void Reminding_and_recalling_report_what_the_speaker_says(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("en", "The minister said that Russia lost 300 tanks, while Ukraine lost 100 tanks.", "100 tanks", "The minister")]
    [InlineData("en", "Güven said that the AK Party won 317 seats, while the CHP received 137 seats.", "137 seats", "Güven")]
    [InlineData("fr", "Le ministre a déclaré que la Russie avait perdu 300 chars, tandis que l'Ukraine a perdu 100 chars.", "100 chars", "Le ministre")]
    public void A_speaker_opening_the_sentence_with_that_speaks_for_every_clause(string language, string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Russia lost 300 tanks, the minister said, while Ukraine lost 100 tanks.", "100 tanks")]
    [InlineData("On Monday the minister said that talks failed. Ukraine lost 100 tanks, while Russia lost 300 tanks.", "300 tanks")]
    public void A_speaker_without_that_or_between_clauses_speaks_only_for_its_own(string text, string figureText)
    {
        Assert.Null(ClaimFor(text, figureText).Source);
    }

    [Theory]
    [InlineData("en", "The study, published Tuesday by a think tank in Washington, said that 400,000 troops were killed.", "400,000 troops", "The study")]
    [InlineData("en", "A Ukrainian assessment, reported by CNN, says there are 106,000 ground troops.", "106,000 ground troops", "A Ukrainian assessment")]
    [InlineData("fr", "Le rapport, publié mardi par un institut, affirme que 400 000 soldats ont été tués.", "400 000 soldats", "Le rapport")]
    public void A_participle_aside_between_a_speaker_and_its_verb_is_passed(string language, string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void There_after_an_inverted_verb_names_no_speaker()
    {
        Assert.DoesNotContain("there", ClaimFor("Russia lost 300 tanks, says there are 100 tanks left.", "100 tanks").Source ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Plus de 7,7 millions de personnes ont fui, selon l'Organisation internationale pour les migrations.", "Plus de 7,7 millions de personnes", "l'Organisation internationale pour les migrations")]
    [InlineData("fr", "Plus de cinq millions de réfugiés ont fui, selon le Haut Commissariat de l'ONU pour les réfugiés.", "Plus de cinq millions de réfugiés", "le Haut Commissariat de l'ONU pour les réfugiés")]
    [InlineData("en", "Russia lost 300 tanks, according to the Center for Strategic Studies.", "300 tanks", "the Center for Strategic Studies")]
    [InlineData("fr", "La Russie a perdu 300 chars, selon Zelensky pour la radio.", "300 chars", "Zelensky")]
    public void An_institution_name_runs_on_through_for_and_pour(string language, string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("La Russie a perdu 300 chars, a déclaré Volodimir Zelensky pendant son allocution quotidienne.", "300 chars", "Volodimir Zelensky")]
    [InlineData("La Russie a perdu 300 chars, a déclaré Volodimir Zelensky durant une conférence de presse.", "300 chars", "Volodimir Zelensky")]
    public void A_french_name_ends_before_the_occasion_it_spoke_at(string text, string figureText, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text == figureText);

        Assert.Equal(source, claim.Source);
    }
}
