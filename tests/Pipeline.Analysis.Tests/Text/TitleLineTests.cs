using Pipeline.Analysis.Text;
using Xunit;

namespace Pipeline.Analysis.Tests.Text;

/// <summary>
/// What a title line is: a short headline set in Title Case or in capitals, where a capital marks no name. A headline
/// written as a sentence (the French habit), a sentence with a few names, a line of one or two words, a paragraph, are
/// none. Every sentence here was written for these tests.
/// </summary>
public sealed class TitleLineTests
{
    [Theory]
    [InlineData("en", "Prices Rise 3% in January, Labor Department Says")]
    [InlineData("en", "Number of Flu Cases Climbs to 286 in Nine States")]
    [InlineData("en", "RUSSIA MASSES 1,800 TANKS ON THE BORDER")]
    [InlineData("fr", "UKRAINE : LA RUSSIE AURAIT MASSÉ 1 800 CHARS")]
    [InlineData("fr", "Les Chars Russes Arrivent dans le Donbass")]
    [InlineData("en", "Wildfire Forces 3,000 to Flee, Officials Say?")]
    public void A_headline_in_title_case_or_in_capitals_is_a_title_line(string language, string line)
    {
        Assert.True(Holds(language, line, 0));
    }

    [Theory]
    [InlineData("en", "Troops Pull Back from the Border after Talks")]
    [InlineData("en", "Refugees Return across the Border with Help")]
    [InlineData("fr", "Les Secours Arrivent après Trois Jours malgré les Combats")]
    public void A_preposition_title_case_leaves_in_lower_case_does_not_count_against_the_title(string language, string line)
    {
        Assert.True(Holds(language, line, 0));
    }

    [Theory]
    [InlineData("fr", "Ukraine : la Russie aurait massé 1 800 chars")]
    [InlineData("fr", "Le ministère de la Santé annonce 40 nouveaux cas")]
    [InlineData("en", "Officials in Kyiv said Russian forces shelled Kharkiv overnight")]
    [InlineData("en", "Wildfire forces 3,000 to flee in Northern California")]
    public void A_headline_written_as_a_sentence_is_no_title_line(string language, string line)
    {
        Assert.False(Holds(language, line, 0));
    }

    [Theory]
    [InlineData("en", "President Joe Biden Met Chancellor Olaf Scholz in Berlin on Thursday.")]
    [InlineData("en", "The Russian Orthodox Church Counts 40,000 Parishes.")]
    [InlineData("en", "United Nations Secretary-General António Guterres Arrived in Kyiv.\"")]
    public void A_line_ended_by_a_full_stop_is_a_sentence_however_capitalised(string language, string line)
    {
        Assert.False(Holds(language, line, 0));
    }

    [Theory]
    [InlineData("en", "Ukraine")]
    [InlineData("en", "Breaking News")]
    [InlineData("fr", "Dernières Nouvelles")]
    [InlineData("en", "UPDATE 2")]
    public void A_line_of_one_or_two_long_words_is_no_title_line(string language, string line)
    {
        Assert.False(Holds(language, line, 0));
    }

    [Fact]
    public void Only_the_headline_s_line_is_a_title_not_the_paragraph_under_it()
    {
        const string text = "Army Says Rebels Killed 40 Soldiers Near Border\nThe Army said on Monday that rebels killed 40 soldiers";
        var tokens = Tokens(text);
        var inParagraph = tokens.FindIndex(t => text[t.Start..t.End] == "rebels");

        Assert.True(Holds("en", text, 0));
        Assert.False(Holds("en", text, inParagraph));
    }

    [Fact]
    public void A_line_longer_than_a_headline_is_a_paragraph_however_capitalised()
    {
        var line = string.Join(' ', Enumerable.Repeat("Many Capitalised Names", 15));

        Assert.True(Tokens(line).Count > TitleLine.MaxTokens);
        Assert.False(Holds("en", line, 0));
        Assert.True(Holds("en", string.Join(' ', Enumerable.Repeat("Many Capitalised Names", 5)), 0));
    }

    private static bool Holds(string language, string text, int token) => TitleLine.For(language).Holds(text, Tokens(text), token);

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new Vocabulary(), tokens);
        return tokens;
    }
}
