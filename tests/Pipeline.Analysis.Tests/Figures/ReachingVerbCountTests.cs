using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "The death toll from a huge earthquake that struck central Chile has risen to 11": a verb that brings a count to its
/// number lets the count's name stand far back in the clause.
/// </summary>
public sealed class ReachingVerbCountTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The death toll from a huge earthquake that struck central Chile has risen to 11, the ministry said.", 11)]
    [InlineData("The death toll from the storm that hit the northern coast of the island late on Friday rose to 42.", 42)]
    public void A_count_far_back_in_its_clause_reaches_the_number_after_a_reaching_verb(string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(value, figure.Value);
        Assert.Equal("death", figure.Counted?.Lemma);
    }

    [Fact]
    public void Without_a_reaching_verb_a_count_named_that_far_back_does_not_reach_the_number()
    {
        var figure = Assert.Single(Extractor.Extract("The death toll from a huge earthquake that struck central Chile on Wednesday is unclear, but police named 11.", "en"));

        Assert.NotEqual("death", figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "Près de 50 cas graves ont été admis, un chiffre qui s'élève à 1724 depuis le 1er novembre.", 1724)]
    [InlineData("fr", "Le bilan a atteint 1850 depuis janvier.", 1850)]
    [InlineData("en", "The toll reached 1850 on Monday.", 1850)]
    [InlineData("en", "Registrations stood at 1999 by the end of the week.", 1999)]
    public void A_four_digit_number_after_a_reaching_verb_is_a_count_not_a_year(string language, string text, double value)
    {
        Assert.Contains(Extractor.Extract(text, language), f => f.Value == value);
    }

    [Theory]
    [InlineData("fr", "L'entreprise a été fondée en 1850 et a atteint son apogée.")]
    [InlineData("en", "The company was founded in 1850.")]
    public void A_year_after_its_preposition_stays_a_year(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }
}
