using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A clause that goes on after a number is not what it counts: a verb's "-ing" form that takes an article as its object
/// ("around 73 raising the prospect"), a conjunction the word list also knows as a noun ("while", "whereas").
/// </summary>
public sealed class ClauseAfterNumberTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Turnout stood at around 61 prompting the board to act.")]
    [InlineData("The index closed at 4,210 raising the risk of a correction.")]
    [InlineData("Shares fell to 88 leaving the founders with less.")]
    public void An_ing_verb_taking_an_article_after_a_number_is_no_counted_thing(string text)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Null(figure.Counted);
    }

    [Theory]
    [InlineData("The north recorded 2,400 while the south recorded 1,300 strikes.")]
    [InlineData("The index reached 900 whereas the imports fell to 700 units.")]
    [InlineData("Ohio counted 51 whilst the Iowa count reached 40 ballots.")]
    public void A_conjunction_after_a_number_is_no_counted_thing(string text)
    {
        var figure = Extractor.Extract(text, "en")[0];

        Assert.Null(figure.Counted);
    }

    [Theory]
    [InlineData("The hotel has 12 meeting rooms.", "meeting room")]
    [InlineData("They hired 40 cleaning staff.", "cleaning staff")]
    public void An_ing_noun_modifier_before_its_head_stays_in_the_counted_thing(string text, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal(lemma, figure.Counted?.Lemma);
    }
}
