using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// An adverb the word list lacks ("newly", "heavily"), before the adjective or participle that describes the noun, is left
/// out of what is counted with that word, so the noun after them is still read.
/// </summary>
public sealed class AdverbBeforeModifierTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Among the 189 newly hospitalised dengue patients, most were children.", "dengue patient")]
    [InlineData("Inspectors listed 12 heavily damaged buildings in the old town.", "building")]
    [InlineData("The agency housed 40 recently displaced families overnight.", "family")]
    [InlineData("The port received 300 newly built containers.", "container")]
    [InlineData("Firefighters saved 20 partially collapsed houses.", "house")]
    public void The_noun_after_an_adverb_and_its_adjective_is_counted(string text, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }

    [Theory]
    [InlineData("Prices rose 3 percent, roughly in line with forecasts.")]
    [InlineData("The toll reached 40 yesterday, reportedly higher than feared.")]
    public void An_adverb_after_the_figure_that_describes_no_noun_adds_nothing(string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.NotEqual("higher", figure.Counted?.Lemma);
        Assert.NotEqual("line", figure.Counted?.Lemma);
    }
}
