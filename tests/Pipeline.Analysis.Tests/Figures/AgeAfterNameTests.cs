using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>"Chu Xiaoyi, 20, said": a small number set off by commas right after a name is the person's age, no figure.</summary>
public sealed class AgeAfterNameTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Chu Xiaoyi, 20, said the landslide destroyed her home.")]
    [InlineData("The driver, Maria Lopez, 47, was taken to hospital.")]
    public void A_number_between_commas_after_a_name_is_an_age(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("In Kharkiv, 20 people were wounded.", 20)]
    [InlineData("Chu Xiaoyi said 20 houses were destroyed.", 20)]
    public void A_count_after_a_name_without_commas_around_it_stays_a_count(string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value);
    }
}
