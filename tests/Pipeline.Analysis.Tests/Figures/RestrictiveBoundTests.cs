using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>"elle ne prévoit plus que 0,5 % de croissance": after a negation, "plus que" means only, and bounds nothing.</summary>
public sealed class RestrictiveBoundTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("La Banque mondiale ne prévoit plus que 0,5 % de croissance aux Etats-Unis.", 0.5)]
    [InlineData("Il n'en reste plus que 12 dans la ville.", 12)]
    public void After_a_negation_plus_que_states_the_value(string text, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text, "fr"));

        Assert.Equal(value, figure.Value);
        Assert.Empty(ArticleFigures.Bounded(text, "fr"));
    }

    [Fact]
    public void Without_a_negation_plus_que_is_a_lower_bound()
    {
        var figure = Assert.Single(Extractor.Extract("Les secours ont compté plus que 300 blessés.", "fr"));

        Assert.Null(figure.Value);
        Assert.Equal(300, figure.Low);
    }
}
