using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Nouns war reporting counts besides troops and weapons (homes, hospitals, hostages, bombs, mines), and the modifiers
/// written between a number and its noun ("50 new field hospitals", "30 cruise missiles").
/// </summary>
public sealed class WarReportingNounTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "They built 50 new field hospitals in the region.", "50 new field hospitals", 50, "hospital", FigureCategory.Count)]
    [InlineData("en", "More than 1,000 homes were destroyed by the strike.", "More than 1,000 homes", 1000, "home", FigureCategory.Count)]
    [InlineData("en", "The shelling hit 14 apartment buildings overnight.", "14 apartment buildings", 14, "building", FigureCategory.Count)]
    [InlineData("en", "Some 120 schools have closed since the invasion.", "Some 120 schools", 120, "school", FigureCategory.Count)]
    [InlineData("en", "Hamas still holds 59 hostages in Gaza.", "59 hostages", 59, "hostage", FigureCategory.Count)]
    [InlineData("en", "Russia launched 30 cruise missiles at the grid.", "30 cruise missiles", 30, "missile", FigureCategory.Equipment)]
    [InlineData("en", "Russia dropped 70 glide bombs on the city.", "70 glide bombs", 70, "bomb", FigureCategory.Equipment)]
    [InlineData("en", "Deminers removed 3,500 landmines from the fields.", "3,500 landmines", 3500, "mine", FigureCategory.Equipment)]
    [InlineData("en", "Russia has lost 12 strategic bombers this year.", "12 strategic bombers", 12, "aircraft", FigureCategory.Equipment)]
    [InlineData("en", "Kyiv asked for 7 more air defence systems.", "7 more air defence systems", 7, "air defence system", FigureCategory.Equipment)]
    [InlineData("en", "Satellite images show 12 destroyed tanks near the river.", "12 destroyed tanks", 12, "tank", FigureCategory.Equipment)]
    [InlineData("fr", "L'armée a construit 50 nouveaux hôpitaux de campagne.", "50 nouveaux hôpitaux de campagne", 50, "hospital", FigureCategory.Count)]
    [InlineData("fr", "Au total, 1 000 logements ont été détruits.", "1 000 logements", 1000, "home", FigureCategory.Count)]
    [InlineData("fr", "La frappe a touché 14 immeubles du centre.", "14 immeubles", 14, "building", FigureCategory.Count)]
    [InlineData("fr", "Le Hamas détient encore 59 otages.", "59 otages", 59, "hostage", FigureCategory.Count)]
    [InlineData("fr", "Les démineurs ont retiré 3 500 mines des champs.", "3 500 mines", 3500, "mine", FigureCategory.Equipment)]
    [InlineData("fr", "La Russie a largué 70 bombes planantes sur la ville.", "70 bombes planantes", 70, "bomb", FigureCategory.Equipment)]
    public void War_reporting_nouns_say_what_is_counted(string language, string text, string span, double value, string unit, FigureCategory category)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(span, figure.Text);
        Assert.Equal(value, figure.Value ?? figure.Low);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
    }

    [Theory]
    [InlineData("en", "5 hostages were killed in the raid.", "killed")]
    [InlineData("fr", "Deux otages ont été tués lors du raid.", "killed")]
    public void Hostages_are_people_who_may_become_casualties(string language, string text, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(unit, figure.Unit);
        Assert.Equal(FigureCategory.Casualties, figure.Category);
    }
}
