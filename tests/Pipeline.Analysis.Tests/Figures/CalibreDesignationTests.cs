using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A calibre that names a weapon's type ("155 mm howitzers", "des canons de 155 mm") is a designation, like a model's
/// number, and no figure; a length in millimetres of anything else stays one. Sentences written for these tests.
/// </summary>
public sealed class CalibreDesignationTests
{
    [Theory]
    [InlineData("en", "Kyiv asked for more 155 mm shells and 120mm mortars.")]
    [InlineData("en", "The package includes 155 mm artillery ammunition.")]
    [InlineData("fr", "La Norvège livre des obusiers automoteurs de 155 mm.")]
    [InlineData("fr", "Les systèmes d'artillerie de 155 mm ont été livrés.")]
    public void A_calibre_naming_a_weapon_is_no_figure(string language, string text)
    {
        Assert.DoesNotContain(ArticleFigures.Of(text, language), f => f.Unit == "mm");
    }

    [Theory]
    [InlineData("en", "Rainfall reached 155 mm in a single day.")]
    [InlineData("fr", "Il est tombé 155 mm de pluie en une journée.")]
    public void A_length_in_millimetres_of_anything_else_is_a_figure(string language, string text)
    {
        Assert.Contains(ArticleFigures.Of(text, language), f => f.Unit == "mm" && f.Value == 155);
    }
}
