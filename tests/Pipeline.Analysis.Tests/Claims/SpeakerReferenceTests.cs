using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>Who a pronoun speaker stands for when no speaker was named before it, and documents that open a sentence.</summary>
public sealed class SpeakerReferenceTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("en", "Mayor John Smith visited the site. \"We have lost 30 homes,\" he said.", "30 homes", "John Smith")]
    [InlineData("en", "Mayor John Smith visited the site on Monday. He said 30 homes were destroyed.", "30 homes", "John Smith")]
    [InlineData("en", "The Red Cross sent a team to the area. It said 200 volunteers were deployed.", "200 volunteers", "The Red Cross")]
    [InlineData("fr", "Le préfet Marc Dubois s'est rendu sur place. « Nous avons recensé 40 blessés », a-t-il ajouté.", "40 blessés", "Le préfet Marc Dubois")]
    [InlineData("fr", "Le préfet Marc Dubois s'est rendu sur place. Il a précisé que 40 personnes avaient été blessées.", "40 personnes", "Le préfet Marc Dubois")]
    [InlineData("fr", "Le ministre a visité le front jeudi. « Nous avons déployé 30 000 soldats », a-t-il ajouté.", "30 000 soldats", "Le ministre")]
    [InlineData("en", "The minister visited the front on Thursday. \"We have deployed 30,000 soldiers,\" he said.", "30,000 soldiers", "The minister")]
    [InlineData("fr", "L'OMS a publié son rapport mardi. Elle estime que 300 000 personnes sont mortes.", "300 000 personnes", "L'OMS")]
    public void A_pronoun_speaker_stands_for_the_name_opening_the_sentence_before(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("fr", "Le porte-parole de la police, Marc Durand, a parlé aux journalistes. Il a ajouté :\n\nNous avons arrêté 40 personnes cette nuit.", "40 personnes", "Marc Durand")]
    [InlineData("fr", "Le maire, Paul Morel, est arrivé sur place. Il a déclaré :\n\nTrois écoles ont été détruites.", "Trois écoles", "Paul Morel")]
    [InlineData("en", "The governor, Anne Ross, visited the town. She said:\n\nThree schools were destroyed.", "Three schools", "Anne Ross")]
    [InlineData("en", "The minister, John Hale, met the families. He said:\n\nTwelve villages have been evacuated.", "Twelve villages", "John Hale")]
    public void A_paragraph_after_a_pronoun_speaker_and_a_colon_is_what_the_speaker_named_before_says(string language, string text, string figureText, string source)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("en", "Mayor John Smith said the dam held. Rescuers arrived later. \"We have lost 30 homes,\" he said.", "30 homes", "John Smith")]
    [InlineData("en", "Heavy rain fell overnight. \"We have lost 30 homes,\" he said.", "30 homes", null)]
    public void A_named_speaker_wins_over_a_sentence_that_opens_on_no_name(string language, string text, string figureText, string? source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "Le parquet a annoncé l'ouverture d'une enquête. Selon lui, 4 personnes ont été interpellées.", "4 personnes", "Le parquet")]
    [InlineData("en", "The ministry said 40 people were killed. According to it, 100 soldiers were wounded.", "100 soldiers", "The ministry")]
    public void An_introduced_pronoun_reaches_back_to_the_speaker_before(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("en", "Data from the Labor Department showed 250,000 jobs were added in May.", "250,000 jobs", "the Labor Department")]
    [InlineData("en", "Figures from the health ministry show 1,200 cases this week.", "1,200 cases", "the health ministry")]
    [InlineData("en", "The agency's figures show 1.2 million people displaced.", "1.2 million people", "The agency")]
    [InlineData("en", "On Monday, the agency's figures showed 1.2 million people displaced.", "1.2 million people", "the agency")]
    [InlineData("fr", "Selon les résultats provisoires publiés par la CENI, le président sortant a obtenu 55 % des voix.", "55 %", "la CENI")]
    [InlineData("fr", "Selon les prévisions de l'Insee, le chômage devrait atteindre 10 %.", "10 %", "l'Insee")]
    public void A_document_stands_for_its_author_even_when_it_opens_the_sentence(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("« Il y a eu 12 morts », a poursuivi le gouverneur.", "12 morts", "le gouverneur")]
    [InlineData("Les autorités ont enregistré 120 cas de choléra depuis janvier.", "120 cas", "Les autorités")]
    [InlineData("La commission a proclamé 55 % de participation.", "55 %", "La commission")]
    public void More_french_reporting_verbs_name_their_speaker(string text, string figureText, string source)
    {
        var claim = ClaimFor("fr", text, figureText);

        Assert.Equal(source, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Theory]
    [InlineData("en", "WHO assistant director-general Bruce Aylward said the number of new cases would be 5,000 per week.", "5,000", "WHO assistant director-general Bruce Aylward")]
    [InlineData("en", "US officials said 40 soldiers were killed.", "40 soldiers", "US officials")]
    public void An_acronym_spelt_like_a_function_word_is_a_name(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }

    [Theory]
    [InlineData("fr", "Dans le même sillage, le FMI fait savoir que l'inflation devrait reculer, mais plus lentement, à 4,5 % en 2024.", "4,5 %", "le FMI")]
    [InlineData("en", "On the same note, the IMF said that inflation would slow, but only gradually, to 4.5 percent in 2024.", "4.5 percent", "the IMF")]
    public void A_speaker_opening_the_sentence_after_a_short_adverbial_says_all_of_it(string language, string text, string figureText, string source)
    {
        Assert.Equal(source, ClaimFor(language, text, figureText).Source);
    }
}
