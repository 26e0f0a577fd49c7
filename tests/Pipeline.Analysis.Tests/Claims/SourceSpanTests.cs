using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A source is a name, a pronoun standing for one, or a noun phrase headed by a speaker noun: never a unit phrase, an
/// adverb or a possessive. A description standing for a speaker named before is that speaker, and a headline's speaker
/// label before a colon is the source of the headline.
/// </summary>
public sealed class SourceSpanTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string? SourceOf(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText).Source;

    [Theory]
    [InlineData("en", "However, economists had expected a decline to 3.7 percent.", "3.7 percent", "economists")]
    [InlineData("en", "Meanwhile, officials said 20 houses collapsed.", "20 houses", "officials")]
    [InlineData("en", "Moreover, campaigners claim 5,000 signatures were collected.", "5,000 signatures", "campaigners")]
    [InlineData("fr", "L'économie a créé 98.000 emplois, indique toujours l'AFP.", "98.000 emplois", "l'AFP")]
    [InlineData("fr", "Le pays compte 400 morts, précise désormais la préfecture.", "400 morts", "la préfecture")]
    public void An_adverb_opening_or_inside_the_attribution_is_not_part_of_the_source(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("en", "Acme reported 360 tenants' claims and 70 car claims in Utah.", "70 car claims", "Acme")]
    [InlineData("en", "The agency reported 1,600 homeowners claims and almost 500 auto claims.", "almost 500 auto claims", "The agency")]
    [InlineData("en", "Globex reported 90 drivers' claims and 40 truck claims in Ohio.", "40 truck claims", "Globex")]
    public void A_noun_used_as_a_verb_after_a_counted_or_possessive_noun_names_no_speaker(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("With 71 percent of ballots counted, Smith leads with 40 percent.", "40 percent")]
    [InlineData("With 80 percent of votes counted, the party has 120 seats.", "120 seats")]
    public void A_unit_phrase_before_a_reporting_verb_is_no_source(string text, string figureText)
    {
        Assert.Null(SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("Acme Mutual Insurance Co., the largest home insurer, reported about 1,600 claims in Ohio.", "about 1,600 claims", "Acme Mutual Insurance Co.")]
    [InlineData("Globex, the biggest European chip maker, said it cut 4,000 jobs.", "4,000 jobs", "Globex")]
    [InlineData("Initech Corp., a software maker based in Austin, said it hired 250 engineers.", "250 engineers", "Initech Corp.")]
    public void A_name_followed_by_its_description_between_commas_is_the_speaker(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("en", "WHO: 47,000 cholera cases recorded in September\nThe outbreak spread.", "47,000 cholera cases", "WHO")]
    [InlineData("en", "Police: 12 people injured in Leeds crash\nThe crash happened at night.", "12 people", "Police")]
    [InlineData("fr", "OMS : plus de 47.000 cas de choléra signalés dans le monde\nL'épidémie progresse.", "plus de 47.000 cas", "OMS")]
    public void A_headline_opening_on_a_speaker_label_is_that_speakers(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("Hurricane Helene: 107 dead in three states\nThe storm hit.", "107 dead")]
    [InlineData("Registered: 6,301,189\nVoters: 4,000,000\nTurnout: 63 percent", "4,000,000")]
    public void An_event_label_or_a_list_line_names_no_speaker(string text, string figureText)
    {
        Assert.Null(SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("en", "Acme reported 360 claims in Texas. The insurer reported 700 claims in Ohio.", "700 claims", "Acme")]
    [InlineData("en", "Globex said it had 4,000 employees. The company said it would hire 300 people in Texas.", "300 people", "Globex")]
    [InlineData("fr", "Le FMI a publié ses prévisions. L'institution de Bretton Woods prévoit une croissance de 3 %.", "3 %", "Le FMI")]
    [InlineData("en", "The army said 12 soldiers died. The statement said 40 soldiers were wounded.", "40 soldiers", "The army")]
    [InlineData("en", "The WHO released its findings on Monday. The report said 300 people died.", "300 people", "The WHO")]
    [InlineData("en", "The agency said 12 homes burned, according to the UNHCR. The document says 40 families fled.", "40 families", "the UNHCR")]
    [InlineData("fr", "Selon un communiqué publié lundi par le BINUH, 262 personnes sont mortes. Le document précise que huit policiers ont été touchés.", "huit policiers", "le BINUH")]
    [InlineData("fr", "L'OMS a publié lundi un bilan de 40 morts. Le rapport indique 57 blessés.", "57 blessés", "L'OMS")]
    public void A_description_stands_for_the_speaker_named_before(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("en", "The Labor Department said prices rose 0.2 percent in September. Economists had expected a gain of 0.1 percent. The report also said core prices climbed 0.3 percent.", "0.3 percent", "The Labor Department")]
    [InlineData("en", "The Commerce Department said sales fell 1.2 percent. Economists polled by Reuters had forecast a drop of 0.5 percent. The report showed sales excluding autos fell 0.8 percent.", "0.8 percent", "The Commerce Department")]
    [InlineData("en", "Acme said sales rose 4 percent. Analysts had predicted a rise of 3 percent. The company said profit rose 9 percent.", "9 percent", "Acme")]
    [InlineData("fr", "L'Insee a indiqué que les prix ont augmenté de 0,2 % en septembre. Les économistes attendaient une hausse de 0,1 %. Le rapport indique aussi que l'inflation sous-jacente a progressé de 0,3 %.", "0,3 %", "L'Insee")]
    [InlineData("fr", "Danone a annoncé une hausse de 4 % de ses ventes. Les analystes attendaient une hausse de 3 %. La société précise que son bénéfice a progressé de 9 %.", "9 %", "Danone")]
    public void A_description_stands_for_who_reports_not_for_forecasters_named_before(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("en", "Economists had expected prices to rise 0.1 percent. The report said prices climbed 0.3 percent.", "0.3 percent", "The report")]
    [InlineData("fr", "Les économistes attendaient une hausse de 0,1 %. Le rapport indique une hausse de 0,3 %.", "0,3 %", "Le rapport")]
    [InlineData("en", "Economists expected 2 percent growth. They said inflation would ease to 3 percent.", "3 percent", "Economists")]
    [InlineData("en", "The bank's economists said growth would reach 2 percent. The bank said profit rose 9 percent.", "9 percent", "The bank")]
    public void A_description_after_forecasters_only_is_the_source_as_written(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Fact]
    public void A_description_with_no_speaker_before_is_the_source_as_written()
    {
        Assert.Equal("The company", SourceOf("en", "The company said it would hire 300 people in Texas.", "300 people"));
        Assert.Equal("The report", SourceOf("en", "The report said 300 people died.", "300 people"));
        Assert.Equal("Le document", SourceOf("fr", "Le document précise que huit policiers ont été touchés.", "huit policiers"));
    }

    [Theory]
    [InlineData("en", "The ministry's website said 40 people died in the floods.", "40 people", "The ministry")]
    [InlineData("en", "The U.S. Centers for Disease Control and Prevention said 286 cases were confirmed.", "286 cases", "The U.S. Centers for Disease Control and Prevention")]
    [InlineData("en", "The country's interior ministry said 300 jobs would go.", "300 jobs", "The country's interior ministry")]
    public void What_a_speaker_owns_speaks_for_it_unless_it_is_a_speaker_itself(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("Le bilan de l'incendie de Lyon fait état de 12 morts.", "12 morts")]
    [InlineData("Le décompte de la catastrophe de Gênes fait état de 43 victimes.", "43 victimes")]
    [InlineData("Les chiffres de l'explosion de Beyrouth font état de 200 morts.", "200 morts")]
    public void An_event_after_a_document_is_its_topic_not_its_author(string text, string figureText)
    {
        Assert.Null(SourceOf("fr", text, figureText));
    }

    [Theory]
    [InlineData("Another official said one soldier was killed in the attack, while three militants died.", "three militants", "Another official")]
    [InlineData("The army said two soldiers were killed, while 12 rebels were wounded.", "12 rebels", "The army")]
    [InlineData("A police officer said four people were arrested, while six others fled.", "six", "A police officer")]
    public void A_speaker_saying_a_clause_without_that_speaks_for_the_clause_after_while(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("C'est le cas d'un jeune homme, contre lequel le procureur a requis 400 euros d'amende.", "400 euros", "le procureur")]
    [InlineData("C'est un ancien maire, contre lequel le parquet a requis 5 ans de prison.", "5 ans", "le parquet")]
    [InlineData("C'est un ancien élu, contre lequel le ministère public a requis 20 000 euros d'amende.", "20 000 euros", "le ministère public")]
    public void The_subject_after_a_relative_following_a_preposition_is_the_speaker(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("fr", text, figureText));
    }

    [Theory]
    [InlineData("Nearly 2 million households lost power after the storm, the utility said.", "Nearly 2 million households", "the utility")]
    [InlineData("Some 300 migrants were rescued off the coast of Libya on Sunday, the coast guard said.", "Some 300 migrants", "the coast guard")]
    [InlineData("About 120 workers lost their jobs, the charity said.", "About 120 workers", "the charity")]
    [InlineData("Attendance fell to 14,000 fans a game, the league said.", "14,000 fans", "the league")]
    [InlineData("At least 40 flights were cancelled, the network reported.", "At least 40 flights", "the network")]
    public void A_noun_the_lexicon_knows_as_a_person_or_a_group_speaks_though_no_list_holds_it(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("en", text, figureText));
    }

    [Theory]
    [InlineData("« Nous avons compté 300 blessés », a expliqué le brancardier.", "300 blessés", "le brancardier")]
    [InlineData("Une trentaine de tentes ont été emportées, a raconté le cuisinier.", "Une trentaine de tentes", "le cuisinier")]
    [InlineData("Quelque 80 vaches ont été abattues, a déploré la cardiologue.", "Quelque 80 vaches", "la cardiologue")]
    [InlineData("Près de 200 commandes ont été annulées, a affirmé le boulanger.", "Près de 200 commandes", "le boulanger")]
    public void A_french_noun_the_lexicon_knows_as_a_person_speaks_though_no_list_holds_it(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("fr", text, figureText));
    }

    [Theory]
    [InlineData("Dix soldats ont été tués, selon un communiqué de la direction de la communication de l'Etat-major des armées.", "Dix soldats", "la direction de la communication de l'Etat-major des armées")]
    [InlineData("Douze civils ont été blessés, a indiqué le service de presse du ministère de la Santé publique.", "Douze civils", "le service de presse du ministère de la Santé publique")]
    public void A_department_and_its_institution_are_read_whole(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("fr", text, figureText));
    }

    [Theory]
    [InlineData("Plus de 47 000 hectares ont brûlé, selon le Système européen d'information sur les feux de forêt (EFFIS), qui suit les incendies.", "Plus de 47 000 hectares", "le Système européen d'information sur les feux de forêt")]
    [InlineData("Quelque 300 cas ont été recensés, d'après le Centre de surveillance sur les risques sanitaires (CSRS).", "Quelque 300 cas", "le Centre de surveillance sur les risques sanitaires")]
    [InlineData("Le chômage a atteint 7,5 %, selon l'Institut national de la statistique et des études économiques (INSEE).", "7,5 %", "l'Institut national de la statistique et des études économiques")]
    public void A_name_whose_acronym_follows_in_brackets_runs_on_to_the_bracket(string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf("fr", text, figureText));
    }

    [Theory]
    [InlineData("The forecasters predicted real GDP will contract 5.2% this year. The forecasters expect unemployment to hit 7.8% in March.", "7.8%", "The forecasters")]
    [InlineData("The economists expect the Fed to cut rates twice. The economists now see inflation at 4.1% in June.", "4.1%", "The economists")]
    [InlineData("Les analystes prévoient une contraction du PIB. Les analystes tablent sur 2,5 % de chômage en plus.", "2,5 %", "Les analystes")]
    public void A_description_named_again_is_not_lengthened_past_a_verb(string text, string figureText, string source)
    {
        var language = text.Contains("Les ", StringComparison.Ordinal) ? "fr" : "en";
        Assert.Equal(source, SourceOf(language, text, figureText));
    }

    [Theory]
    [InlineData("en", "The forecasters predicted GDP will contract 5.2%, according to the latest survey. They had estimated a contraction of only 1.1% in the previous survey.", "1.1%", "The forecasters")]
    [InlineData("en", "Officials expect 300 arrivals a day, according to a new report. They said 40 people were turned back on Monday.", "40 people", "Officials")]
    [InlineData("fr", "Les économistes tablent sur 2 % de croissance, selon le dernier sondage. Ils ont ajouté que 40 entreprises avaient fermé.", "40 entreprises", "Les économistes")]
    public void A_pronoun_stands_for_who_speaks_not_for_a_document_named_beside_them(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, SourceOf(language, text, figureText));
    }
}
