using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// What befell the people counted, said after them in other genders and tenses ("étaient mortes", "restaient portées
/// disparues", "avaient été signalées blessées", "ont disparu", "have disappeared"): their count is a casualty count of
/// that fate, and a bare number counted again after another fate takes its own. Each row was read by hand.
/// </summary>
public sealed class FateTenseTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("fr", "Les autorités ont déclaré que 63 personnes étaient mortes dans la région.", "63", "killed")]
    [InlineData("fr", "Selon le préfet, 12 femmes étaient mortes noyées.", "12", "killed")]
    [InlineData("fr", "Treize personnes restaient portées disparues jeudi.", "Treize", "missing")]
    [InlineData("fr", "Huit randonneurs restent portés disparus.", "Huit", "missing")]
    [InlineData("fr", "Trois personnes ont été tuées et 4 ont disparu.", "4", "missing")]
    [InlineData("fr", "Plus de 51 100 personnes avaient été signalées blessées.", "51 100", "wounded")]
    [InlineData("en", "Three people were killed in the flood and 4 have disappeared.", "4", "missing")]
    [InlineData("en", "Twelve people had disappeared on the mountain.", "Twelve", "missing")]
    [InlineData("en", "Rescuers said 22 people remain unaccounted for.", "22", "missing")]
    public void A_fate_in_another_tense_makes_a_casualty_count(string language, string text, string number, string unit)
    {
        var figure = FigureAt(text, language, number);

        Assert.Equal(unit, figure.Unit);
        Assert.Equal(FigureCategory.Casualties, figure.Category);
    }

    [Theory]
    [InlineData("fr", "Les 63 personnes étaient venues en car.", "63")]
    [InlineData("fr", "Treize personnes restaient dans le gymnase jeudi.", "Treize")]
    [InlineData("en", "The 22 people remain in the shelter.", "22")]
    public void People_without_a_fate_stay_people(string language, string text, string number)
    {
        Assert.NotEqual(FigureCategory.Casualties, FigureAt(text, language, number).Category);
    }
}
