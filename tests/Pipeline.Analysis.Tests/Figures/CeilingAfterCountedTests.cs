using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "plafonner la hausse à 3,5 % maximum", "500 personnes au maximum", "200 people at most": a ceiling said after what the
/// number counts or measures bounds it from above (the twelfth set's "au maximum 0,6 %": high 0.6), as "135 morts au moins"
/// bounds it from below; "maximum" describing the noun after it ("3.5% maximum rate") bounds nothing. Sentences written
/// for these tests.
/// </summary>
public sealed class CeilingAfterCountedTests
{
    [Theory]
    [InlineData("fr", "Le gouvernement propose de plafonner la hausse des loyers à 3,5% maximum, pendant un an.", 3.5)]
    [InlineData("fr", "La salle accueillera 500 personnes au maximum.", 500)]
    [InlineData("fr", "Les frais sont limités à 20 euros maximum par dossier.", 20)]
    [InlineData("en", "The rise was capped at 3.5% maximum.", 3.5)]
    [InlineData("en", "The hall holds 200 people at most.", 200)]
    [InlineData("en", "Each family may bring 4 bags maximum to the shelter.", 4)]
    public void A_ceiling_after_the_counted_bounds_the_number(string language, string text, double high)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, language));

        Assert.Equal((null, (double?)high), (figure.Low, figure.High));
    }

    [Theory]
    [InlineData("en", "Lenders offered a 3.5% maximum rate to new clients.", 3.5)]
    [InlineData("fr", "Le texte fixe un taux de 3,5% maximum autorisé.", 3.5)]
    [InlineData("fr", "La salle accueillera 500 personnes.", 500)]
    public void A_maximum_describing_a_noun_bounds_nothing(string language, string text, double value)
    {
        Assert.Contains(ArticleFigures.Of(text, language), f => f.Value == value);
    }
}
