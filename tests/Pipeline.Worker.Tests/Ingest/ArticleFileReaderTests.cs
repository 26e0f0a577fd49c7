using System.Text;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class ArticleFileReaderTests
{
    private static ArticleFileReader Reader(Action<InboxOptions>? configure = null)
    {
        var options = new InboxOptions();
        configure?.Invoke(options);
        return new ArticleFileReader(Options.Create(options));
    }

    [Fact]
    public void Seed_001_date_line_becomes_the_published_date_and_leaves_the_text()
    {
        var bytes = File.ReadAllBytes(Seeds.File("001"));

        var result = Reader().Read(Path.GetFileName(Seeds.File("001")), bytes);

        Assert.True(result.IsAccepted, result.RejectionReason);
        Assert.Equal("2023-02", result.Article.Published);
        Assert.StartsWith("Forte de dizaines de milliers de réservistes", result.Article.Text);
        Assert.DoesNotContain("date 2023", result.Article.Text);
        Assert.Equal("txt", result.Article.Format);
        Assert.Equal("utf-8", result.Article.Encoding);
    }

    [Fact]
    public void All_seeds_are_accepted_as_utf8_text()
    {
        foreach (var seed in Directory.GetFiles(Seeds.Folder))
        {
            var result = Reader().Read(Path.GetFileName(seed), File.ReadAllBytes(seed));

            Assert.True(result.IsAccepted, $"{seed}: {result.RejectionReason}");
            Assert.True(result.Article.Text.Length > 1000, seed);
        }
    }

    [Fact]
    public void Dropping_a_latin1_file_stores_its_text_intact()
    {
        var bytes = Encoding.Latin1.GetBytes("Les réservistes ont été déployés à Kherson.\n");

        var result = Reader().Read("latin1.txt", bytes);

        Assert.True(result.IsAccepted, result.RejectionReason);
        Assert.Equal("Les réservistes ont été déployés à Kherson.", result.Article.Text);
        Assert.Equal("windows-1252", result.Article.Encoding);
    }

    [Fact]
    public void The_same_file_keeps_its_id_and_another_name_or_content_changes_it()
    {
        var bytes = "Some article."u8.ToArray();

        var id = Reader().Read("news/a.txt", bytes).ArticleId;

        Assert.Equal(id, Reader().Read("news/a.txt", bytes).ArticleId);
        Assert.Equal(id, Reader().Read("news\\a.txt", bytes).ArticleId);
        Assert.NotEqual(id, Reader().Read("news/b.txt", bytes).ArticleId);
        Assert.NotEqual(id, Reader().Read("news/a.txt", "Some article!"u8.ToArray()).ArticleId);
    }

    [Fact]
    public void An_unsupported_extension_is_rejected_with_the_supported_list()
    {
        var result = Reader().Read("report.pdf", "%PDF-1.4"u8.ToArray());

        Assert.False(result.IsAccepted);
        Assert.Contains("'.pdf'", result.RejectionReason);
        Assert.Contains(".txt", result.RejectionReason);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        var result = Reader().Read("empty.txt", "  \n\n "u8.ToArray());

        Assert.False(result.IsAccepted);
        Assert.Contains("no article text", result.RejectionReason);
    }

    [Fact]
    public void A_file_above_the_byte_limit_is_rejected()
    {
        var result = Reader(o => o.MaxFileBytes = 10).Read("big.txt", "eleven byte"u8.ToArray());

        Assert.False(result.IsAccepted);
        Assert.Contains("MaxFileBytes", result.RejectionReason);
    }

    [Fact]
    public void A_text_above_the_character_limit_is_quarantined_rather_than_sent()
    {
        var result = Reader(o => o.MaxTextChars = 100).Read("long.txt", Encoding.UTF8.GetBytes(new string('x', 101)));

        Assert.False(result.IsAccepted);
        Assert.Contains("MaxTextChars", result.RejectionReason);
        Assert.True(Reader(o => o.MaxTextChars = 100).Read("long.txt", Encoding.UTF8.GetBytes(new string('x', 100))).IsAccepted);
    }
}
