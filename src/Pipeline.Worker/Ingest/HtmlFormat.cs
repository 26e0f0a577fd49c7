using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// <c>.html</c>/<c>.htm</c>: the main text of the page, not its menus or scripts. The article is the
/// <c>&lt;article&gt;</c> (the longest one when there are several), else <c>&lt;main&gt;</c>, else the element holding
/// the most paragraph text. Navigation, headers, footers, asides, forms and scripts are dropped first. Paragraphs are
/// separated by blank lines.
/// </summary>
public static class HtmlFormat
{
    private static readonly string[] Noise =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "header", "footer", "aside",
        "form", "menu", "button", "select", "input", "textarea", "dialog",
        "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=menu]",
        "[role=search]", "[aria-hidden=true]", "[hidden]",
    ];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "address", "hr", "body",
    };

    public static ParsedArticle Parse(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var metadata = MetadataOf(document);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Noise)).ToList())
        {
            element.Remove();
        }

        var main = MainElement(document);
        return new ParsedArticle(main is null ? string.Empty : TextOf(main), metadata);
    }

    private static ArticleMetadata MetadataOf(IDocument document)
    {
        var h1 = (document.QuerySelector("article h1") ?? document.QuerySelector("main h1") ?? document.QuerySelector("h1"))?.TextContent;
        return new ArticleMetadata(
            Title: Clean(Meta(document, "og:title")) ?? Clean(h1) ?? Clean(document.Title),
            Url: Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Clean(Meta(document, "og:url")),
            Published: PublishedDate.Normalize(
                Meta(document, "article:published_time")
                ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
                ?? (document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]"))?.GetAttribute("datetime")
                ?? Meta(document, "date")),
            Source: Clean(Meta(document, "og:site_name")));
    }

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static IElement? MainElement(IDocument document)
    {
        var marked = document.QuerySelectorAll("article").MaxBy(TextLength)
            ?? document.QuerySelector("main")
            ?? document.QuerySelector("[role=main]");
        var block = LargestTextBlock(document);

        // An <article> that is only a teaser card beside the real story loses to the story's paragraphs.
        return marked is not null && (block is null || TextLength(marked) * 2 >= ParagraphText(block)) ? marked : block ?? document.Body;
    }

    private static int TextLength(IElement element) => element.TextContent.Trim().Length;

    private static int ParagraphText(IElement block) =>
        block.Children.Where(c => c.LocalName is "p" or "pre" or "blockquote").Sum(TextLength);

    // Scores each element by the paragraph text directly inside it; the page's story is where the paragraphs are.
    private static IElement? LargestTextBlock(IDocument document)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, blockquote"))
        {
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + paragraph.TextContent.Trim().Length;
            }
        }

        return scores.Count > 0 ? scores.MaxBy(s => s.Value).Key : null;
    }

    private static string TextOf(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current, preformatted: false);
        Flush(paragraphs, current);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(preformatted ? text.Data : CollapseWhitespace(text.Data));
                    break;
                case IElement { LocalName: "br" }:
                    current.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current, preformatted || element.LocalName == "pre");
                    Flush(paragraphs, current);
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Walk(cell, paragraphs, current, preformatted);
                    current.Append(' ');
                    break;
                case IElement element:
                    Walk(element, paragraphs, current, preformatted);
                    break;
            }
        }
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var lines = current.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var paragraph = string.Join('\n', lines);
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }
}
