using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// A part of a count named by its state alone ("dix blessés, dont deux graves", "6 décès dont 2 communautaires et 4
/// hospitaliers", "including two critical") counts what the whole counts, not the adjective. Each row was read by hand.
/// </summary>
public sealed class PartStateTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("fr", "L'explosion a fait dix blessés, dont deux graves.", "deux", "blessé")]
    [InlineData("fr", "L'accident a fait 14 blessés dont 3 légers, selon les pompiers.", "3", "blessé")]
    [InlineData("fr", "On compte 6 décès dont 2 communautaires et 4 hospitaliers.", "4", "décès")]
    [InlineData("fr", "On compte 9 cas dont 5 hospitaliers et 4 communautaires.", "5", "cas")]
    [InlineData("en", "The blast left 12 wounded, including two critical.", "two", "wounded")]
    [InlineData("en", "Officials reported 30 injuries, of which five serious.", "five", "injury")]
    public void A_part_named_by_its_state_counts_what_the_whole_counts(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("fr", "L'explosion a fait dix blessés, dont deux enfants.", "deux", "enfant")]
    [InlineData("en", "The blast left 12 wounded, including two children.", "two", "child")]
    [InlineData("fr", "L'explosion a fait dix blessés graves et 3 morts.", "3", "mort")]
    public void A_part_with_a_noun_counts_its_noun(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }
}
