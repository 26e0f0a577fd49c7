using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class MetadataHeaderTests
{
    [Fact]
    public void Seed_001_leading_date_with_text_on_the_same_line()
    {
        var (metadata, text) = MetadataHeader.Extract(" date 2023-02 Forte de dizaines de milliers.\n\nLe ministre.");

        Assert.Equal("2023-02", metadata.Published);
        Assert.Equal("Forte de dizaines de milliers.\n\nLe ministre.", text);
    }

    [Theory]
    [InlineData("date 2023", "2023")]
    [InlineData("date 2023-02", "2023-02")]
    [InlineData("date 2023-02-14", "2023-02-14")]
    [InlineData("Date: 2023-02-14", "2023-02-14")]
    [InlineData("published: 2023-02-14T08:30:00Z", "2023-02-14T08:30:00Z")]
    public void Date_line_forms(string line, string expected)
    {
        var (metadata, text) = MetadataHeader.Extract(line + "\n\nBody.");

        Assert.Equal(expected, metadata.Published);
        Assert.Equal("Body.", text);
    }

    [Theory]
    [InlineData("date 2023-13 Body.")]
    [InlineData("date 2023-02-30 Body.")]
    [InlineData("dated 2023-02 Body.")]
    [InlineData("date 20230 Body.")]
    public void Something_that_is_not_a_valid_date_line_stays_text(string input)
    {
        var (metadata, text) = MetadataHeader.Extract(input);

        Assert.Null(metadata.Published);
        Assert.Equal(input, text);
    }

    [Fact]
    public void Header_lines_give_title_source_and_url()
    {
        var (metadata, text) = MetadataHeader.Extract("title: The headline\nsource: AFP\nurl: https://example.org/x\ndate: 2024-11-17\n\nBody text.");

        Assert.Equal(new ArticleMetadata("The headline", "https://example.org/x", "2024-11-17", "AFP"), metadata);
        Assert.Equal("Body text.", text);
    }

    [Fact]
    public void A_date_later_in_the_article_is_not_metadata()
    {
        var (metadata, text) = MetadataHeader.Extract("Body first.\ndate 2023-02 later.");

        Assert.Null(metadata.Published);
        Assert.Equal("Body first.\ndate 2023-02 later.", text);
    }
}
