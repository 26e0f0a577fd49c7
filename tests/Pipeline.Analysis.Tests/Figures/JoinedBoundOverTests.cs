using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "killing 9 and injuring over 800": after a list joiner, "over" bounds the next figure; it is no proportion's "over" of
/// the number before the joiner. A proportion past the words naming who is counted stays one ("one American in five").
/// </summary>
public sealed class JoinedBoundOverTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The quakes struck on April 14, killing 9 and injuring over 800. The agency said more.", "over 800", 800)]
    [InlineData("en", "The flood killed 9 and injured over 200, officials said.", "over 200", 200)]
    [InlineData("en", "Police arrested 5 and detained over 120 on Sunday.", "over 120", 120)]
    [InlineData("en", "The storm killed 12 and left over 3,000 homeless, the agency said.", "over 3,000 homeless", 3000)]
    [InlineData("fr", "Le séisme a tué 9 personnes et en a blessé plus de 800, selon l'agence.", "plus de 800", 800)]
    public void Over_after_a_list_joiner_bounds_the_next_figure(string language, string text, string span, double low)
    {
        var figures = Extractor.Extract(text, language);

        var figure = Assert.Single(figures, f => f.Text == span);
        Assert.Equal(low, figure.Low);
        Assert.DoesNotContain(figures, f => f.Category == FigureCategory.Percentage);
    }

    [Theory]
    [InlineData("en", "One American in five owns a gun, the survey found.", "One American in five", 20)]
    [InlineData("en", "Three voters out of 10 approve of the plan.", "Three voters out of 10", 30)]
    [InlineData("fr", "Un Français sur trois possède une voiture, selon l'enquête.", "Un Français sur trois", 100.0 / 3)]
    [InlineData("fr", "Deux élèves sur dix ont échoué.", "Deux élèves sur dix", 20)]
    public void A_proportion_past_the_words_naming_who_is_counted_stays_one(string language, string text, string span, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal(value, figure.Value!.Value, 6);
    }
}
