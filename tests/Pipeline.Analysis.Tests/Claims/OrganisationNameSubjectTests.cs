using Pipeline.Analysis.Claims;
using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A place or nationality that is only a word of a longer organisation name ("the American Red Cross", "la Banque de
/// Russie") names the organisation: the figure is the organisation's, never the place's, and the place is not what the
/// next sentences are about.
/// </summary>
public sealed class OrganisationNameSubjectTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Claim ClaimFor(string text, string language, string figureText) =>
        Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text == figureText);

    [Theory]
    [InlineData("The Bank of Russia bought 400 tonnes of gold last year.", "en", "400 tonnes", "Bank of Russia")]
    [InlineData("The American Red Cross sent 300 volunteers to the coast.", "en", "300 volunteers", "American Red Cross")]
    [InlineData("The Russian Orthodox Church has 40,000 parishes.", "en", "40,000 parishes", "Russian Orthodox Church")]
    [InlineData("La Banque de Russie a acheté 400 tonnes d'or l'an dernier.", "fr", "400 tonnes", "Banque de Russie")]
    [InlineData("Le Comité olympique de Russie a inscrit 300 athlètes.", "fr", "300 athlètes", "Comité olympique de Russie")]
    [InlineData("L'Église orthodoxe d'Ukraine compte 7 000 paroisses.", "fr", "7 000 paroisses", "Église orthodoxe d'Ukraine")]
    [InlineData("La Cour suprême des États-Unis a examiné 60 affaires cette année.", "fr", "60 affaires", "Cour suprême des États-Unis")]
    public void A_place_inside_an_organisation_name_gives_the_figure_to_the_organisation(string text, string language, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(text, language, figureText).Subject);
    }

    [Fact]
    public void A_place_inside_an_organisation_name_is_not_what_the_next_sentence_is_about()
    {
        const string text = "The US Geological Survey reported that a strong tremor struck the coast. Some 400 soldiers were deployed to help.";

        Assert.Null(ClaimFor(text, "en", "Some 400 soldiers").Subject);
    }

    [Theory]
    [InlineData("Russia Sends 300 Tanks to Ukraine Border\nThe convoy crossed at night.", "en", "300 Tanks", "Russia")]
    [InlineData("Russia Moves 300 Tanks from Belarus into Ukraine\nThe convoy crossed at night.", "en", "300 Tanks", "Russia")]
    [InlineData("Poland Sends 14 Tanks across the Border with Escorts\nThe convoy crossed at night.", "en", "14 Tanks", "Poland")]
    public void In_a_title_line_a_capital_after_a_place_marks_no_organisation_name(string text, string language, string figureText, string subject)
    {
        Assert.Equal(subject, ClaimFor(text, language, figureText).Subject);
    }
}
