using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>The subject of a figure is who acts in its clause, not a holder named in a complement or the one a speaker addresses.</summary>
public sealed class ClauseSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "La Russie a lancé l'invasion de l'Ukraine le 24 février 2022 avec 360 000 soldats.", "360 000 soldats", "La Russie")]
    [InlineData("en", "Russia launched its invasion of Ukraine in February 2022 with 190,000 troops.", "190,000 troops", "Russia")]
    [InlineData("fr", "Les États-Unis ont livré à l'Ukraine 31 chars.", "31 chars", "Les États-Unis")]
    [InlineData("en", "The US has delivered to Ukraine 31 tanks.", "31 tanks", "The US")]
    public void The_holder_that_acts_in_the_clause_wins_over_one_in_a_complement(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("en", "The United States announced more than $329 million in humanitarian assistance.", "more than $329 million", "The United States")]
    [InlineData("fr", "Les États-Unis annoncent une aide de 50 millions de dollars.", "50 millions de dollars", "Les États-Unis")]
    public void A_speaker_whose_verb_takes_the_figure_holds_it(string language, string text, string figureText, string subject)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Equal(subject, claim.Source);
        Assert.Equal(subject, claim.Subject);
    }

    [Theory]
    [InlineData("en", "Ukrainian intelligence estimates the offensive at 300,000 soldiers.", "300,000 soldiers")]
    [InlineData("fr", "Les services de renseignement ukrainiens estiment l'offensive à 300 000 soldats.", "300 000 soldats")]
    public void A_speaker_who_puts_a_thing_at_a_figure_does_not_hold_it(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("fr", "La Russie bombarde l'Ukraine, qui a perdu 300 chars.", "300 chars", "l'Ukraine")]
    [InlineData("en", "Russia keeps shelling Ukraine, which has lost 300 tanks.", "300 tanks", "Ukraine")]
    public void A_relative_clause_belongs_to_the_holder_it_follows(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("fr", "Le président ukrainien a déclaré à CNN que l'armée avait perdu 3 000 soldats.", "3 000 soldats")]
    [InlineData("en", "A Ukrainian official told CNN that the army had massed 1,200 tanks.", "1,200 tanks")]
    public void Whom_a_speaker_addresses_is_not_the_subject(string language, string text, string figureText)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.NotNull(claim.Source);
        Assert.Null(claim.Subject);
    }

    [Theory]
    [InlineData("en", "Since 2022, USAID has committed more than $14 billion in humanitarian assistance.", "more than $14 billion", "USAID")]
    [InlineData("en", "In Sudan, USAID has delivered 4,000 tonnes of food.", "4,000 tonnes", "USAID")]
    [InlineData("fr", "« L’USAID débloque immédiatement 1 million de dollars pour le Népal », a déclaré l’agence.", "1 million de dollars", "USAID")]
    public void An_acronym_opening_the_clause_is_a_name_even_after_a_break(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("fr", "Les États-Unis, par l'intermédiaire du Bureau des réfugiés (PRM) du département d'État, mobilisent 20 millions de dollars.", "20 millions de dollars", "Les États-Unis")]
    [InlineData("en", "Britain, through its aid agency (FCDO), is providing 30 million pounds.", "30 million pounds", "Britain")]
    public void An_acronym_in_brackets_restates_the_phrase_before_it_and_does_not_act(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("en", "More than 2,600 Red Cross workers are deployed in the region.", "More than 2,600 Red Cross workers")]
    [InlineData("en", "- Nearly 37,000 people are staying in shelters.", "Nearly 37,000 people")]
    [InlineData("en", "The fire has burned 6,000 acres, with COVID-19 cases among 12 firefighters.", "12 firefighters")]
    public void A_capitalised_word_that_qualifies_a_noun_or_opens_a_line_is_no_holder(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("fr", "Au Paraguay, les deux millions de doses de vaccin ont été administrées.", "deux millions de doses", null)]
    [InlineData("en", "In Paraguay, two million vaccine doses were administered.", "two million vaccine doses", null)]
    [InlineData("fr", "Ce financement porte l'aide totale des États-Unis au Mexique à plus de 331 millions de dollars.", "plus de 331 millions de dollars", "États-Unis")]
    public void A_state_named_as_where_the_figure_happens_or_goes_is_not_its_holder(string language, string text, string figureText, string? subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }
}
