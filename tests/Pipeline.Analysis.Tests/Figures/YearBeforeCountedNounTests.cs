using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>A bare year after "in"/"en" is the year even when a counted noun follows it.</summary>
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
}
