using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>The rules that find source, subject and place, one behaviour each.</summary>
public sealed class ClaimRuleTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim Single(string text, string language = "fr") => Assert.Single(Analyzer.Analyze(text, language, null).Claims);

    [Fact]
    public void A_source_phrase_stops_before_a_place_or_medium()
    {
        var claim = Single("Les troupes ont reculé de 3 km, a déclaré le ministère sur l'application Telegram.");

        Assert.Equal("le ministère", claim.Source);
    }

    [Fact]
    public void A_leading_conjunction_is_not_part_of_the_source()
    {
        var claim = Single("Mais l'Ukraine a averti que Poutine masse 9 000 soldats à la frontière.");

        Assert.Equal("l'Ukraine", claim.Source);
        Assert.Equal("Poutine", claim.Subject);
    }

    [Fact]
    public void A_pronoun_is_never_a_source()
    {
        var claim = Single("Et il a également déclaré la loi martiale dans quatre régions.");

        Assert.Null(claim.Source);
    }

    [Fact]
    public void The_subject_is_not_also_the_location()
    {
        var claim = Single("La capture donnerait à la Russie un tremplin pour avancer sur deux villes de Donetsk.");

        Assert.Equal("la Russie", claim.Subject);
        Assert.NotEqual("Russie", claim.Location);
    }

    [Fact]
    public void A_city_is_where_casualties_happen_not_whose_they_are()
    {
        var claim = Single("Une frappe près de Bakhmut a fait trois morts dans la nuit.");

        Assert.Equal(3, claim.Figure.Value);
        Assert.Null(claim.Subject);
        Assert.Equal("Bakhmut", claim.Location);
    }

    [Fact]
    public void The_official_who_reports_casualties_is_not_their_subject()
    {
        var claims = Analyzer.Analyze(
            "Le président Volodymyr Zelensky a visité le front. Le gouverneur, Pavlo Kyrylenko, a indiqué qu'une frappe a fait deux morts à Pokrovsk.",
            "fr",
            null).Claims;

        var claim = Assert.Single(claims);
        Assert.Null(claim.Subject);
        Assert.Equal("Pokrovsk", claim.Location);
    }

    [Fact]
    public void A_french_casualty_verb_before_a_count_says_killed_or_wounded_and_its_agent_is_not_the_subject()
    {
        var claims = Analyzer.Analyze("Une frappe russe a tué trois personnes et blessé 11 autres à Kharkiv, selon le gouverneur.", "fr", null).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal((3.0, "killed"), (claims[0].Figure.Value!.Value, claims[0].Figure.Unit!));
        Assert.Equal((11.0, "wounded"), (claims[1].Figure.Value!.Value, claims[1].Figure.Unit!));
        Assert.All(claims, c => Assert.Null(c.Subject));
        Assert.All(claims, c => Assert.Equal("Kharkiv", c.Location));
        Assert.All(claims, c => Assert.Equal("le gouverneur", c.Source));
    }

    [Fact]
    public void A_clause_after_tandis_que_keeps_its_own_subject_and_modality()
    {
        var claims = Analyzer.Analyze("L'Ukraine a reçu 50 chars, tandis que la Russie aurait perdu 200 chars.", "fr", null).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal(("L'Ukraine", ClaimModality.Asserted), (claims[0].Subject, claims[0].Modality));
        Assert.Equal(("la Russie", ClaimModality.Hedged), (claims[1].Subject, claims[1].Modality));
    }

    [Fact]
    public void A_nationality_adjective_is_never_the_place()
    {
        var claim = Single("Selon un responsable ukrainien, Moscou aurait envoyé 5 000 soldats.");

        Assert.Null(claim.Location);
        Assert.Equal("un responsable ukrainien", claim.Source);
    }

    [Fact]
    public void A_country_inside_the_source_is_not_the_place()
    {
        var claim = Single("Tens of thousands of soldiers are ready, a senior US official said.", "en");

        Assert.Equal("a senior US official", claim.Source);
        Assert.Null(claim.Location);
    }

    [Fact]
    public void A_place_keeps_its_whole_name_when_a_common_noun_begins_it()
    {
        var claim = Single("La flotte russe a perdu 12 navires en mer Noire.");

        Assert.Equal("ship", claim.Figure.Unit);
        Assert.Equal("mer Noire", claim.Location);
        Assert.EndsWith("|black sea", claim.Key);
    }

    [Fact]
    public void A_region_named_earlier_is_inherited_by_a_claim_without_a_place()
    {
        var claims = Analyzer.Analyze(
            "Les Russes veulent reprendre la région de Koursk. L'assaut mobiliserait 50 000 soldats.", "fr", null).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal("Koursk", claim.Location);
    }

    [Fact]
    public void A_region_introduced_after_a_preposition_is_still_inherited()
    {
        var claims = Analyzer.Analyze(
            "Les forces ukrainiennes ont battu en retraite dans la région de Louhansk. Les troupes ont reculé de 3 km.", "fr", null).Claims;

        Assert.Equal("Louhansk", Assert.Single(claims).Location);
    }

    [Fact]
    public void Said_after_the_subject_makes_it_the_source_in_english()
    {
        var claim = Single("The Pentagon said Russia had lost 2,000 tanks.", "en");

        Assert.Equal("The Pentagon", claim.Source);
        Assert.Equal("Russia", claim.Subject);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_capitalised_reporting_verb_inside_a_name_names_no_source()
    {
        var claim = Single("The United States has provided $27bn in military aid.", "en");

        Assert.Null(claim.Source);
        Assert.Equal("The United States", claim.Subject);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Fact]
    public void A_month_is_not_a_place()
    {
        var claim = Single("The US approved a $61bn aid package in April 2024.", "en");

        Assert.Null(claim.Location);
        Assert.Equal("The US", claim.Subject);
    }

    [Fact]
    public void The_key_ignores_how_the_subject_and_place_are_written()
    {
        var french = Single("Selon le New York Times, les Russes auraient rassemblé pas moins de 50 000 soldats dans l'oblast de Koursk.");
        var english = Single("According to the New York Times, Russia has massed no fewer than 50,000 soldiers in the Kursk region.", "en");

        Assert.Equal(french.Key, english.Key);
    }
}
