using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "under-five malaria cases", "the over-65s": a bound glued by a hyphen to a number names an age group, which is no figure
/// (the guidelines' ages) and describes the noun the figure before it counts. A bound set apart from its number stays a
/// bound. Sentences written for these tests.
/// </summary>
public sealed class AgeGroupTests
{
    [Theory]
    [InlineData("The district recorded 15,745 under-five malaria cases last year.", 15_745, "malaria case")]
    [InlineData("Nkhata Bay recorded 1 421 under-5 cases in September.", 1_421, "case")]
    [InlineData("Officials counted 320 under-five deaths in the camps.", 320, "death")]
    public void An_age_group_before_the_noun_is_no_figure_and_the_noun_is_counted(string text, double value, string lemma)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, "en"));

        Assert.Equal((value, lemma), (figure.Value!.Value, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("The over-65s account for 40 percent of the patients.", 40)]
    [InlineData("Under-18 players made up 12 of the squad.", 12)]
    public void An_age_group_naming_people_is_no_figure(string text, double value)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, "en"));

        Assert.Equal(value, figure.Value);
    }

    [Theory]
    [InlineData("Malnutrition threatens 1.2 million children under five in the region.", 1_200_000)]
    [InlineData("Residents over 65 should get a booster, 80 percent of them before May.", 80)]
    [InlineData("Voters over 18 can register online at 2,300 town halls.", 2_300)]
    [InlineData("The clinic vaccinated 900 babies under 2 last month.", 900)]
    public void An_age_group_after_a_noun_of_people_is_no_figure(string text, double value)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, "en"));

        Assert.Equal(value, figure.Value);
    }

    [Theory]
    [InlineData("La vaccination sera ouverte aux plus de 50 ans, soit 4 millions de personnes.", 4_000_000)]
    [InlineData("Les moins de 35 ans sont réticents, selon 12 études.", 12)]
    [InlineData("Chez les 18-29 ans, 19,81 % sont vaccinés.", 19.81)]
    [InlineData("Au 29 mai, 81,17 % des 75 ans et plus étaient vaccinés.", 81.17)]
    [InlineData("Les 65 à 74 ans comptent 900 000 non-vaccinés.", 900_000)]
    public void A_french_age_group_after_a_determiner_is_no_figure(string text, double value)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, "fr"));

        Assert.Equal(value, figure.Value);
    }

    [Theory]
    [InlineData("Les 10 ans à venir seront décisifs.", 10.0, 10.0)]
    [InlineData("Il a purgé les 20 ans de prison de sa peine.", 20.0, 20.0)]
    [InlineData("Les 5 à 10 ans de travaux prévus inquiètent.", 5.0, 10.0)]
    [InlineData("La guerre a duré plus de 20 ans.", 20, null)]
    public void A_french_span_of_years_stays_a_figure(string text, double low, double? high)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, "fr"));

        Assert.Equal((low, high), (figure.Low, figure.High));
    }

    [Theory]
    [InlineData("Soldiers held the civilians over 3 days.", 3)]
    [InlineData("The protesters, over 500 of them, marched.", 500)]
    [InlineData("Researchers under 12 grants were funded.", 12)]
    [InlineData("Rescuers pulled survivors over 20 meters from the rubble.", 20)]
    public void A_bound_after_a_noun_of_people_before_a_count_or_a_unit_stays_a_bound(string text, double bound)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, "en"));

        Assert.Equal(bound, figure.High ?? figure.Low);
    }

    [Theory]
    [InlineData("Temperatures fell to under -5 degrees overnight.", -5)]
    [InlineData("Under 5 people came to the meeting.", 5)]
    [InlineData("Over 65 houses burned.", 65)]
    public void A_bound_apart_from_its_number_stays_a_bound(string text, double high)
    {
        var figure = Assert.Single(ArticleFigures.Of(text, "en"));

        Assert.Equal(high, figure.High ?? figure.Low);
    }
}
