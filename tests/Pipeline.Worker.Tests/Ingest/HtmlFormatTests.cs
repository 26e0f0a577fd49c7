using Pipeline.Worker.Ingest;
using Xunit;

namespace Pipeline.Worker.Tests.Ingest;

public class HtmlFormatTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
          <title>Offensive russe - Le Journal</title>
          <meta property="og:title" content="La Russie prépare une offensive">
          <meta property="og:site_name" content="Le Journal">
          <meta property="article:published_time" content="2023-02-14T08:30:00+01:00">
          <link rel="canonical" href="https://example.org/2023/02/offensive">
          <style>body { color: red; }</style>
          <script>var tracking = "SCRIPT TEXT";</script>
        </head>
        <body>
          <header><a href="/">Le Journal</a> <span>Abonnez-vous</span></header>
          <nav><ul><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="layout">
            <article>
              <h1>La Russie prépare une offensive</h1>
              <p>Des dizaines de milliers de   réservistes
                 ont été enrôlés en décembre.</p>
              <p>Une nouvelle offensive est <em>largement</em> attendue<br>à l'approche de l'anniversaire.</p>
              <form><input name="q"><button>Commenter</button></form>
            </article>
            <aside>À lire aussi : dix recettes de crêpes</aside>
          </div>
          <footer>© Le Journal — Mentions légales</footer>
          <script>console.log("MORE SCRIPT")</script>
        </body>
        </html>
        """;

    [Fact]
    public void Only_the_article_text_survives_menus_scripts_and_footers()
    {
        var article = HtmlFormat.Parse(Page);

        Assert.Equal(
            "La Russie prépare une offensive\n\n"
            + "Des dizaines de milliers de réservistes ont été enrôlés en décembre.\n\n"
            + "Une nouvelle offensive est largement attendue\nà l'approche de l'anniversaire.",
            article.Text);
    }

    [Theory]
    [InlineData("SCRIPT")]
    [InlineData("color: red")]
    [InlineData("Abonnez-vous")]
    [InlineData("Sport")]
    [InlineData("crêpes")]
    [InlineData("Mentions légales")]
    [InlineData("Commenter")]
    public void Page_furniture_is_dropped(string furniture)
    {
        Assert.DoesNotContain(furniture, HtmlFormat.Parse(Page).Text);
    }

    [Fact]
    public void Title_url_date_and_source_come_from_the_head()
    {
        var metadata = HtmlFormat.Parse(Page).Metadata;

        Assert.Equal("La Russie prépare une offensive", metadata.Title);
        Assert.Equal("https://example.org/2023/02/offensive", metadata.Url);
        Assert.Equal("2023-02-14T08:30:00+01:00", metadata.Published);
        Assert.Equal("Le Journal", metadata.Source);
    }

    [Fact]
    public void Without_article_or_main_the_block_with_most_paragraph_text_wins()
    {
        const string page = """
            <html><head><title>Plain page</title></head><body>
            <div id="menu"><p>Home</p><p>About</p></div>
            <div id="story"><p>First paragraph of the story, long enough to matter.</p><p>Second paragraph of the story.</p></div>
            <div id="ads"><p>Buy now</p></div>
            </body></html>
            """;

        var article = HtmlFormat.Parse(page);

        Assert.Equal("First paragraph of the story, long enough to matter.\n\nSecond paragraph of the story.", article.Text);
        Assert.Equal("Plain page", article.Metadata.Title);
    }

    [Fact]
    public void Time_element_and_og_url_are_used_when_the_head_has_no_better()
    {
        const string page = """
            <html><head><meta property="og:url" content="https://example.org/a"></head>
            <body><main><h1>Headline</h1><time datetime="2024-11-17">17 novembre</time><p>Body text.</p></main></body></html>
            """;

        var article = HtmlFormat.Parse(page);

        Assert.Equal("2024-11-17", article.Metadata.Published);
        Assert.Equal("https://example.org/a", article.Metadata.Url);
        Assert.Equal("Headline", article.Metadata.Title);
    }

    [Fact]
    public void Html_entities_are_decoded()
    {
        var article = HtmlFormat.Parse("<html><body><article><p>Caf&eacute; &amp; th&#233; &euro;</p></article></body></html>");

        Assert.Equal("Café & thé €", article.Text);
    }

    [Fact]
    public void A_teaser_article_card_does_not_win_over_the_story_paragraphs()
    {
        const string page = """
            <html><body>
            <div class="story">
              <p>The real story starts here and goes on for a good while with details.</p>
              <p>It has a second paragraph with even more details about what happened.</p>
            </div>
            <div class="related"><article><a href="/x">Related: a teaser</a></article></div>
            </body></html>
            """;

        var article = HtmlFormat.Parse(page);

        Assert.StartsWith("The real story starts here", article.Text);
        Assert.DoesNotContain("teaser", article.Text);
    }

    [Fact]
    public void A_page_without_any_text_gives_empty_text()
    {
        Assert.Equal(string.Empty, HtmlFormat.Parse("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>").Text);
    }
}
