using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>Attribution and hedging shapes of wire reports: a citation inside a quotation, the imperfect of reporting verbs, forecasters who expect.</summary>
public sealed class WireAttributionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "\"Selon nos relevés, 240 personnes sont mortes dans la région\", a indiqué le préfet Marc Dubois.", "240 personnes", "le préfet Marc Dubois")]
    [InlineData("en", "\"According to our latest count, 75 rebels were killed in the valley,\" Carter said.", "75 rebels", "Carter")]
    public void A_citation_inside_a_quotation_gives_way_to_the_speaker_of_the_quotation(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_citation_outside_any_quotation_stays_the_source()
    {
        var claim = ClaimFor("Selon la préfecture, 240 personnes sont mortes dans la région.", "fr", "240 personnes");

        Assert.Equal("la préfecture", claim.Source);
    }

    [Theory]
    [InlineData("Le débat porte sur la participation. Le président de la commission, Paul Koné, qui annonçait mardi une participation de 61 %, reste prudent.", "61 %", "Paul Koné")]
    [InlineData("Le gouverneur indiquait hier 120 morts dans la province.", "120 morts", "Le gouverneur")]
    [InlineData("L'observatoire, qui a communiqué dans la soirée un chiffre de 48 %, reste prudent.", "48 %", "L'observatoire")]
    [InlineData("Les associations avancent un bilan de 35 morts.", "35 morts", "Les associations")]
    public void The_imperfect_and_other_french_reporting_verbs_name_the_speaker(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "fr", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Analysts now expect the economy to shrink by 2.5 percent this year.", "2.5 percent", "Analysts")]
    [InlineData("The central bank expects inflation to reach 4 percent by December.", "4 percent", "The central bank")]
    [InlineData("The agency predicts unemployment will reach 11 percent.", "11 percent", "The agency")]
    [InlineData("Economists polled by the newspaper had expected prices to rise 0.4 percent.", "0.4 percent", "Economists")]
    public void Forecasters_who_expect_a_figure_are_its_source_and_hedge_it(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "en", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }

    [Theory]
    [InlineData("Prices rose 1.4 percent, a tick below the 1.5 percent predicted.", "1.5 percent")]
    [InlineData("Prices rose 1.4 percent, slower than expected.", "1.4 percent")]
    public void A_bare_predicted_or_expected_after_a_figure_names_no_speaker(string text, string figureText)
    {
        var claim = ClaimFor(text, "en", figureText);

        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("fr", "La Hongrie accueille 4.080 personnes, selon des chiffres du HCR arrêtés au 19 avril.", "4.080 personnes", "HCR")]
    [InlineData("fr", "Au total, 2.400 réfugiés sont présents, selon le décompte de l'OIM établi au 3 mai.", "2.400 réfugiés", "l'OIM")]
    public void A_participle_dating_a_count_ends_the_name_of_its_author(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("L'organisation évalue à 7,1 millions le nombre de personnes déplacées.", "7,1 millions", "L'organisation")]
    [InlineData("Le HCR a évalué à 300 000 le nombre de réfugiés.", "300 000", "Le HCR")]
    [InlineData("Le HCR a déclaré le 30 mars que 4 millions de personnes avaient fui.", "4 millions de personnes", "Le HCR")]
    public void Evaluer_and_a_date_after_declare_keep_the_french_speaker(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "fr", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Le préfet a fait état mardi de 45 morts dans la province.", "45 morts", "Le préfet")]
    [InlineData("Les autorités font état, dans un communiqué, de 45 morts.", "45 morts", "Les autorités")]
    public void Fait_etat_reports_even_when_a_time_or_an_aside_stands_before_its_object(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "fr", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Rebels Kill 40 Soldiers, Army Says\nThe attack took place at dawn.", "40 Soldiers", "Army")]
    [InlineData("Flood Death Toll Reaches 310, Interior Ministry Says\nRescuers are still searching.", "310", "Interior Ministry")]
    public void A_capitalised_reporting_verb_ending_a_headline_names_its_speaker(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "en", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_capitalised_word_inside_a_headline_stays_part_of_a_name()
    {
        var claim = ClaimFor("Says Foundation Gives 40 Schools New Roofs\nThe work starts in May.", "en", "40 Schools");

        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("A senior election official last night said the turnout was nearly 40 per cent.", "nearly 40 per cent", "A senior election official")]
    [InlineData("The health ministry earlier said 52 people had died.", "52 people", "The health ministry")]
    public void The_time_a_speaker_spoke_is_not_part_of_its_name(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "en", figureText);

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("fr", "« Nous avons enregistré 300 cas », a déclaré le docteur Paul Mbarga. « Le nombre de villages touchés est de 12 sur 40. »", "12", "le docteur Paul Mbarga")]
    [InlineData("en", "\"We found 300 cases,\" Paul Mbarga said. \"The outbreak has reached 12 villages.\"", "12 villages", "Paul Mbarga")]
    public void A_quotation_standing_alone_goes_on_quoting_the_speaker_before(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    // A quotation standing alone after a sentence whose speaker is named quotes that speaker (the eighth set's "quotation
    // continuing the previous speaker", after "l'agence régionale a indiqué jeudi qu'…"): ContinuedSpeakerTests. After a
    // sentence that names no voice, it names nobody.
    [Fact]
    public void A_quotation_standing_alone_after_a_sentence_naming_no_speaker_names_nobody()
    {
        var claim = ClaimFor("The river rose overnight. \"The outbreak has reached 12 villages.\"", "en", "12 villages");

        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("At least 120 people killed in floods since Oct. 7: Ministry\nThe floods hit the north.", "At least 120 people", "Ministry")]
    [InlineData("Floods kill 120 people in the north: Interior Ministry\nMore rain is due.", "120 people", "Interior Ministry")]
    public void A_headline_ending_on_a_colon_and_a_name_is_attributed_to_it(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "en", figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_line_ending_on_a_colon_and_many_words_is_no_label()
    {
        var claim = ClaimFor("The floods killed 120 people: rescuers are still searching the northern valleys\nMore rain is due.", "en", "120 people");

        Assert.Null(claim.Source);
    }

    [Theory]
    [InlineData("Selon le ministère le taux de participation est de 43 %.", "43 %", "le ministère")]
    [InlineData("Selon le ministre de la Santé 40 personnes sont mortes.", "40 personnes", "le ministre de la Santé")]
    public void A_french_source_ends_where_an_article_opens_the_next_phrase(string text, string figureText, string source)
    {
        var claim = ClaimFor(text, "fr", figureText);

        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("fr", "« 300 000 personnes ont fui », a déclaré un porte-parole de l'ONU, Jean Dupont, lors d'un point de presse.", "300 000 personnes", "un porte-parole de l'ONU, Jean Dupont")]
    public void A_name_set_after_the_speakers_title_is_kept_with_it(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_lone_capitalised_word_after_the_title_is_not_its_name()
    {
        var claim = ClaimFor("« 40 personnes sont mortes », a indiqué la préfecture, Lyon restant en alerte.", "fr", "40 personnes");

        Assert.Equal("la préfecture", claim.Source);
    }

    [Theory]
    [InlineData("en", "The governor said rescuers found 12 bodies overnight, Radio Sud reported.", "12 bodies", "Radio Sud")]
    [InlineData("fr", "Le maire a dit que 12 corps avaient été retrouvés, a rapporté Radio Sud.", "12 corps", "Radio Sud")]
    public void The_outer_speaker_closing_the_sentence_is_the_source(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void A_closing_speaker_of_another_clause_leaves_the_first_clause_its_own()
    {
        var claim = ClaimFor("Rebels lost 300 fighters, according to the army, while the army lost 40 soldiers, officials said.", "en", "300 fighters");

        Assert.Equal("the army", claim.Source);
    }
}
