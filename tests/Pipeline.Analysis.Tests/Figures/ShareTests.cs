using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Fractions and proportions of a whole are shares: unit "percent", the value the fraction in percent ("les deux tiers du
/// territoire" = 66.67, "one in five Ukrainians" = 20, "more than half" = above 50), as the annotation guidelines score them
/// and so that a share groups with percentages of the same thing. A fraction of a measure is that measure ("un quart d'heure").
/// A fraction that may be something else (an ordinal, a part of a year, a date) is read only where its context says so.
/// </summary>
public sealed class ShareTests
{
    private static readonly FigureExtractor Extractor = new();

    /// <summary>Each row: language, sentence, value, low, high, hedged.</summary>
    public static TheoryData<string, string, double?, double?, double?, bool> Shares => new()
    {
        { "fr", "Un tiers des soldats sont blessés.", 100.0 / 3, 100.0 / 3, 100.0 / 3, false },
        { "fr", "Les deux tiers du territoire sont occupés.", 200.0 / 3, 200.0 / 3, 200.0 / 3, false },
        { "fr", "Trois quarts des habitants ont fui.", 75.0, 75.0, 75.0, false },
        { "fr", "Les trois-quarts des habitations sont détruites.", 75.0, 75.0, 75.0, false },
        { "fr", "La moitié des chars a été détruite.", 50.0, 50.0, 50.0, false },
        { "fr", "Plus de la moitié des Ukrainiens soutiennent l'adhésion.", null, 50.0, null, false },
        { "fr", "Près d'un quart de la population a fui.", null, null, 25.0, true },
        { "fr", "Un Ukrainien sur trois a quitté le pays.", 100.0 / 3, 100.0 / 3, 100.0 / 3, false },
        { "fr", "Selon le sondage, un électeur sur cinq hésite encore.", 20.0, 20.0, 20.0, false },
        { "fr", "Deux sur trois ont voté pour le texte.", 200.0 / 3, 200.0 / 3, 200.0 / 3, false },
        { "en", "Roughly two-thirds of the budget went to defence.", 200.0 / 3, null, null, true },
        { "en", "One in five Ukrainians has fled the country.", 20.0, 20.0, 20.0, false },
        { "en", "Three in 10 voters back the plan.", 30.0, 30.0, 30.0, false },
        { "en", "Almost half of the population left.", null, null, 50.0, true },
        { "en", "A third of the soldiers were wounded.", 100.0 / 3, 100.0 / 3, 100.0 / 3, false },
        { "en", "More than half of the people came.", null, 50.0, null, false },
        { "en", "The index rose by 1/4 of a point.", 25.0, 25.0, 25.0, false },
        { "fr", "Près des deux tiers des enfants ont dû fuir leur foyer.", null, null, 200.0 / 3, true },
        { "fr", "Plus des trois quarts des électeurs se sont déplacés.", null, 75.0, null, false },
        { "en", "About a third of the battalions are ready.", 100.0 / 3, null, null, true },
    };

    [Theory]
    [MemberData(nameof(Shares))]
    public void A_fraction_or_a_proportion_of_a_whole_is_a_share(string language, string text, double? value, double? low, double? high, bool hedged)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(("percent", FigureCategory.Percentage, hedged), (figure.Unit, figure.Category, figure.Approximate));
        AssertClose(value, figure.Value);
        AssertClose(low, figure.Low);
        AssertClose(high, figure.High);
    }

    [Fact]
    public void A_bound_fused_with_an_article_bounds_a_fraction_only()
    {
        var figure = Assert.Single(Extractor.Extract("Les blindés stationnent près des 300 chars.", "fr"));

        Assert.Equal((300.0, "char"), (figure.Value!.Value, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("en", "Prices rose by half a percent in May.", 0.5, "percent")]
    [InlineData("fr", "Il a fait demi-tour après un quart d'heure.", 0.25, "hour")]
    [InlineData("fr", "La réunion a duré une demi-heure.", 0.5, "hour")]
    [InlineData("en", "The convoy waited half an hour at the border.", 0.5, "hour")]
    [InlineData("en", "The road ends 1/4 mile from the river.", 0.25, "mile")]
    [InlineData("fr", "Il a attendu trois quarts d'heure.", 0.75, "hour")]
    public void A_fraction_of_a_measure_is_that_measure(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("fr", "Un cinquième mandat a été évoqué.")]
    [InlineData("fr", "Le vingt-deuxième jour du conflit a commencé.")]
    [InlineData("fr", "La première moitié de 2023 a été calme.")]
    [InlineData("fr", "L'équipe a perdu en demi-finale.")]
    [InlineData("fr", "Le dossier a été confié à un tiers.")]
    [InlineData("en", "He served a third term.")]
    [InlineData("en", "He lost twice and then won a fifth.")]
    [InlineData("en", "In the first half of 2023, fighting slowed.")]
    [InlineData("en", "The other half stayed home.")]
    [InlineData("en", "Prices fell in the first quarter.")]
    [InlineData("en", "The quarter-final was played in Kyiv.")]
    [InlineData("en", "The attacks known as 9/11 changed the city.")]
    [InlineData("en", "The twenty-fifth anniversary was marked quietly.")]
    public void What_only_looks_like_a_fraction_is_no_figure(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("en", "I want to earn $2000 over 3 years", 2000, "USD")]
    [InlineData("fr", "L'armée a abattu 20 drones sur 25 cette nuit.", 20, "drone")]
    public void A_count_beside_another_number_is_no_proportion(string language, string text, double value, string unit)
    {
        var figure = Extractor.Extract(text, language)[0];

        Assert.Equal((value, unit), (figure.Value!.Value, figure.Unit));
    }

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is not null)
        {
            Assert.Equal(expected.Value, actual!.Value, 9);
        }
    }
}
