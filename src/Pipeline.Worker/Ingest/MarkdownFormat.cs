using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Worker.Ingest;

/// <summary>
/// <c>.md</c>: keeps what a reader sees and drops the markup: heading and quote markers, list bullets, emphasis,
/// code fences, rules; links and images become their text. The title is the first heading.
/// </summary>
public static partial class MarkdownFormat
{
    public static ParsedArticle Parse(string text)
    {
        var (metadata, body) = MetadataHeader.Extract(text);
        string? firstHeading = null;
        var output = new StringBuilder(body.Length);
        var lines = HtmlComment().Replace(ReferenceDefinition().Replace(body, string.Empty), string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (CodeFence().IsMatch(line) || Rule().IsMatch(line) || TableSeparator().IsMatch(line))
            {
                continue;
            }

            if (TableRow().IsMatch(line))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => Inline(c.Trim())).Where(c => c.Length > 0);
                output.Append(string.Join(' ', cells)).Append('\n');
                continue;
            }

            if (i + 1 < lines.Length && line.Trim().Length > 0 && SetextUnderline().IsMatch(lines[i + 1]))
            {
                firstHeading ??= Inline(line.Trim());
                output.Append(Inline(line.Trim())).Append('\n');
                i++;
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var title = Inline(heading.Groups["text"].Value.Trim());
                firstHeading ??= title;
                output.Append(title).Append('\n');
                continue;
            }

            output.Append(Inline(BlockMarker().Replace(line, string.Empty))).Append('\n');
        }

        var clean = BlankRuns().Replace(output.ToString(), "\n\n").Trim('\n');
        return new ParsedArticle(clean, metadata with { Title = metadata.Title ?? NullIfEmpty(firstHeading) });
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Inline(string line)
    {
        line = Image().Replace(line, "${text}");
        line = Link().Replace(line, "${text}");
        line = AutoLink().Replace(line, "${url}");
        line = InlineCode().Replace(line, "${code}");
        line = Strong().Replace(line, "${text}");
        line = Emphasis().Replace(line, "${text}");
        line = Strike().Replace(line, "${text}");
        return line;
    }

    [GeneratedRegex(@"^[ ]{0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[ ]{0,3}(?:=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^[ ]{0,3}(?:```|~~~)")]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")]
    private static partial Regex Rule();

    // Quote markers, bullets and ordered-list numbers at the start of a line.
    [GeneratedRegex(@"^[ \t]*(?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?")]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*(?:\n|$)", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"!\[(?<text>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`+(?<code>[^`]+)`+")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(?<![\w*])(\*\*|__)(?<text>\S(?:.*?\S)?)\1(?![\w*])")]
    private static partial Regex Strong();

    // Underscores inside words (snake_case) are not emphasis.
    [GeneratedRegex(@"(?<![\w*])([*_])(?<text>\S(?:.*?\S)?)\1(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(?<text>\S(?:.*?\S)?)~~")]
    private static partial Regex Strike();

    [GeneratedRegex(@"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^[ \t]*\|.*\|[ \t]*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();
}
