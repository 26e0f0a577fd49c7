using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class PlainTextFormatTests
{
    [Fact]
    public void A_short_first_line_followed_by_a_blank_line_is_the_title_and_stays_in_the_text()
    {
        var article = PlainTextFormat.Parse("Kursk: 50,000 soldiers gathered\n\nThe body of the article.");

        Assert.Equal("Kursk: 50,000 soldiers gathered", article.Metadata.Title);
        Assert.Equal("Kursk: 50,000 soldiers gathered\n\nThe body of the article.", article.Text);
    }

    [Theory]
    [InlineData("The first sentence of the article ends like a sentence.\n\nMore.")]
    [InlineData("A line\nthat goes on\n\nMore.")]
    [InlineData("Only one paragraph")]
    public void A_first_line_that_is_not_a_headline_gives_no_title(string text)
    {
        Assert.Null(PlainTextFormat.Parse(text).Metadata.Title);
    }

    [Fact]
    public void A_long_first_line_is_not_a_title()
    {
        Assert.Null(PlainTextFormat.Parse(new string('x', PlainTextFormat.MaxTitleLength + 1) + "\n\nMore.").Metadata.Title);
    }

    [Fact]
    public void Seed_004_headline_is_its_title_and_seed_000_has_none()
    {
        var seed4 = PlainTextFormat.Parse(File.ReadAllText(Seeds.File("004")));
        var seed0 = PlainTextFormat.Parse(File.ReadAllText(Seeds.File("000")));

        Assert.Equal("50 000 soldats rassemblés, dont des Nord-Coréens… La Russie prépare une terrible contre-offensive dans la région de Koursk", seed4.Metadata.Title);
        Assert.Null(seed0.Metadata.Title);
    }
}
