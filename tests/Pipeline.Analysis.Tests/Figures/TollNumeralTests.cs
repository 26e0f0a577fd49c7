using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// In a sentence that already counts casualties, "un"/"one" before a person whom a casualty befalls is the toll's numeral
/// one ("huit soldats ont été tués ; un autre est porté disparu"), and a death listed beside another count is one too;
/// alone, the same words tell of a person with an article. Sentences written for these tests.
/// </summary>
public sealed class TollNumeralTests
{
    [Theory]
    [InlineData("fr", "Six soldats ont été tués ; un Malien est porté disparu.", "un Malien")]
    [InlineData("fr", "Trois civils avaient été blessés ; un autre civil serait porté disparu.", "un autre civil")]
    [InlineData("en", "The county has had one death and 12 hospitalizations.", "one death")]
    public void One_in_a_toll_is_a_figure(string language, string text, string span)
    {
        Assert.Contains(ArticleFigures.Of(text, language), f => text[f.Start..f.End] == span && f.Value == 1);
    }

    [Theory]
    [InlineData("fr", "Un Malien est porté disparu depuis lundi.")]
    [InlineData("fr", "Selon la police, un civil a été blessé.")]
    public void One_person_befallen_outside_a_toll_is_an_article(string language, string text)
    {
        Assert.Empty(ArticleFigures.Of(text, language));
    }

    [Theory]
    [InlineData("Huit soldats ont été tués, dont six décédés sur place.", "six", "killed")]
    [InlineData("La préfecture compte 12 décédées.", "12", "killed")]
    public void Decedes_after_a_count_are_killed(string text, string number, string unit)
    {
        var figures = ArticleFigures.Of(text, "fr");

        Assert.Contains(figures, f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End && f.Unit == unit);
    }
}
