using System.Text;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class JsonFormatTests
{
    [Fact]
    public void All_fields_of_a_json_article_are_read()
    {
        const string json = """
            {
              "title": "Kursk counter-offensive",
              "text": "Fifty thousand soldiers gathered.\r\nMore to come.",
              "url": "https://example.org/kursk",
              "published": "2024-11-10",
              "source": "Example News"
            }
            """;

        var result = new ArticleFileReader(Options.Create(new InboxOptions())).Read("kursk.json", Encoding.UTF8.GetBytes(json));

        Assert.True(result.IsAccepted, result.RejectionReason);
        Assert.Equal("Kursk counter-offensive", result.Article.Title);
        Assert.Equal("Fifty thousand soldiers gathered.\nMore to come.", result.Article.Text);
        Assert.Equal("https://example.org/kursk", result.Article.Url);
        Assert.Equal("2024-11-10", result.Article.Published);
        Assert.Equal("Example News", result.Article.Source);
        Assert.Equal("json", result.Article.Format);
    }

    [Fact]
    public void Escaped_decomposed_accents_in_json_are_composed_to_nfc()
    {
        var result = new ArticleFileReader(Options.Create(new InboxOptions()))
            .Read("a.json", Encoding.UTF8.GetBytes("""{"text": "re\u0301serviste"}"""));

        Assert.Equal("r\u00E9serviste", result.Article?.Text);
    }

    [Theory]
    [InlineData("""{"title": "No text"}""", "no \"text\"")]
    [InlineData("""{"text": 42}""", "no \"text\"")]
    [InlineData("""["text"]""", "must be an object")]
    [InlineData("""{"text": "unterminated""", "invalid JSON")]
    public void A_json_file_without_usable_text_is_rejected_with_a_reason(string json, string reason)
    {
        var rejection = Assert.Throws<ArticleRejectedException>(() => JsonFormat.Parse(json));

        Assert.Contains(reason, rejection.Message);
    }

    [Fact]
    public void Field_names_match_whatever_their_case()
    {
        var article = JsonFormat.Parse("""{"Title": "T", "Text": "Body", "Published": "2023-02"}""");

        Assert.Equal(("T", "Body", "2023-02"), (article.Metadata.Title, article.Text, article.Metadata.Published));
    }

    [Fact]
    public void An_unparseable_date_is_dropped_rather_than_passed_on()
    {
        Assert.Null(JsonFormat.Parse("""{"text": "Body", "published": "last tuesday"}""").Metadata.Published);
    }
}
