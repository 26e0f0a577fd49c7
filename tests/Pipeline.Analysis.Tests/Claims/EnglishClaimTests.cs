using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>English wire copy: who says so, how firmly, what a casualty verb counts, and which clause a figure belongs to.</summary>
public sealed class EnglishClaimTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, "en", null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("A Ukrainian official told CNN that Russia had massed 1,200 tanks.", "1,200 tanks", "A Ukrainian official")]
    [InlineData("Russia has lost 2,000 tanks, a Western intelligence official told Reuters on Tuesday.", "2,000 tanks", "a Western intelligence official")]
    [InlineData("Russia has 1,500 tanks in reserve, the official told the BBC.", "1,500 tanks", "the official")]
    [InlineData("Russia has lost 300 aircraft, according to the UK Ministry of Defence.", "300 aircraft", "the UK Ministry of Defence")]
    [InlineData("The strike killed 12 civilians, the governor said on Telegram.", "12 civilians", "the governor")]
    [InlineData("Zelensky said on X that 31,000 Ukrainian soldiers had been killed.", "31,000 Ukrainian soldiers", "Zelensky")]
    [InlineData("Russian forces fired 40 missiles overnight, said the Ukrainian air force.", "40 missiles", "the Ukrainian air force")]
    [InlineData("In a statement, the Kremlin said 5,000 Ukrainian soldiers had surrendered.", "5,000 Ukrainian soldiers", "the Kremlin")]
    [InlineData("Ukraine has received 31 tanks, Reuters reported, citing two US officials.", "31 tanks", "Reuters")]
    [InlineData("At least 400 soldiers were killed, as reported by the Kyiv Independent.", "At least 400 soldiers", "the Kyiv Independent")]
    [InlineData("Kyiv has lost 45 aircraft, a figure cited by the New York Times.", "45 aircraft", "the New York Times")]
    [InlineData("The Pentagon said on Monday that 50,000 troops were preparing an assault.", "50,000 troops", "The Pentagon")]
    // Relayed speech (the press set's reading, 2026-12-07): the subject of "was quoted … as saying" speaks, Reuters relays.
    [InlineData("Russia has lost 1,000 tanks, an official was quoted by Reuters as saying.", "1,000 tanks", "an official")]
    [InlineData("\"We shot down 25 drones,\" said the air force spokesman.", "25 drones", "the air force spokesman")]
    public void The_source_is_who_speaks_not_the_medium_or_the_occasion(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.NotEqual(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("Russia said the strike was planned and 40 missiles were fired.", "40 missiles")]
    [InlineData("The army lost 40 tanks, the strike said nothing.", "40 tanks")]
    public void Words_after_a_reporting_verb_inside_a_sentence_are_what_was_said_not_a_source(string text, string figureText)
    {
        var claim = ClaimFor(text, figureText);

        Assert.DoesNotContain("missiles", claim.Source ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("nothing", claim.Source ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russia would need 500,000 soldiers to take Kyiv.", "500,000 soldiers", ClaimModality.Hedged)]
    [InlineData("Russia could lose 100 tanks a month.", "100 tanks", ClaimModality.Hedged)]
    [InlineData("Russia may have lost 300 aircraft.", "300 aircraft", ClaimModality.Hedged)]
    [InlineData("Russia might send 20,000 troops.", "20,000 troops", ClaimModality.Hedged)]
    [InlineData("Russia reportedly lost 40 jets in a week.", "40 jets", ClaimModality.Hedged)]
    [InlineData("Ukraine allegedly received 30 missiles.", "30 missiles", ClaimModality.Hedged)]
    [InlineData("Russia is thought to have 4,000 tanks in storage.", "4,000 tanks", ClaimModality.Hedged)]
    [InlineData("Russia is believed to have 4,000 tanks in storage.", "4,000 tanks", ClaimModality.Hedged)]
    [InlineData("Russia is likely to send 20,000 more troops.", "20,000 more troops", ClaimModality.Hedged)]
    [InlineData("An estimated 10,000 civilians have fled the city.", "An estimated 10,000 civilians", ClaimModality.Hedged)]
    [InlineData("Britain will send 14 tanks to Ukraine.", "14 tanks", ClaimModality.Asserted)]
    [InlineData("Britain said it would send 14 tanks to Ukraine.", "14 tanks", ClaimModality.Hedged)]
    [InlineData("Could Russia send 500 more tanks?", "500 more tanks", ClaimModality.Hedged)]
    [InlineData("Russia lost 200 tanks in May 2023.", "200 tanks", ClaimModality.Asserted)]
    [InlineData("The ministry estimated that 50,000 Russian soldiers had been killed.", "50,000 Russian soldiers", ClaimModality.Reported)]
    [InlineData("The ministry believes 50,000 Russian soldiers are in Ukraine.", "50,000 Russian soldiers", ClaimModality.Reported)]
    public void Modals_impersonal_beliefs_and_the_articles_own_estimate_hedge_while_a_named_estimate_reports(string text, string figureText, ClaimModality modality)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(modality, claim.Modality);
    }

    [Fact]
    public void An_estimated_figure_is_approximate()
    {
        var claim = ClaimFor("An estimated 10,000 civilians have fled the city.", "An estimated 10,000 civilians");

        Assert.True(claim.Figure.Approximate);
    }

    [Theory]
    [InlineData("A missile strike killed three people and wounded 11 others.", "three people", "killed", 3.0)]
    [InlineData("A missile strike killed three people and wounded 11 others.", "11 others", "wounded", 11.0)]
    [InlineData("The attack left 20 dead.", "20 dead", "killed", 20.0)]
    [InlineData("Russian shelling killed 7 civilians on Monday.", "7 civilians", "killed", 7.0)]
    [InlineData("The drone strike killed at least five people.", "at least five people", "killed", 5.0)]
    [InlineData("At least 12 were injured in the shelling.", "At least 12 were injured", "wounded", 12.0)]
    [InlineData("The strike injured 9 soldiers.", "9 soldiers", "wounded", 9.0)]
    [InlineData("Ukraine captured 12 villages.", "12 villages", "town", 12.0)]
    [InlineData("More than 50,000 Russian and North Korean troops massed near Kursk.", "More than 50,000 Russian and North Korean troops", "soldier", 50000.0)]
    public void A_casualty_verb_before_a_count_says_who_is_counted(string text, string figureText, string unit, double value)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(unit, claim.Figure.Unit);
        Assert.Equal(value, claim.Figure.Value ?? claim.Figure.Low);
    }

    [Fact]
    public void A_figure_after_while_takes_nothing_from_the_clause_before()
    {
        var claims = Analyzer.Analyze(
            "Britain will send $241m in military aid, the prime minister announced, while Japan has provided more than $7bn.", "en", null).Claims;

        var first = Assert.Single(claims, c => c.Figure.Text == "$241m");
        var second = Assert.Single(claims, c => c.Figure.Text == "more than $7bn");
        Assert.Equal("the prime minister", first.Source);
        Assert.Equal(ClaimModality.Reported, first.Modality);
        Assert.Null(second.Source);
        Assert.Equal(ClaimModality.Asserted, second.Modality);
        Assert.Equal("Japan", second.Subject);
    }

    [Fact]
    public void A_hedge_in_one_clause_does_not_hedge_the_other()
    {
        var claims = Analyzer.Analyze("Russia may have lost 300 tanks, while Ukraine lost 50 tanks.", "en", null).Claims;

        Assert.Equal(ClaimModality.Hedged, Assert.Single(claims, c => c.Figure.Text == "300 tanks").Modality);
        Assert.Equal(ClaimModality.Asserted, Assert.Single(claims, c => c.Figure.Text == "50 tanks").Modality);
    }

    [Fact]
    public void A_place_named_first_is_where_not_who()
    {
        var claim = ClaimFor("In Bakhmut, 300 soldiers were stationed.", "300 soldiers");

        Assert.Null(claim.Subject);
        Assert.Equal("Bakhmut", claim.Location);
    }

    [Fact]
    public void A_city_hit_is_where_casualties_happen_not_their_subject()
    {
        var claim = ClaimFor("Shelling of Kherson killed 4 people.", "4 people");

        Assert.Null(claim.Subject);
        Assert.Equal("Kherson", claim.Location);
        Assert.Equal("killed", claim.Figure.Unit);
    }

    [Theory]
    [InlineData("Russian troops killed 15 civilians in the Donetsk region.", "15 civilians", null, "Donetsk")]
    [InlineData("A Russian drone strike on Sumy wounded 6 people.", "6 people", null, "Sumy")]
    [InlineData("Ukrainian forces killed 300 Russian soldiers near Bakhmut.", "300 Russian soldiers", null, "Bakhmut")]
    [InlineData("Two people were killed in a Russian strike on Odesa.", "Two people", null, "Odesa")]
    public void Who_strikes_is_not_whose_dead_they_are_and_a_nationality_is_not_a_place(string text, string figureText, string? subject, string location)
    {
        var claim = ClaimFor(text, figureText);

        Assert.Equal(subject, claim.Subject);
        Assert.Equal(location, claim.Location);
        Assert.Equal(FigureCategory.Casualties, claim.Figure.Category);
    }

    [Fact]
    public void A_possessive_owner_is_the_subject_and_the_place_after_it_the_location()
    {
        var claim = ClaimFor("Russia's army has massed 40,000 troops in Russia's Kursk region.", "40,000 troops");

        Assert.Equal("Russia", claim.Subject);
        Assert.Equal("Kursk", claim.Location);
    }

    [Fact]
    public void Reports_as_a_noun_name_no_source()
    {
        var claim = ClaimFor("The Kremlin denied reports that 2,000 soldiers had deserted.", "2,000 soldiers");

        Assert.Null(claim.Source);
    }

    [Fact]
    public void According_to_a_statement_from_names_who_made_it()
    {
        var claim = ClaimFor(
            "According to a statement from the Russian defence ministry, 1,200 Ukrainian soldiers were killed.", "1,200 Ukrainian soldiers");

        Assert.Equal("the Russian defence ministry", claim.Source);
        // A nationality on the counted noun is no subject (the guidelines); it keys the claim by its side.
        Assert.Null(claim.Subject);
        Assert.Contains("|ukraine|", claim.Key, StringComparison.Ordinal);
        Assert.Equal("killed", claim.Figure.Unit);
    }

    [Fact]
    public void Officials_who_say_are_the_source_and_their_country_is_not_the_place()
    {
        var claim = ClaimFor("US officials say Russia has lost 87% of its tanks.", "87%");

        Assert.Equal("US officials", claim.Source);
        Assert.Equal("Russia", claim.Subject);
        Assert.Null(claim.Location);
    }

    [Fact]
    public void A_region_named_before_its_region_word_is_inherited_by_a_later_claim()
    {
        var claims = Analyzer.Analyze("Fighting continues in the Kursk region. The assault would involve 50,000 soldiers.", "en", null).Claims;

        Assert.Equal("Kursk", Assert.Single(claims).Location);
    }

    [Theory]
    [InlineData("Fighting continues in the Kursk region. The US has provided $27bn in aid.")]
    [InlineData("Fighting continues in the Kursk region. Ukraine may have lost 20% of its territory.")]
    public void Money_and_shares_inherit_no_region_of_operations(string text)
    {
        var claims = Analyzer.Analyze(text, "en", null).Claims;

        Assert.Null(Assert.Single(claims).Location);
    }

    [Fact]
    public void A_town_is_not_inherited_as_a_theatre()
    {
        var claims = Analyzer.Analyze("Fighting continues in Kupiansk. The assault would involve 50,000 soldiers.", "en", null).Claims;

        Assert.Null(Assert.Single(claims).Location);
    }

    [Fact]
    public void The_speaker_of_a_trailing_said_with_a_medium_is_the_source()
    {
        var claim = ClaimFor(
            "A strike on Kharkiv killed three people, regional governor Oleh Syniehubov said on Telegram.", "three people");

        Assert.Equal("Oleh Syniehubov", claim.Source);
        Assert.Equal("Kharkiv", claim.Location);
    }

    [Theory]
    [InlineData("The war began on 24 February 2022.")]
    [InlineData("Since 2014, the conflict has reshaped Europe.")]
    [InlineData("The talks were held in May 2023 in Istanbul.")]
    public void A_date_is_not_a_figure(string text)
    {
        Assert.Empty(Analyzer.Analyze(text, "en", null).Claims);
    }
}
