using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A level verb keeps its lower bound across an adverb between it and its number, or the article before the number
/// ("le bilan dépasse désormais les 200 morts"), as "dépasse les 200 morts" has it. English puts the adverb before the
/// verb ("the toll now exceeds 200"), which the bound phrase already reads. Values worked out by hand.
/// </summary>
public sealed class AdverbAfterLevelVerbTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("fr", "Le bilan dépasse désormais les 200 morts dans la région.", 200)]
    [InlineData("fr", "Le prix de ce kit dépasse largement les 1 000 euros.", 1_000)]
    [InlineData("fr", "Les pertes dépassent déjà 300 millions d'euros.", 300_000_000)]
    [InlineData("fr", "Le taux de pénétration d'Internet dépasse désormais les 46 % de la population.", 46)]
    [InlineData("fr", "Le nombre de cas, dépassant aujourd'hui les 5 000, inquiète les médecins.", 5_000)]
    [InlineData("en", "The death toll now exceeds 200 in the region.", 200)]
    public void A_level_verb_and_an_adverb_before_the_number_give_a_lower_bound(string language, string text, double low)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((null, low, null, false), (figure.Value, figure.Low, figure.High, figure.Approximate));
        Assert.False(figure.LowInclusive);
    }

    [Theory]
    [InlineData("fr", "L'hôpital accueille désormais les 200 blessés.", 200)]
    [InlineData("fr", "Le candidat devance désormais son rival de 5 points.", 5)]
    [InlineData("fr", "La région compte déjà 300 bénévoles.", 300)]
    [InlineData("en", "The hospital now treats 200 patients.", 200)]
    public void An_adverb_after_a_verb_that_names_no_level_states_no_bound(string language, string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal((value, value, value, false), (figure.Value, figure.Low, figure.High, figure.Approximate));
    }
}
