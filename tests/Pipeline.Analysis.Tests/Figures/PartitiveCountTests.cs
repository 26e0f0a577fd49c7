using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// "Two of the soldiers were hospitalized", "Deux des blessés ont été hospitalisés": a number before "of the" / "des" and a
/// plural noun, or a casualty word standing for people ("of the wounded"), counts it; the article "one"/"un" before it
/// stays the partitive idiom.
/// </summary>
public sealed class PartitiveCountTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("en", "Two of the soldiers were hospitalized.", "Two", "soldier")]
    [InlineData("en", "Five of the hostages were freed on Sunday.", "Five", "hostage")]
    [InlineData("en", "Police said 14 of the protesters were arrested.", "14", "protester")]
    [InlineData("fr", "Deux des blessés ont été hospitalisés, a-t-il ajouté.", "Deux", "blessé")]
    [InlineData("fr", "Trois des soldats sont morts dans la nuit.", "Trois", "soldat")]
    [InlineData("fr", "Cinq des otages ont été libérés dimanche.", "Cinq", "otage")]
    [InlineData("en", "Three of the wounded died later in hospital.", "Three", "wounded")]
    [InlineData("en", "Two of the dead were children, officials said.", "Two", "dead")]
    [InlineData("fr", "Trois des morts étaient des enfants.", "Trois", "mort")]
    public void A_number_before_of_the_counts_the_plural_noun(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "One of the soldiers was wounded.")]
    [InlineData("fr", "Un des soldats a été blessé.")]
    public void One_of_the_stays_the_partitive_idiom(string language, string text)
    {
        Assert.Empty(Extractor.Extract(text, language));
    }

    [Theory]
    [InlineData("en", "Twelve of the 31 members voted against.", "Twelve", "member")]
    [InlineData("fr", "Douze des 31 membres ont voté contre.", "Douze", "membre")]
    public void A_part_of_a_counted_whole_counts_the_whole_s_noun(string language, string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, language), f => f.Text == span);

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }
}
