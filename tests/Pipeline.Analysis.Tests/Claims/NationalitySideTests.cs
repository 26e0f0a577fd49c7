using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A nationality is no subject (the guidelines: only proper names are, and "the victims' nationality is an adjective of the
/// counted noun and never a subject"). On the figure's own noun it still keys the claim by its side, so two sides' counts
/// are not grouped as one.
/// </summary>
public sealed class NationalitySideTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string language, string text, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figureText, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Plus de 1 100 soldats russes ont été tués près de Bakhmout.", "Plus de 1 100", "russia")]
    [InlineData("fr", "Quelque 70 000 soldats biélorusses sont massés à la frontière.", "Quelque 70 000", "belarus")]
    [InlineData("fr", "Selon le HCR, près de 645 000 Ukrainiens ont fui en février.", "près de 645 000", "ukraine")]
    [InlineData("fr", "Huit Français ont été blessés dans l'incendie.", "Huit", "france")]
    [InlineData("en", "Nearly 1 million Russian troops have been killed or wounded.", "Nearly 1 million", "russia")]
    [InlineData("en", "About 400,000 Ukrainian soldiers have been wounded since the war began.", "About 400,000", "ukraine")]
    [InlineData("en", "More than 1,400 Israelis were killed in the attacks.", "More than 1,400", "israel")]
    public void A_nationality_on_the_figures_noun_keys_its_side_but_is_no_subject(string language, string text, string figureText, string side)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Null(claim.Subject);
        Assert.Contains($"|{side}|", claim.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Le ministre ukrainien de la Santé a fait état de 198 civils tués, dont trois enfants.", "trois")]
    [InlineData("fr", "Les combats ont repris depuis le début de l'invasion russe il y a trois jours.", "trois jours")]
    [InlineData("fr", "Le gouvernement a ouvert un centre inspiré d'un modèle américain et a administré 500 000 doses.", "500 000")]
    [InlineData("en", "Chinese authorities said thousands of homes were lost.", "thousands")]
    [InlineData("en", "Although Chinese authorities described it as strong, the quake destroyed 300 homes.", "300")]
    [InlineData("en", "Pakistani officials said the fighting lasted three days.", "three days")]
    public void A_nationality_that_qualifies_another_noun_holds_nothing(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("fr", "Plusieurs dizaines de milliers de soldats russes se préparent à un assaut. Cette opération mobiliserait 50 000 soldats.", "50 000", "russia")]
    [InlineData("en", "Tens of thousands of Russian troops are preparing an assault. The operation would involve 50,000 soldiers.", "50,000", "russia")]
    public void A_side_named_before_keys_the_troops_after_it_without_becoming_their_subject(string language, string text, string figureText, string side)
    {
        var claim = ClaimFor(language, text, figureText);

        Assert.Null(claim.Subject);
        Assert.Contains($"|{side}|", claim.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Ukraine : 1 100 soldats russes tués à Bakhmout en six jours.", "1 100")]
    [InlineData("fr", "12 mars (Reuters) - Plus de 1 100 soldats russes ont été tués en une semaine.", "Plus de 1 100")]
    [InlineData("en", "Ukraine: 1,100 Russian soldiers killed in Bakhmut in six days.", "1,100")]
    public void A_label_before_a_count_that_names_its_side_does_not_hold_it(string language, string text, string figureText)
    {
        Assert.Null(ClaimFor(language, text, figureText).Subject);
    }

    [Theory]
    [InlineData("fr", "La Russie a déployé 10 000 soldats russes en Biélorussie.", "10 000", "La Russie")]
    [InlineData("en", "Russia has deployed 10,000 Russian troops to Belarus.", "10,000", "Russia")]
    [InlineData("fr", "Les Russes auraient rassemblé pas moins de 50 000 soldats.", "pas moins de 50 000", "Les Russes")]
    [InlineData("fr", "Le gouvernement américain a annoncé une aide de 50 millions de dollars.", "50 millions", "Le gouvernement américain")]
    [InlineData("en", "The United States announced more than $329 million in humanitarian assistance.", "more than $329 million", "The United States")]
    public void A_holder_that_acts_keeps_the_figure_whatever_nationality_is_near(string language, string text, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(language, text, figureText).Subject);
    }
}
