using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A day before an abbreviated month ("31 janv.", "15 sept. 2024", "3 Feb.") is a date, not a figure; "sept" is still
/// seven where it counts.
/// </summary>
public sealed class AbbreviatedMonthTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Le rapport a été publié le 31 janv. et corrigé ensuite.")]
    [InlineData("fr", "Il a été corrigé le 3 févr. au matin.")]
    [InlineData("fr", "La vente aura lieu le 15 sept. 2024 à Paris.")]
    [InlineData("fr", "La vente aura lieu le 2 déc. à Lyon.")]
    [InlineData("fr", "Depuis le 24 fév. 2022, la guerre continue.")]
    [InlineData("fr", "Le 14 juil., la fête a eu lieu.")]
    [InlineData("fr", "Les comptes arrêtés au 30 sept 2023 sont publiés.")]
    [InlineData("fr", "Le scrutin du 6 nov. a été annulé.")]
    [InlineData("en", "The report was released on 31 Jan. and corrected later.")]
    [InlineData("en", "The sale takes place on 15 Sept. 2024 in Paris.")]
    public void A_day_before_an_abbreviated_month_is_a_date(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("fr", "Le 15 sept. 2024, 21 personnes ont été blessées.", "21 personnes", 21)]
    [InlineData("fr", "Les sept enfants sont rentrés chez eux.", "sept enfants", 7)]
    [InlineData("fr", "Ils ont vu vingt sept chars passer.", "vingt sept chars", 27)]
    [InlineData("fr", "Le 3 oct., dix-sept soldats ont été tués.", "dix-sept soldats", 17)]
    [InlineData("en", "On 15 Sept. 2024, 21 people were injured.", "21 people", 21)]
    public void A_count_beside_an_abbreviated_month_stays_a_count(string language, string text, string span, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((span, value), (figure.Text, figure.Value!.Value));
    }
}
