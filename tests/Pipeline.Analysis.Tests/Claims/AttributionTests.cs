using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// Who says a figure, read as news writes it: after a quote, by a pronoun or "the same source" standing for a speaker
/// named before, the nearer of two attributions, and always a name, never the words around it.
/// </summary>
public sealed class AttributionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("fr", "« Nous avons déployé 30 000 soldats », a déclaré le ministre.", "30 000 soldats", "le ministre")]
    [InlineData("fr", "« Nous avons perdu 40 chars », a déclaré à l'AFP le préfet de la région.", "40 chars", "le préfet de la région")]
    [InlineData("fr", "Moscou a envoyé 200 chars, a annoncé mardi l'état-major ukrainien.", "200 chars", "l'état-major ukrainien")]
    [InlineData("fr", "Le commandement militaire ukrainien a indiqué que 16 soldats avaient été tués.", "16 soldats", "Le commandement militaire ukrainien")]
    [InlineData("fr", "Moscou a perdu 40 chars, selon le commandement régional.", "40 chars", "le commandement régional")]
    [InlineData("fr", "Les combats ont fait 12 morts, a indiqué par ailleurs le ministère.", "12 morts", "le ministère")]
    [InlineData("fr", "Les pluies ont fait 128 morts, a expliqué ce matin une source judiciaire.", "128 morts", "une source judiciaire")]
    [InlineData("en", "\"We have deployed 30,000 soldiers,\" the minister said.", "30,000 soldiers", "the minister")]
    [InlineData("en", "\"We have deployed 30,000 soldiers,\" said General Mark Hale.", "30,000 soldiers", "Mark Hale")]
    [InlineData("en", "The strike killed 12 people, officials said on Tuesday.", "12 people", "officials")]
    [InlineData("en", "\"Almost 90,000 soldiers are stationed on the border,\" Oleh Marchenko, head of the security council, said on Thursday.", "Almost 90,000 soldiers", "Oleh Marchenko")]
    public void A_source_after_a_quote_or_a_clause_speaks_for_it(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("fr", "Le ministre de la Défense, Sergueï Choïgou, a déclaré que l'armée comptait 1 000 chars. « Nous avons aussi déployé 30 000 soldats », a-t-il ajouté.", "30 000 soldats", "Sergueï Choïgou")]
    [InlineData("fr", "La porte-parole Maria Kovalenko a indiqué que 40 chars avaient été détruits. Environ 300 soldats ont été blessés, ajoute-t-elle.", "Environ 300 soldats", "Maria Kovalenko")]
    [InlineData("en", "Defence Minister Grant Shapps said Britain had sent 14 tanks. \"We will send another 30 missiles,\" he added.", "30 missiles", "Grant Shapps")]
    [InlineData("en", "The governor said 12 people had died. Another 40 people were injured, she said.", "40 people", "The governor")]
    [InlineData("en", "Sultan said the toll would rise and that authorities had counted the bodies. Some 215 soldiers were among the dead, he said.", "Some 215 soldiers", "Sultan")]
    public void A_pronoun_source_is_the_speaker_named_just_before(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "De fortes pluies sont tombées jeudi. « Nous avons déployé 30 000 soldats », a-t-il ajouté.", "30 000 soldats")]
    [InlineData("en", "Heavy rain fell on Thursday. \"We have deployed 30,000 soldiers,\" he said.", "30,000 soldiers")]
    [InlineData("fr", "Le gouverneur a publié des photos d'un immeuble qui, selon lui, a été détruit, faisant trois morts.", "trois morts")]
    public void A_pronoun_with_no_speaker_named_before_names_no_source(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "Le gouverneur de la région a fait état de 14 blessés. Quatre autres personnes sont portées disparues, a précisé la même source.", "Quatre autres personnes", "Le gouverneur de la région")]
    [InlineData("en", "The regional governor reported 14 injured. Four more people are missing, the same source said.", "Four more people", "The regional governor")]
    public void The_same_source_is_the_speaker_named_before(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    // A citation inside what a speaker says is nested in it: the article reports the outer speaker (the press set's
    // guideline on nested attributions, "Güven said that according to official results").
    [Theory]
    [InlineData("fr", "Le porte-parole Igor Konachenkov a affirmé que, selon les services de renseignement, 5 000 soldats avaient été tués.", "5 000 soldats", "Igor Konachenkov")]
    [InlineData("en", "The spokesman said that, according to intelligence services, 5,000 soldiers had been killed.", "5,000 soldiers", "The spokesman")]
    public void A_citation_inside_what_a_speaker_says_gives_way_to_the_speaker(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "La Russie a perdu 300 chars selon Oryx et 40 avions selon le ministère.", "300 chars", "Oryx")]
    [InlineData("fr", "La Russie a perdu 300 chars selon Oryx et 40 avions selon le ministère.", "40 avions", "le ministère")]
    public void The_nearer_of_two_attributions_wins(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("en", "The war began when Russian President Vladimir Putin said 190,000 troops would cross the border.", "190,000 troops", "Vladimir Putin")]
    [InlineData("fr", "La guerre a commencé lorsque le président russe Vladimir Poutine a annoncé que 190 000 soldats franchiraient la frontière.", "190 000 soldats", "Vladimir Poutine")]
    [InlineData("en", "Ukraine received 31 tanks, the Office of the United Nations High Commissioner for Human Rights said.", "31 tanks", "the Office of the United Nations High Commissioner for Human Rights")]
    [InlineData("fr", "Au moins 9 000 personnes ont été tuées, a annoncé le Haut-Commissariat des Nations unies aux droits de l'Homme.", "Au moins 9 000 personnes", "le Haut-Commissariat des Nations unies aux droits de l'Homme")]
    [InlineData("en", "The United Nations office officially confirmed more than 2,500 civilian casualties.", "more than 2,500 civilian casualties", "The United Nations office")]
    [InlineData("en", "Vladimir Putin on Friday acknowledged that 700,000 Russian troops are fighting.", "700,000 Russian troops", "Vladimir Putin")]
    [InlineData("fr", "Le ministère a également indiqué que 40 chars avaient été détruits.", "40 chars", "Le ministère")]
    [InlineData("en", "More than 30,000 troops are deployed, according to U.S. officials.", "More than 30,000 troops", "U.S. officials")]
    [InlineData("fr", "Plusieurs milliers de soldats se préparent, prévient ce dimanche un responsable américain cité par CNN.", "Plusieurs milliers de soldats", "un responsable américain")]
    public void A_source_is_a_whole_name_and_nothing_around_it(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "Selon un nouveau bilan fourni par la sécurité civile, les pluies ont fait 13 morts.", "13 morts", "la sécurité civile")]
    [InlineData("fr", "Un précédent bilan du ministère de l'Intérieur faisait état de sept morts.", "sept morts", "ministère de l'Intérieur")]
    [InlineData("fr", "Le bilan s'élève à 40 morts, selon les chiffres communiqués jeudi par les autorités locales.", "40 morts", "les autorités locales")]
    [InlineData("en", "According to the latest figures from the health ministry, 58 people died.", "58 people", "the health ministry")]
    [InlineData("en", "According to a statement by the army, 40 soldiers were killed.", "40 soldiers", "the army")]
    public void A_document_stands_for_its_author(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "Le président a déclaré la loi martiale dans 12 régions.", "12 régions")]
    [InlineData("en", "17,388 deaths were reported in Kashmir.", "17,388 deaths")]
    [InlineData("fr", "Au moins 40 morts ont été annoncés dans la nuit.", "Au moins 40 morts")]
    [InlineData("en", "The last time the Kremlin published an estimate, it said 5,937 soldiers had been killed.", "5,937 soldiers")]
    [InlineData("fr", "Par ailleurs, 300 soldats ont été blessés.", "300 soldats")]
    public void Words_that_attribute_nothing_name_no_source(string language, string text, string figureText)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Null(claim.Source);
        Assert.Equal(ClaimModality.Asserted, claim.Modality);
    }

    [Theory]
    [InlineData("fr", "En 2024, l'armée a perdu 590 000 militaires. C'est ce qu'a déclaré le chef de l'état-major, Sergueï Roudskoï.", "590 000 militaires", "Sergueï Roudskoï")]
    [InlineData("fr", "L'armée a perdu 300 chars. C'est ce qu'affirme le ministère.", "300 chars", "le ministère")]
    [InlineData("en", "The army lost 300 tanks. That is what the ministry said on Monday.", "300 tanks", "the ministry")]
    [InlineData("en", "The toll has risen to 262 people, the Associated Press quoted the vice minister as saying.", "262 people", "the vice minister")]
    public void A_sentence_pointing_back_or_a_quoted_speaker_names_the_source(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "L'armée a perdu 300 chars. C'est une perte lourde, a déclaré le ministère.", "300 chars")]
    [InlineData("en", "The army lost 300 tanks. That is a heavy loss for the ministry.", "300 tanks")]
    public void A_next_sentence_that_does_not_point_back_gives_no_source(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("en", "Today the United States announced more than $329 million in humanitarian assistance.", "more than $329 million", "the United States")]
    [InlineData("en", "The United States is pleased to announce nearly $155 million in additional assistance.", "nearly $155 million", "The United States")]
    [InlineData("en", "The unemployment rate fell to 6.3 percent in January, the U.S. Bureau of Labor Statistics reported today.", "6.3 percent", "the U.S. Bureau of Labor Statistics")]
    [InlineData("fr", "L'ambassade des États-Unis à Bamako, au Mali, annonce le don de 151 200 doses de vaccin.", "151 200 doses", "L'ambassade des États-Unis à Bamako")]
    [InlineData("fr", "Dans un communiqué, l'Agence française de développement (AFD) précise que le séisme a affecté 6,6 millions de personnes.", "6,6 millions de personnes", "l'Agence française de développement")]
    [InlineData("fr", "Au 27 avril, la presse faisait état d'un bilan de 4 000 morts.", "4 000 morts", "la presse")]
    public void Press_release_shapes_name_their_speaker(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "Le gouvernement a annoncé une aide de 50 millions de dollars, ce qui porte le montant total à plus de 235 millions de dollars.", "50 millions de dollars", "plus de 235 millions de dollars", "Le gouvernement")]
    [InlineData("en", "The agency announced $50 million in aid, bringing the total to more than $235 million.", "$50 million", "more than $235 million", "The agency")]
    public void A_clause_the_article_adds_is_not_the_speakers(string language, string text, string saidFigure, string addedFigure, string source)
    {
        var said = ClaimFor(language, text, saidFigure);
        var added = ClaimFor(language, text, addedFigure);

        Assert.Equal((source, ClaimModality.Reported), (said.Source, said.Modality));
        Assert.Equal((null, ClaimModality.Asserted), (added.Source, added.Modality));
    }

    [Theory]
    [InlineData("fr", "«Nous avons envoyé 300 tonnes d'aide. Les besoins restent immenses. Il faut agir vite et partout», a déclaré le commissaire Janez Novak.", "300 tonnes", "Janez Novak")]
    [InlineData("en", "\"We sent 300 tonnes of aid. The needs remain huge. We must act fast,\" said Commissioner Jan Novak.", "300 tonnes", "Jan Novak")]
    [InlineData("fr", "Le ministre a déclaré : « Nous tenons la ligne. Mais nous avons perdu 40 chars. »", "40 chars", "Le ministre")]
    public void A_quotation_over_several_sentences_speaks_for_its_speaker(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "Les secours dénombraient 17 morts.", "17 morts", "Les secours")]
    [InlineData("fr", "Le président ukrainien avait évoqué le chiffre de 3 000 militaires tués.", "3 000 militaires", "Le président ukrainien")]
    [InlineData("en", "Officials counted 52 deaths.", "52 deaths", "Officials")]
    [InlineData("en", "Vladimir Putin inadvertently admitted that more than 300,000 Russian soldiers had been killed.", "more than 300,000 Russian soldiers", "Vladimir Putin")]
    public void Counting_and_admitting_verbs_attribute_like_saying(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }
}
