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

    [Fact]
    public void Two_wordings_of_the_same_outlet_give_one_source_id()
    {
        var first = new ArticleAnalyzer().Analyze(
            "Selon le New York Times, cette opération mobiliserait pas moins de 50 000 soldats.", "fr", null);
        var second = new ArticleAnalyzer().Analyze(
            "Selon les informations du New York Times, les Russes auraient rassemblé pas moins de 50 000 soldats.", "fr", null);

        var a = Assert.Single(first.Claims);
        var b = Assert.Single(second.Claims);
        Assert.NotEqual(a.Source, b.Source);
        Assert.NotNull(a.SourceId);
        Assert.Equal(a.SourceId, b.SourceId);
    }

    [Fact]
    public void A_source_naming_no_known_person_or_organisation_has_no_source_id()
    {
        var analysis = new ArticleAnalyzer().Analyze(
            "La Russie aurait massé 1 800 chars, selon un responsable ukrainien.", "fr", null);

        var claim = Assert.Single(analysis.Claims);
        Assert.Equal("un responsable ukrainien", claim.Source);
        Assert.Null(claim.SourceId);
    }
}
