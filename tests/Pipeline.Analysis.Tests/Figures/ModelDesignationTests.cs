using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A model's name between a count and its noun ("18 Leopard 2 tanks", "six F-16 jets") is skipped like a filler: the
/// count takes the noun, and the model's own digits are a designation, never a figure.
/// </summary>
public sealed class ModelDesignationTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Germany sent 18 Leopard 2 tanks to Ukraine.", "18 Leopard 2 tanks", 18, "tank", FigureCategory.Equipment)]
    [InlineData("en", "Germany Sends 18 Leopard 2 Tanks To Ukraine", "18 Leopard 2 Tanks", 18, "tank", FigureCategory.Equipment)]
    [InlineData("en", "Britain delivered 14 Challenger 2 tanks to the front.", "14 Challenger 2 tanks", 14, "tank", FigureCategory.Equipment)]
    [InlineData("en", "Washington pledged 31 M1 Abrams tanks.", "31 M1 Abrams tanks", 31, "tank", FigureCategory.Equipment)]
    [InlineData("en", "The US sent 31 Abrams tanks in the autumn.", "31 Abrams tanks", 31, "tank", FigureCategory.Equipment)]
    [InlineData("en", "Norway will send six F-16 jets to Kyiv.", "six F-16 jets", 6, "aircraft", FigureCategory.Equipment)]
    [InlineData("en", "Russia bought 12 Su-35 fighters from the factory.", "12 Su-35 fighters", 12, "aircraft", FigureCategory.Equipment)]
    [InlineData("en", "Poland ordered 250 Leopard 2A6 tanks.", "250 Leopard 2A6 tanks", 250, "tank", FigureCategory.Equipment)]
    [InlineData("en", "Kyiv received 10 more Storm Shadow missiles.", "10 more Storm Shadow missiles", 10, "missile", FigureCategory.Equipment)]
    [InlineData("en", "Air defences downed 40 Shahed-136 drones overnight.", "40 Shahed-136 drones", 40, "drone", FigureCategory.Equipment)]
    [InlineData("en", "Russia sent 500 Wagner fighters to the town.", "500 Wagner fighters", 500, "soldier", FigureCategory.Personnel)]
    [InlineData("en", "The strike killed 3 Israeli civilians.", "3 Israeli civilians", 3, "killed", FigureCategory.Casualties)]
    [InlineData("fr", "Londres a livré 14 chars Challenger 2 à l'armée ukrainienne.", "14 chars", 14, "tank", FigureCategory.Equipment)]
    [InlineData("fr", "Berlin a promis 18 chars Leopard 2 à Kiev.", "18 chars", 18, "tank", FigureCategory.Equipment)]
    [InlineData("en", "Germany sent 18 Leopard 2 A6 tanks.", "18 Leopard 2 A6 tanks", 18, "tank", FigureCategory.Equipment)]
    public void A_model_name_between_the_count_and_its_noun_is_skipped(string language, string text, string span, double value, string unit, FigureCategory category)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(span, figure.Text);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(category, figure.Category);
    }

    [Theory]
    [InlineData("en", "The Leopard 2 tanks arrived in Poland.")]
    [InlineData("en", "Kyiv wants Challenger 2 tanks and more.")]
    [InlineData("en", "Pilots train on the F-16 in Denmark.")]
    [InlineData("en", "A Su-35 was shot down.")]
    [InlineData("en", "The Leopard 2A6 is heavier.")]
    [InlineData("fr", "Les chars Challenger 2 sont arrivés.")]
    [InlineData("fr", "Un Su-35 a été abattu.")]
    [InlineData("fr", "Le Leopard 2A6 est plus lourd.")]
    [InlineData("fr", "Le Danemark fournira des Leopard 1 A5 à l'Ukraine.")]
    [InlineData("fr", "Leopard 1 A5 : le Danemark livre les premiers chars.")]
    [InlineData("en", "Leopard 2 A6 tanks arrived in Poland.")]
    [InlineData("en", "Apple's new iPhone 11 and iPhone 11 Pro cameras")]
    [InlineData("en", "the iOS 17 update arrives soon")]
    public void A_designation_alone_is_not_a_figure(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("en", "By 2024 Ukraine soldiers had dug in.")]
    [InlineData("en", "On February 24 Russian troops crossed the border.")]
    public void A_year_or_a_date_before_a_name_does_not_count_its_noun(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Fact]
    public void A_count_before_a_model_with_its_variant_code_is_the_only_figure()
    {
        var figure = Assert.Single(Extractor.Extract("L'Ukraine a reçu 10 Leopard 1 A5 cette semaine.", "fr"));

        Assert.Equal(10, figure.Value);
    }
}
