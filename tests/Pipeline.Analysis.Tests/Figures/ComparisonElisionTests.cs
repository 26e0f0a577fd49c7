using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Numbers whose noun is written elsewhere in a comparison: across a semicolon ("Kyiv received 14 tanks; Madrid sent
/// six"), after "contre" and an article ("contre 25 la semaine précédente"), and the old value of a change, whose noun
/// or unit follows the new value ("passé de 30 à 45 morts"). Sentences written for these tests.
/// </summary>
public sealed class ComparisonElisionTests
{
    private static string? UnitOf(string text, string language, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        return ArticleFigures.Of(text, language).Single(f => f.Start <= at && at < f.End).Unit;
    }

    [Theory]
    [InlineData("en", "Berlin delivered 18 howitzers; Paris sent six.", "six", "howitzer")]
    [InlineData("fr", "Les 27 États membres ont voté ; 18 d'entre eux ont approuvé.", "18", "member state")]
    [InlineData("fr", "L'armée a perdu 40 chars cette semaine, contre 25 la semaine précédente.", "25", "tank")]
    public void An_elided_noun_is_read_across_a_semicolon_and_an_article(string language, string text, string number, string unit)
    {
        Assert.Equal(unit, UnitOf(text, language, number));
    }

    [Theory]
    [InlineData("fr", "Le bilan est passé de 30 à 45 morts.", "30", "killed")]
    [InlineData("en", "The toll rose from 30 to 45 deaths on Monday.", "30", "killed")]
    [InlineData("fr", "Le prix du billet est passé de 30 à 45 euros.", "30", "EUR")]
    public void The_old_value_of_a_change_counts_what_the_new_value_counts(string language, string text, string number, string unit)
    {
        Assert.Equal(unit, UnitOf(text, language, number));
    }
}
