using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A claim whose sentence names no subject inherits the holder the text is about, in English wire copy as in French:
/// never a place, a speaker known only by its nationality, or whose dead they are, and none when two holders compete.
/// </summary>
public sealed class SubjectCarryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("Russia has massed 100,000 troops near the border. 200 tanks were also seen.", "en", "200 tanks", "Russia")]
    [InlineData("Russia has massed 100,000 troops near the border. Fighting continues in Ukraine. About 200 tanks were also seen.", "en", "About 200 tanks", "Russia")]
    [InlineData("Russia has massed 100,000 troops near the border, a Ukrainian official said. Ukrainian intelligence estimates the spring offensive at 300,000 soldiers.", "en", "300,000 soldiers", "Russia")]
    [InlineData("La Russie a massé 100 000 soldats près de la frontière. Quelque 200 chars ont aussi été vus.", "fr", "Quelque 200 chars", "La Russie")]
    [InlineData("Poutine a rassemblé 2 700 canons. Les services de renseignement ukrainiens estiment l'offensive à 300 000 soldats.", "fr", "300 000 soldats", "Poutine")]
    public void A_figure_without_a_subject_inherits_the_holder_the_text_is_about(string text, string language, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(text, language, figureText).Subject);
    }

    [Theory]
    [InlineData("Ukraine said it shot down 20 drones.", "en", "20 drones", "Ukraine")]
    [InlineData("Russia has massed 100,000 troops. Kyiv says it has recaptured 500 square kilometres in the south.", "en", "500 square kilometres", "Kyiv")]
    [InlineData("Russia claimed that it had destroyed 40 tanks.", "en", "40 tanks", "Russia")]
    [InlineData("L'Ukraine affirme avoir abattu 20 drones.", "fr", "20 drones", "L'Ukraine")]
    [InlineData("La Russie a massé 100 000 soldats. Kiev affirme avoir repris 500 kilomètres carrés dans le sud.", "fr", "500 kilomètres carrés", "Kiev")]
    public void A_speaker_who_reports_its_own_action_is_its_subject(string text, string language, string figureText, string subject)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Equal(subject, claim.Subject);
        Assert.Equal(subject, claim.Source);
        Assert.Equal(ClaimModality.Reported, claim.Modality);
    }

    [Fact]
    public void A_speaker_who_reports_its_own_action_becomes_what_the_next_sentence_is_about()
    {
        const string text = "Russia has lost about 2,000 tanks since the start of the invasion, according to the Oryx monitoring group. "
            + "Kyiv says it has recaptured 500 square kilometres in the south since June. "
            + "The counteroffensive has involved some 60,000 troops trained in the West.";

        Assert.Equal("Russia", ClaimFor(text, "en", "about 2,000 tanks").Subject);
        Assert.Equal("Kyiv", ClaimFor(text, "en", "some 60,000 troops").Subject);
    }

    [Theory]
    [InlineData("After the defeat, Putin convened his security council. He then declared martial law in four regions.", "en", "four regions", "Putin")]
    [InlineData("Après la défaite, Poutine a réuni son conseil de sécurité. Il a ensuite décrété la loi martiale dans quatre régions.", "fr", "quatre régions", "Poutine")]
    public void A_holder_opening_a_sentence_without_figures_is_what_the_next_figure_is_about(string text, string language, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(text, language, figureText).Subject);
    }

    [Theory]
    [InlineData("Russia has massed 100,000 troops near the border. Ukraine has called for more Western support. Satellite images show 1,200 tanks.", "en", "1,200 tanks")]
    [InlineData("La Russie a massé 100 000 soldats près de la frontière. L'Ukraine a appelé à davantage de soutien occidental. Des images satellites montrent 1 200 chars.", "fr", "1 200 chars")]
    [InlineData("La Russie a massé 100 000 soldats près de la frontière. L'Ukraine a appelé à davantage de soutien. Il y a aussi 1 200 chars.", "fr", "1 200 chars")]
    public void Two_holders_competing_for_what_follows_leave_the_figure_without_a_subject(string text, string language, string figureText)
    {
        Assert.Null(ClaimFor(text, language, figureText).Subject);
    }

    [Theory]
    [InlineData("Russia has massed 100,000 troops near the border. Later, Putin convened his security council. He then declared martial law in four regions.", "en", "four regions", "Putin")]
    [InlineData("La Russie a massé 100 000 soldats près de la frontière. Ensuite, Poutine a réuni son conseil de sécurité. Et il a déclaré la loi martiale dans quatre régions.", "fr", "quatre régions", "Poutine")]
    public void A_personal_pronoun_opening_the_sentence_is_the_holder_named_just_before(string text, string language, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(text, language, figureText).Subject);
    }

    [Fact]
    public void The_dead_after_a_speaker_reporting_its_own_action_are_not_its_holding()
    {
        var claim = ClaimFor("Ukraine said it shot down 20 drones. 5 people were killed in Kharkiv.", "en", "5 people");

        Assert.Null(claim.Subject);
        Assert.Equal("Kharkiv", claim.Location);
    }

    [Theory]
    [InlineData("Russia fired 40 missiles at Ukraine overnight, the Ukrainian air force said. In Kyiv, 3 people were injured by falling debris.", "en", "3 people", "Kyiv")]
    [InlineData("La Russie a tiré 40 missiles sur l'Ukraine dans la nuit. À Kiev, la chute de débris a fait 3 blessés.", "fr", "3 blessés", "Kiev")]
    public void A_capital_where_casualties_happen_is_their_place_not_their_subject(string text, string language, string figureText, string location)
    {
        var claim = ClaimFor(text, language, figureText);

        Assert.Null(claim.Subject);
        Assert.Equal(location, claim.Location);
    }

    [Theory]
    [InlineData("Russia has massed 100,000 troops near the border. The new package brings the total to nearly $1.2 billion.", "en", "nearly $1.2 billion")]
    [InlineData("The United States has sent 5,000 troops. The earthquake affected 2 million people.", "en", "2 million people")]
    [InlineData("Les États-Unis ont envoyé 5 000 soldats. Le séisme a touché 6,6 millions de personnes.", "fr", "6,6 millions de personnes")]
    [InlineData("La Russie a massé 100 000 soldats. Cette aide porte le total à 45 %.", "fr", "45 %")]
    public void Money_shares_and_people_reached_do_not_inherit_the_holder_named_before(string text, string language, string figureText)
    {
        Assert.Null(ClaimFor(text, language, figureText).Subject);
    }

    [Theory]
    [InlineData("WASHINGTON – Heavy rains have displaced more than 30,000 people.", "en", "more than 30,000 people")]
    [InlineData("WASHINGTON – Officials met on Monday. About 200 tanks were also seen.", "en", "About 200 tanks")]
    [InlineData("WASHINGTON – Les pluies ont déplacé plus de 30 000 personnes.", "fr", "plus de 30 000 personnes")]
    [InlineData("KYIV, Ukraine, March 3 (AP) — The company cut 300 jobs on Monday.", "en", "300 jobs")]
    [InlineData("Kiev, March 30 (IANS) The company cut 300 jobs on Monday.", "en", "300 jobs")]
    [InlineData("NEW YORK: The company cut 300 jobs on Monday.", "en", "300 jobs")]
    [InlineData("Toronto (Reuters) - The company cut 300 jobs on Monday.", "en", "300 jobs")]
    [InlineData("Ouagadougou (AFP) La société a supprimé 300 emplois lundi.", "fr", "300 emplois")]
    [InlineData("Paris, 12 mars (Reuters) - La société a supprimé 300 emplois en France.", "fr", "300 emplois")]
    [InlineData("BRUXELLES : La société a supprimé 300 emplois lundi.", "fr", "300 emplois")]
    [InlineData("Kinshasa, 4 juin (AFP) - 300 emplois ont été supprimés.", "fr", "300 emplois")]
    public void A_dateline_is_where_the_text_was_filed_not_whom_its_figures_belong_to(string text, string language, string figureText)
    {
        Assert.Null(ClaimFor(text, language, figureText).Subject);
    }

    [Theory]
    [InlineData("Research In Motion (RIM) cut 2,000 jobs on Monday.", "en", "2,000 jobs")]
    [InlineData("Research In Motion (RIM) Chief Executive Jim Balsillie cut 2,000 jobs on Monday.", "en", "2,000 jobs")]
    [InlineData("Cisco Systems (CSCO) cut 1,300 jobs on Monday.", "en", "1,300 jobs")]
    [InlineData("Le Parti démocratique gabonais (PDG) a remporté 114 sièges.", "fr", "114 sièges")]
    [InlineData("Air France (AF) a supprimé 300 emplois lundi.", "fr", "300 emplois")]
    [InlineData("Air France-KLM (AF) Le groupe a supprimé 300 emplois lundi.", "fr", "300 emplois")]
    public void A_name_with_its_acronym_opening_a_line_is_no_dateline(string text, string language, string figureText)
    {
        Assert.NotNull(ClaimFor(text, language, figureText).Subject);
    }

    [Fact]
    public void A_holder_in_capitals_opening_a_sentence_without_a_dash_is_still_a_holder()
    {
        Assert.Equal("RUSSIA", ClaimFor("RUSSIA has massed 100,000 troops near the border.", "en", "100,000 troops").Subject);
    }
}
