using Xunit;

using Pipeline.Analysis;

namespace Pipeline.Analysis.Tests;

public sealed class ArticleAnalyzerTests
{
    private const string Headline = "50 000 soldats rassemblés, dont des Nord-Coréens… La Russie prépare une contre-offensive dans la région de Koursk";

    [Fact]
    public void A_headline_repeated_three_times_gives_its_figure_once()
    {
        var text = $"{Headline}\n\n{Headline}\n{Headline}\n\nL'attaque serait imminente.";

        var analysis = new ArticleAnalyzer().Analyze(text, "fr", null);

        var figure = Assert.Single(analysis.Figures, f => f.Value == 50000);
        Assert.Equal(0, figure.Start);
        Assert.Single(analysis.Claims, c => c.Figure.Value == 50000);
    }

    [Fact]
    public void The_same_figure_in_two_different_sentences_is_kept_twice()
    {
        var text = "La Russie a rassemblé 50 000 soldats près de Koursk. Selon le New York Times, 50 000 soldats attendent l'ordre d'attaquer.";

        var analysis = new ArticleAnalyzer().Analyze(text, "fr", null);

        Assert.Equal(2, analysis.Figures.Count(f => f.Value == 50000));
    }
}
