using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class MarkdownFormatTests
{
    [Fact]
    public void Markup_is_dropped_and_the_reader_visible_text_kept()
    {
        const string markdown = """
            # La Russie prépare une offensive

            Des **dizaines de milliers** de _réservistes_ ont été [enrôlés](https://example.org/a "titre") en décembre.

            > Une offensive est *attendue*.

            - premier point
            * deuxième point
            1. troisième point

            ---

            Voir ![la carte](carte.png) et `le code` ou <https://example.org/b>.
            """;

        var article = MarkdownFormat.Parse(markdown);

        Assert.Equal(
            "La Russie prépare une offensive\n\n"
            + "Des dizaines de milliers de réservistes ont été enrôlés en décembre.\n\n"
            + "Une offensive est attendue.\n\n"
            + "premier point\ndeuxième point\ntroisième point\n\n"
            + "Voir la carte et le code ou https://example.org/b.",
            article.Text);
        Assert.Equal("La Russie prépare une offensive", article.Metadata.Title);
    }

    [Fact]
    public void Underscores_inside_words_are_not_emphasis()
    {
        Assert.Equal("the snake_case_name stays", MarkdownFormat.Parse("the snake_case_name stays").Text);
    }

    [Fact]
    public void Reference_links_become_their_text_and_definitions_disappear()
    {
        var article = MarkdownFormat.Parse("Read [the report][r1] now.\n\n[r1]: https://example.org/report\n");

        Assert.Equal("Read the report now.", article.Text);
    }

    [Fact]
    public void A_setext_heading_is_the_title()
    {
        var article = MarkdownFormat.Parse("Headline here\n=============\n\nBody.");

        Assert.Equal("Headline here", article.Metadata.Title);
        Assert.Equal("Headline here\n\nBody.", article.Text);
    }

    [Fact]
    public void Front_matter_gives_the_metadata_and_leaves_the_text()
    {
        var article = MarkdownFormat.Parse("---\ntitle: From front matter\ndate: 2024-11-17\nsource: AFP\n---\n# Heading\n\nBody.");

        Assert.Equal("From front matter", article.Metadata.Title);
        Assert.Equal("2024-11-17", article.Metadata.Published);
        Assert.Equal("AFP", article.Metadata.Source);
        Assert.Equal("Heading\n\nBody.", article.Text);
    }

    [Fact]
    public void Tables_keep_their_cells_and_comments_disappear()
    {
        var article = MarkdownFormat.Parse("<!-- draft -->\n| Ville | Soldats |\n|---|:---:|\n| Koursk | 50 000 |\n");

        Assert.Equal("Ville Soldats\nKoursk 50 000", article.Text);
    }
}
