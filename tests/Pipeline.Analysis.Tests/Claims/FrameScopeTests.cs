using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>How far an attribution reaches: past an aside about the speaker, not into a clause the article adds after it.</summary>
public sealed class FrameScopeTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "\"The toll may change,\" said Smith, as rescuers found 40 more bodies.", "40 more bodies", null)]
    [InlineData("en", "\"The toll may change,\" Smith said, as rescuers found 40 more bodies.", "40 more bodies", null)]
    [InlineData("en", "\"The toll may change,\" said Smith, adding that 40 more bodies were found.", "40 more bodies", "Smith")]
    [InlineData("fr", "« Le bilan peut changer », a insisté Paul Dubois alors que l'attentat s'était produit environ 45 minutes plus tôt.", "environ 45 minutes", null)]
    [InlineData("fr", "« Le bilan peut changer », a insisté Paul Dubois, alors que 40 personnes sont portées disparues.", "40 personnes", null)]
    [InlineData("fr", "L'attaque a été revendiquée, a confirmé le porte-parole Paul Dubois, évoquant 40 morts.", "40 morts", "Paul Dubois")]
    [InlineData("fr", "Le bilan est lourd, a précisé la préfecture : 40 morts et 12 blessés.", "40 morts", "la préfecture")]
    public void A_speaker_set_in_after_what_was_said_does_not_reach_a_clause_the_article_opens_after_it(string language, string text, string figureText, string? source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("The agency, which has 40 staff in the area, said 200 families were displaced.", "200 families", "The agency")]
    [InlineData("The agency, which has 40 staff in the area, said 200 families were displaced.", "40 staff", null)]
    public void A_relative_aside_with_a_figure_stands_between_the_speaker_and_its_verb(string text, string figureText, string? source)
    {
        Assert.Equal(source, ClaimFor("en", text, figureText).Source);
    }

    [Theory]
    [InlineData("Selon le ministre de la Santé, Manaouda Malachie, 120 personnes sont mortes.", "120 personnes", "Manaouda Malachie")]
    [InlineData("Selon le porte-parole de l'armée, le colonel Souleymane Dembélé, 40 terroristes ont été tués.", "40 terroristes", "Souleymane Dembélé")]
    public void A_name_set_after_the_role_an_introducer_names_is_the_source(string text, string figureText, string source)
    {
        Assert.Contains(source, ClaimFor("fr", text, figureText).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_after_an_introduced_source_is_no_apposed_name()
    {
        Assert.Equal("le ministère", ClaimFor("fr", "Selon le ministère, Paul Koné a obtenu 55 % des voix.", "55 %").Source);
    }

    [Theory]
    [InlineData("fr", "« Au total, il y a eu 603 décès », détaille le ministère dans son bulletin quotidien.", "603 décès", "le ministère")]
    [InlineData("en", "\"We counted 603 deaths,\" says the ministry in its daily bulletin.", "603 deaths", "the ministry")]
    [InlineData("fr", "« Depuis août, 89 173 personnes ont été vaccinées », insiste le ministère de la Santé, qui estime que la campagne a sauvé des milliers de vies.", "des milliers de vies", "le ministère de la Santé")]
    public void After_a_quotation_any_reporting_verb_stands_before_its_speaker(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Fact]
    public void A_demonstrative_speaker_points_back_to_the_speaker_named_before_but_a_demonstrative_document_is_its_own_source()
    {
        var pointed = ClaimFor("fr", "Le préfet Paul Dubois a déclaré que 11 soldats ont péri. Deux soldats sont encore « injoignables », a indiqué ce haut responsable.", "Deux soldats");
        var document = ClaimFor("fr", "Selon ces chiffres, le chômage pourrait atteindre 10,7 %.", "10,7 %");

        Assert.Equal("Paul Dubois", pointed.Source);
        Assert.Equal("ces chiffres", document.Source);
    }

    [Theory]
    [InlineData("fr", "Le ministère indiquait que huit Français avaient été identifiés; un autre Français serait porté disparu.", "huit Français", ClaimModality.Reported)]
    [InlineData("en", "Analysts expect growth of 2 percent this year; 3 percent next year.", "3 percent", ClaimModality.Hedged)]
    public void A_hedge_does_not_reach_back_over_a_semicolon_but_reaches_forward(string language, string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor(language, text, figureText).Modality);
    }

    [Theory]
    [InlineData("The party won 269 seats, while its allies won 14 seats, said Getahun Amogne, a spokesperson for the board.", "269 seats", "Getahun Amogne")]
    [InlineData("Growth should reach 2.7% next year, according to 42 professional forecasters surveyed by the Federal Reserve Bank.", "2.7%", "42 professional forecasters")]
    [InlineData("At least 2,670 Palestinians have been killed since Israel declared war on Hamas, the health ministry said.", "At least 2,670 Palestinians", "the health ministry")]
    [InlineData("Officials said the death rate is 70%, as several deaths are either not reported.", "70%", "Officials")]
    public void Closing_speakers_apposed_titles_counted_speakers_and_subordinate_clauses(string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor("en", text, figureText).Source);
    }

    [Theory]
    [InlineData("Economic growth should be stronger next year, at 2.7%.", "2.7%", ClaimModality.Hedged)]
    [InlineData("The IMF forecasts growth of 2.5 percent next year.", "2.5 percent", ClaimModality.Hedged)]
    public void Forecasts_are_hedged(string text, string figureText, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimFor("en", text, figureText).Modality);
    }

    [Theory]
    [InlineData("Un précédent bilan, fin juillet, faisait état de 94 morts.", "94 morts", "Un précédent bilan")]
    [InlineData("Le ministère, mardi soir, a annoncé 40 morts.", "40 morts", "Le ministère")]
    public void A_time_between_commas_stands_between_the_speaker_and_its_verb(string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor("fr", text, figureText).Source);
    }
}
