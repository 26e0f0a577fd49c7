using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Chu Xiaoyi, 20, said", "Alassane Ouattara, 73 ans, vainqueur": a small number set off by commas right after a name,
/// bare or with the word of age, is the person's age, no figure; so are two ages joined after a person ("deux hommes de
/// 18 et 20 ans").
/// </summary>
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
    [InlineData("Okonkwo, 41, was arrested at the airport.")]
    [InlineData("Delacroix, 58, now leads the company.")]
    [InlineData("Brannigan, 66, has coached the side since 2019.")]
    public void A_number_between_commas_after_a_name_opening_the_sentence_is_an_age(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("Texas, 12, Ohio, 9.", 2)]
    [InlineData("Overall, 65, 70 and 80 votes were cast.", 3)]
    public void Numbers_between_commas_after_an_opening_word_that_goes_on_as_a_list_stay_figures(string text, int count)
    {
        Assert.Equal(count, Extractor.Extract(text, "en").Count);
    }

    [Theory]
    [InlineData("Le président sortant, Alassane Ouattara, 73 ans, a été réélu.")]
    [InlineData("Le candidat, Pascal Affi N'Guessan, 63 ans, conteste le résultat.")]
    public void A_number_of_years_between_commas_after_a_name_is_an_age(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }

    [Fact]
    public void Two_ages_joined_after_people_are_no_figures()
    {
        var figure = Assert.Single(Extractor.Extract("Le tribunal a condamné deux hommes de 18 et 20 ans.", "fr"));

        Assert.Equal(2, figure.Value);
    }

    [Fact]
    public void A_number_of_years_after_a_name_that_goes_on_without_a_comma_stays_a_duration()
    {
        var figure = Assert.Single(Extractor.Extract("En Côte d'Ivoire, 73 ans après l'indépendance, le pays vote.", "fr"));

        Assert.Equal(73, figure.Value);
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
