using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// A place's name goes on over lower-case particles between hyphens ("Pas-de-Calais", "Île-de-France", "Val-d'Oise",
/// "Stratford-upon-Avon") and over the full stops of an abbreviation of single capitals ("the U.S.", "the U.K."): the claim's
/// place is the whole name, and its last part is not read as who the figure is about.
/// </summary>
public sealed class CompoundPlaceNameTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("fr", "Le record a été battu dans le Pas-de-Calais, avec 69 mm de pluie en une soirée.", "69 mm", "Pas-de-Calais")]
    [InlineData("fr", "En Île-de-France, le prix du neuf atteint en moyenne 5 774 euros.", "5 774 euros", "Île-de-France")]
    [InlineData("fr", "À Saint-Jean-de-Luz, 40 maisons ont été inondées.", "40 maisons", "Saint-Jean-de-Luz")]
    [InlineData("fr", "Dans le Val-d'Oise, 12 écoles sont restées fermées.", "12 écoles", "Val-d'Oise")]
    [InlineData("fr", "En Indre-et-Loire, 300 foyers sont privés d'électricité.", "300 foyers", "Indre-et-Loire")]
    [InlineData("en", "Flooding in Stratford-upon-Avon forced 200 residents from their homes.", "200 residents", "Stratford-upon-Avon")]
    [InlineData("en", "There were 483 confirmed measles cases in the U.S. this year.", "483", "U.S.")]
    [InlineData("en", "Prices rose 3.2% in the U.K. last month.", "3.2%", "U.K.")]
    public void A_compound_place_name_is_read_whole(string language, string text, string figure, string location)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.Contains(figure, StringComparison.Ordinal));

        Assert.Equal(location, claim.Location);
        Assert.NotEqual(location.Split('-', '.')[^1], claim.Subject);
    }

    [Theory]
    [InlineData("en", "Kharkiv-based volunteers delivered 300 food parcels in Kharkiv.", "300 food parcels", "Kharkiv")]
    [InlineData("fr", "Les forces pro-russes ont perdu 40 chars près de Donetsk.", "40 chars", "Donetsk")]
    public void A_lower_case_word_after_a_hyphen_that_leads_to_no_name_ends_it(string language, string text, string figure, string location)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(location, claim.Location);
    }
}
