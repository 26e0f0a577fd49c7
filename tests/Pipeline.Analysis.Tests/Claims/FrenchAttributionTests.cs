using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The shapes by which French news attributes a figure, each in sentences made for the test: a reporting verb in every
/// tense a newspaper uses, before or after its speaker.
/// </summary>
public sealed class FrenchAttributionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string figure) =>
        Assert.Single(Analyzer.Analyze(text, "fr", null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Le parquet avait requis une amende de 5 000 euros.", "5 000 euros", "Le parquet")]
    [InlineData("La procureure requiert deux ans de prison contre le prévenu.", "deux ans", "La procureure")]
    [InlineData("Le syndicat revendique 20 000 manifestants.", "20 000", "Le syndicat")]
    [InlineData("La centrale avait revendiqué 150 000 manifestants dans tout le pays.", "150 000", "La centrale")]
    [InlineData("L'association dénonçait l'expulsion de 200 familles.", "200", "L'association")]
    [InlineData("Le maire constatait que 40 logements étaient vides.", "40", "Le maire")]
    [InlineData("Quelque 200 familles ont été relogées, précisait la mairie.", "200", "la mairie")]
    [InlineData("Le bilan s'élève à 12 morts, déplorait le préfet.", "12", "le préfet")]
    [InlineData("Le bilan s'élève à 12 morts, a alerté jeudi le préfet.", "12", "le préfet")]
    [InlineData("Le bilan s'élève à 12 morts, rappelait le préfet.", "12", "le préfet")]
    [InlineData("Le bilan s'élève à 12 morts, avertit le préfet.", "12", "le préfet")]
    public void A_reporting_verb_names_its_speaker_in_every_tense(string text, string figure, string source)
    {
        var claim = ClaimFor(text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("Le ministère malien de la Santé a indiqué que l'épidémie progressait. « Nous comptons 45 cas », détaille le ministère.", "le ministère", "Le ministère malien de la Santé")]
    [InlineData("Le ministère malien de la Santé a indiqué que l'épidémie progressait. Le ministère fait état de 45 cas.", "Le ministère", "Le ministère malien de la Santé")]
    [InlineData("Le ministère malien de la Santé a indiqué que l'épidémie progressait. Dimanche, 45 cas ont été confirmés, précise-t-il.", "il", "Le ministère malien de la Santé")]
    public void A_definite_noun_standing_alone_names_the_speaker_the_text_named_in_full_before(string text, string written, string source)
    {
        var claim = ClaimFor(text, "45");

        Assert.NotEqual(written, claim.Source);
        Assert.Equal(source, claim.Source);
    }

    [Theory]
    [InlineData("« Le bilan s'élève à 12 morts », a insisté auprès de l'AFP Jean Dupont.", "12", "Jean Dupont")]
    [InlineData("« Nous avons perdu 12 hommes », a déclaré à l'AFP Jean Dupont joint au téléphone.", "12", "Jean Dupont")]
    [InlineData("Le bilan s'élève à 12 morts, a-t-on appris auprès des pompiers.", "12", "pompiers")]
    [InlineData("Le bilan s'élève à 12 morts, a mis en garde le préfet.", "12", "le préfet")]
    [InlineData("Le bilan s'élève à 12 morts, a tenu à préciser le préfet.", "12", "le préfet")]
    [InlineData("La « Commission nationale des droits » a estimé que 40 personnes avaient été arrêtées.", "40", "Commission nationale des droits")]
    [InlineData("La « Commission nationale des droits » a dénombré 40 arrestations.", "40", "Commission nationale des droits")]
    public void An_aside_a_set_phrase_or_quotation_marks_around_a_name_leave_the_speaker_whole(string text, string figure, string source)
    {
        var claim = ClaimFor(text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_negation_between_a_pronoun_and_its_verb_still_names_the_speaker_before()
    {
        var claim = ClaimFor("L'Insee a publié ses perspectives. Elle ne s'attend qu'à une reprise modérée (+1,5 %).", "1,5 %");

        Assert.Equal("L'Insee", claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }

    [Theory]
    [InlineData("Le bilan établi par les secours s'élève à 9 morts.", "9", "les secours")]
    [InlineData("Les chiffres de l'Insee montrent une hausse de 2 % du chômage.", "2 %", "l'Insee")]
    [InlineData("Les résultats provisoires publiés par la commission électorale donnent 55 % au président.", "55 %", "la commission électorale")]
    [InlineData("Un bilan publié dimanche par le ministère fait état de 30 morts.", "30", "le ministère")]
    [InlineData("Un bilan de 9 morts a été annoncé par la préfecture.", "9", "la préfecture")]
    [InlineData("Le bilan a été communiqué mardi par la préfecture : 9 morts et 20 blessés.", "9", "la préfecture")]
    [InlineData("D'après les résultats provisoires rendus publics ce jeudi, le président obtient 55 % des voix.", "55 %", "les résultats provisoires")]
    public void A_document_names_its_author_as_the_source(string text, string figure, string source)
    {
        var claim = ClaimFor(text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_name_closing_the_words_before_an_apposed_title_is_the_source()
    {
        var claim = ClaimFor("L'entourage de Marie Durand, la ministre du Travail, a indiqué que 300 emplois avaient été créés.", "300");

        Assert.Equal("Marie Durand", claim.Source);
    }

    [Fact]
    public void A_speaker_pointed_back_at_is_named_as_the_text_first_named_them_in_full()
    {
        var claim = ClaimFor(
            "Selon le préfet, Mohamed Kaboré, l'attaque a eu lieu mardi. « Nous avons perdu des hommes », a déclaré M. Kaboré. Douze soldats sont portés disparus, a indiqué ce haut responsable.",
            "Douze");

        Assert.Equal("Mohamed Kaboré", claim.Source);
    }

    [Theory]
    [InlineData("Avant la préfecture qui a évoqué 300 morts, les ONG avaient publié un texte.", "300", "la préfecture")]
    [InlineData("Ainsi, les Seychelles, archipel de l'océan Indien, ont signalé une hausse des cas en 2023 après 20 ans d'accalmie.", "20 ans", "les Seychelles")]
    [InlineData("Aux dires des riverains, 50 maisons ont brûlé.", "50", "riverains")]
    [InlineData("Le Haut Commissariat pour les réfugiés (HCR) indique que 40 000 personnes ont fui.", "40 000", "Le Haut Commissariat pour les réfugiés")]
    public void A_speaker_before_a_relative_an_apposition_or_an_institution_link_is_read_whole(string text, string figure, string source)
    {
        var claim = ClaimFor(text, figure);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_verb_after_a_relative_clause_between_commas_is_its_subjects_not_set_in_before_a_speaker()
    {
        var claim = ClaimFor("Le ministre, qui dirige 35 services, a annoncé la fermeture du site.", "35");

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Fact]
    public void A_documents_noun_standing_alone_names_no_speaker()
    {
        var claim = ClaimFor("La radio évoque un incendie qui aurait fait 40 morts et 12 blessés, chiffres qui complètent le bilan déjà annoncé.", "40");

        Assert.Equal("La radio", claim.Source);
        Assert.Equal(ClaimModality.Hedged, claim.Modality);
    }

    [Fact]
    public void A_short_name_whose_noun_opens_the_article_keeps_its_own_words()
    {
        // The look-back for a fuller name reaches the article's first word, which has no determiner before it.
        var claim = ClaimFor("Commission et gouvernement divergent. Selon la commission, 300 bureaux de vote ont fermé.", "300");

        Assert.Equal("la commission", claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("La Banque centrale pense que la croissance devrait atteindre 0,9 % en 2024.", "0,9 %", "La Banque centrale", ClaimModality.Hedged)]
    [InlineData("Le ministre pensait que 300 soldats étaient morts.", "300 soldats", "Le ministre", ClaimModality.Reported)]
    [InlineData("Les enquêteurs pensent que 40 personnes ont été blessées.", "40 personnes", "Les enquêteurs", ClaimModality.Reported)]
    public void A_belief_stated_with_que_is_its_holders(string text, string figure, string source, ClaimModality modality)
    {
        var claim = ClaimFor(text, figure);

        Assert.Equal((source, modality), (claim.Source, claim.Modality));
    }

    [Fact]
    public void Penser_without_que_reports_nothing()
    {
        Assert.Null(ClaimFor("Il faut penser aux 12 familles sinistrées.", "12 familles").Source);
    }
}
