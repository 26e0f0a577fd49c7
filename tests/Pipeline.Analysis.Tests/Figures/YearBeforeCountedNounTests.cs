using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A bare year after "in"/"en" is the year even when a counted noun follows it; after a bound or a hedge ("depuis au
/// moins 2021") it is still a year, unless it counts something named or is a round number.
/// </summary>
public sealed class YearBeforeCountedNounTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "In 2023 Russian troops advanced near Bakhmut.")]
    [InlineData("en", "During 2022 Ukrainian forces retook Kherson.")]
    [InlineData("en", "Until 2024 soldiers were rotated every spring.")]
    [InlineData("fr", "En 2023 les troupes russes ont avancé.")]
    [InlineData("fr", "En 2023 soldats et civils ont fui la ville.")]
    [InlineData("fr", "Depuis 2014 soldats ukrainiens et séparatistes s'affrontent.")]
    [InlineData("fr", "D'ici 2030 chars et blindés seront remplacés.")]
    public void Is_no_figure(string language, string text) =>
        Assert.Empty(Extractor.Extract(text, language));

    [Theory]
    [InlineData("en", "Russia sent 2023 soldiers to the front.", 2023, "soldier")]
    [InlineData("en", "The unit was reinforced by 2000 Russian troops.", 2000, "soldier")]
    [InlineData("en", "In 2023, 1500 Russian troops crossed the river.", 1500, "soldier")]
    [InlineData("fr", "En 2023, 1500 soldats russes ont traversé le fleuve.", 1500, "soldier")]
    [InlineData("fr", "La Russie a perdu 2000 chars.", 2000, "tank")]
    public void A_count_after_another_word_or_after_the_year_is_still_a_figure(string language, string text, double value, string unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("fr", "Ils combattent depuis au moins 2021.")]
    [InlineData("fr", "Elle vit en France depuis au moins 2019 et travaille à Paris.")]
    [InlineData("fr", "Jusqu'en au moins 2030, le programme continuera.")]
    [InlineData("en", "Russia has been fighting since at least 2014.")]
    [InlineData("en", "The programme will run until at least 2030.")]
    [InlineData("en", "The plant was built around 1985.")]
    public void A_year_after_a_bound_or_hedge_is_no_figure(string language, string text) =>
        Assert.Empty(Extractor.Extract(text, language));

    [Theory]
    [InlineData("fr", "Au moins 2021 personnes ont été tuées.", 2021.0, null, "killed")]
    [InlineData("fr", "Le nombre de blessés est inférieur à 1500.", null, 1500.0, "wounded")]
    [InlineData("en", "More than 2000 were evacuated.", 2000.0, null, null)]
    public void A_bounded_count_that_names_its_noun_or_is_round_is_still_a_figure(string language, string text, double? low, double? high, string? unit)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((low, high, unit), (figure.Low, figure.High, figure.Unit));
    }
}
