using Pipeline.Analysis.Figures;
using Xunit;

namespace Pipeline.Analysis.Tests.Figures;

/// <summary>
/// Two numbers joined by "and"/"et", the first with only describing words of its own and the noun left to the second:
/// the first counts what the second counts ("32 likely and 29 suspected cases": 32 cases). The guidelines (tools/news-set/
/// README.md, "What is counted"): an elided noun is the one the figure stands for. Each row was read by hand.
/// </summary>
public sealed class CoordinatedCountTests
{
    private static readonly FigureExtractor Extractor = new();

    private static Figure FigureAt(string text, string language, string number) =>
        Extractor.Extract(text, language).Single(f => f.Start <= text.IndexOf(number, StringComparison.Ordinal) && text.IndexOf(number, StringComparison.Ordinal) < f.End);

    [Theory]
    [InlineData("en", "There were 32 likely and 29 suspected cases in the region.", "32", "case")]
    [InlineData("en", "Officials reported 12 confirmed and 30 suspected cases on Monday.", "12", "case")]
    [InlineData("en", "The agency recorded 12 fatal and 30 nonfatal accidents last year.", "12", "accident")]
    [InlineData("fr", "On compte 32 probables et 29 cas confirmés dans la région.", "32", "cas")]
    [InlineData("fr", "Le rapport mentionne 12 légères et 4 blessures graves.", "12", "blessure")]
    public void The_first_of_two_joined_numbers_counts_the_noun_of_the_second(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }

    [Theory]
    [InlineData("en", "The team won 3 and lost 2 games.", "3")]
    [InlineData("en", "Prices rose 4 and then fell 2 percent.", "4")]
    [InlineData("en", "Rescuers freed 2 and later 3 miners.", "2")]
    public void A_number_joined_to_a_clause_counts_nothing_of_it(string language, string text, string number)
    {
        Assert.Null(FigureAt(text, language, number).Counted);
    }

    [Theory]
    [InlineData("en", "Officials reported 12 confirmed and 30 suspected cases on Monday.", "30", "case")]
    [InlineData("en", "The army said 3 soldiers were killed and 12 wounded.", "3", "soldier")]
    [InlineData("fr", "Le cumul des cas est de 960, dont 895 confirmés et 65 probables.", "895", "cas")]
    [InlineData("fr", "Le cumul des cas est de 960, dont 895 confirmés et 65 probables.", "65", "cas")]
    public void Each_number_with_a_noun_of_its_own_keeps_it(string language, string text, string number, string lemma)
    {
        Assert.Equal(lemma, FigureAt(text, language, number).Counted?.Lemma);
    }
}
