using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// English "one" is never an article: before any noun it is the numeral and counts it ("one proposal", "one count of
/// fraud"), not only before a unit; as a pronoun ("the one person who", "one of the best") or in a turn of phrase ("on
/// one hand") it counts nothing. French "un" stays an article before a noun it does not otherwise count.
/// </summary>
public sealed class OneBeforeANounTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("The council approved one proposal on Tuesday.", "one proposal", "proposal")]
    [InlineData("He pleaded guilty to one charge of bribery.", "one charge", "charge")]
    [InlineData("The firm kept only one warehouse in Ohio.", "one warehouse", "warehouse")]
    [InlineData("One bridge across the river is still closed.", "One bridge", "bridge")]
    [InlineData("She raised one hand behind her back.", "one hand", "hand")]
    public void One_counts_the_noun_after_it(string text, string span, string lemma)
    {
        var figure = Assert.Single(Extractor.Extract(text, "en"));

        Assert.Equal((span, 1.0, lemma), (figure.Text, figure.Value!.Value, figure.Counted?.Lemma));
    }

    [Theory]
    [InlineData("On one hand, prices rose in the spring.")]
    [InlineData("He was the one person who knew the code.")]
    [InlineData("It remains one of the busiest ports in Asia.")]
    [InlineData("At one time the plant employed half the town.")]
    [InlineData("The dispute will end one way or another.")]
    [InlineData("The neighbours helped one another after the flood.")]
    public void One_as_a_pronoun_or_in_a_turn_of_phrase_counts_nothing(string text)
    {
        Assert.Empty(Extractor.Extract(text, "en"));
    }

    [Theory]
    [InlineData("Un pont sur la rivière reste fermé.")]
    [InlineData("Le conseil a approuvé une proposition mardi.")]
    [InlineData("Elle a levé une main derrière son dos.")]
    public void French_un_before_a_noun_stays_an_article(string text)
    {
        Assert.Empty(Extractor.Extract(text, "fr"));
    }
}
