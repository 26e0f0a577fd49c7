using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "The 40 largest companies", "les quarante plus grandes sociétés", "les trois principaux partis": a superlative or an
/// adjective French puts before its noun stands between the number and what it counts, and is left out of it.
/// </summary>
public sealed class AdjectiveBeforeHeadTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "The 40 largest companies reported profits.", "company")]
    [InlineData("en", "The ten deadliest storms hit Asia.", "storm")]
    [InlineData("en", "Aid went to the 12 poorest countries.", "country")]
    [InlineData("fr", "Les dix plus grandes entreprises ont publié leurs comptes.", "entreprise")]
    [InlineData("fr", "Ces dix grandes entreprises affichent un résultat net.", "entreprise")]
    [InlineData("fr", "Les trois principaux partis ont perdu des sièges.", "parti")]
    [InlineData("fr", "Les cent plus grosses fortunes ont progressé.", "fortune")]
    public void The_noun_after_a_preposed_adjective_is_what_is_counted(string language, string text, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language));

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("Police counted 12 protests.", "protest")]
    [InlineData("Fire burned 3 forests.", "forest")]
    public void A_known_noun_ending_like_a_superlative_stays_the_head(string text, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Fact]
    public void An_adjective_with_no_noun_after_it_is_not_what_is_counted()
    {
        var figure = Assert.Single(Extractor.Extract("Les deux grandes ont gagné.", "fr"));

        Assert.Null(figure.Counted);
    }
}
