using Xunit;

namespace Pipeline.Analysis.Tests.Claims;

/// <summary>
/// The agent of a passive reporting verb names the source (tools/news-set-press/README.md, "Estimates": a named source that
/// estimates is reporting), read past the figure the verb gives however many words the figure takes: a range ("entre 20 et
/// 60 milliards d'euros", "between 20 and 60 billion dollars") is one step, like a single value.
/// </summary>
public sealed class PassiveAgentPastFigureTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("fr", "Les dégâts sont estimés entre 20 et 60 milliards d'euros par les assureurs.", "entre 20", "les assureurs")]
    [InlineData("fr", "Les dégâts ont été évalués de 20 à 60 milliards d'euros par la fédération.", "20 à 60", "la fédération")]
    [InlineData("fr", "Le coût des réparations a été chiffré entre 300 et 450 millions d'euros par le conseil régional.", "entre 300", "le conseil régional")]
    [InlineData("en", "Damage was estimated at between 20 and 60 billion dollars by insurers.", "between 20", "insurers")]
    [InlineData("en", "The repairs were estimated at between 300 and 450 million euros by the regional council.", "between 300", "the regional council")]
    public void The_agent_after_a_long_figure_is_its_source(string language, string text, string figure, string source)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Equal(source, claim.Source, ignoreCase: true);
    }

    [Theory]
    [InlineData("fr", "Les dégâts sont estimés entre 20 et 60 milliards d'euros, un record pour les assureurs.", "entre 20")]
    [InlineData("fr", "Les dégâts sont estimés entre 20 et 60 milliards d'euros dans une région frappée par la tempête.", "entre 20")]
    [InlineData("en", "Damage was estimated at between 20 and 60 billion dollars in a region hit by the storm.", "between 20")]
    public void A_by_phrase_beyond_the_clause_or_the_gap_names_no_one(string language, string text, string figure)
    {
        var claim = Assert.Single(Analyzer.Analyze(text, language, null).Claims, c => c.Figure.Text.StartsWith(figure, StringComparison.Ordinal));

        Assert.Null(claim.Source);
    }
}
