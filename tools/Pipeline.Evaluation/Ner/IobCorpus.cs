using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Evaluation.Ner;

/// <summary>A gold entity: token range (inclusive) and its type (PER, LOC, ORG).</summary>
internal sealed record GoldEntity(int First, int Last, string Type);

/// <summary>One page of an IOB corpus rebuilt as text, with each token's character span.</summary>
internal sealed record IobDocument(string Text, IReadOnlyList<(int Start, int End)> Tokens, IReadOnlyList<GoldEntity> Entities);

/// <summary>
/// Reads a "token TAG" per line corpus (IOB1 or IOB2: I-X continues an entity of type X, B-X starts a new one) and
/// rebuilds the text of each page, so that an extractor reading raw text can be scored against the tags.
/// </summary>
internal static partial class IobCorpus
{
    [GeneratedRegex(@"\[\*\*L(\d+) - L(\d+)\*\*\]")]
    private static partial Regex PageRange();

    public static IReadOnlyList<IobDocument> Read(FileInfo bio)
    {
        var rows = File.ReadAllLines(bio.FullName)
            .Select(l => l.Split(' ', 2))
            .Where(p => p.Length == 2)
            .Select(p => (Token: p[0], Tag: p[1].Trim()))
            .ToList();

        // Pages as the corpus's own description lists them (enp_FR.bnf.md beside the .bio); the stretches it does not
        // list (pages it marks "L000???") are cut in slices of 5,000 tokens, so that every token is scored once.
        var listed = new List<(int First, int Last)>();
        var description = new FileInfo(Path.ChangeExtension(bio.FullName, ".md"));
        if (description.Exists)
        {
            foreach (Match m in PageRange().Matches(File.ReadAllText(description.FullName)))
            {
                listed.Add((int.Parse(m.Groups[1].Value) - 1, Math.Min(int.Parse(m.Groups[2].Value), rows.Count) - 1));
            }
        }

        var pages = new List<(int First, int Last)>();
        var cursor = 0;
        foreach (var page in listed.Where(p => p.First <= p.Last).OrderBy(p => p.First).Append((First: rows.Count, Last: rows.Count - 1)))
        {
            for (var i = cursor; i < page.First; i += 5000)
            {
                pages.Add((i, Math.Min(i + 4999, page.First - 1)));
            }

            if (page.First >= cursor && page.First < rows.Count)
            {
                pages.Add(page);
                cursor = page.Last + 1;
            }
        }

        return [.. pages.Where(p => p.First <= p.Last).Select(p => Build(rows.GetRange(p.First, p.Last - p.First + 1)))];
    }

    private static IobDocument Build(List<(string Token, string Tag)> rows)
    {
        var text = new StringBuilder();
        var spans = new List<(int, int)>();
        var entities = new List<GoldEntity>();
        string? open = null;
        var openFirst = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var (token, tag) = rows[i];
            var glued = text.Length == 0 || token is "," or "." or ")" || text[^1] is '\'' or '’' or '(';
            if (!glued)
            {
                text.Append(' ');
            }

            spans.Add((text.Length, text.Length + token.Length));
            text.Append(token);

            var type = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            var begins = tag.StartsWith("B-", StringComparison.Ordinal);
            if (open is not null && (type != open || begins))
            {
                entities.Add(new GoldEntity(openFirst, i - 1, open));
                open = null;
            }

            if (type is not null && open is null)
            {
                open = type;
                openFirst = i;
            }
        }

        if (open is not null)
        {
            entities.Add(new GoldEntity(openFirst, rows.Count - 1, open));
        }

        return new IobDocument(text.ToString(), spans, entities);
    }
}
