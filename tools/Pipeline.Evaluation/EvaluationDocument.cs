namespace Pipeline.Evaluation;

/// <summary>
/// Replaces one section of a Markdown report such as docs/evaluation.md, leaving every other section as it was, so
/// each <c>eval</c> command refreshes its own tables with <c>--write</c>.
/// </summary>
internal static class EvaluationDocument
{
    /// <summary>
    /// Puts <paramref name="body"/> under <paramref name="heading"/> ("## Named entities", "### quantulum3 ..."). The old
    /// section runs to the next heading of the same or a higher level. A missing section goes at the end of
    /// <paramref name="parent"/> when that section exists, else at the end of the document.
    /// </summary>
    public static async Task ReplaceSectionAsync(FileInfo file, string heading, string body, CancellationToken ct, string? parent = null)
    {
        var lines = file.Exists ? [.. await File.ReadAllLinesAsync(file.FullName, ct)] : new List<string> { "# Evaluation", "" };
        var section = new List<string> { heading, "" };
        section.AddRange(body.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        section.Add("");

        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        if (start >= 0)
        {
            var end = SectionEnd(lines, start);
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, section);
        }
        else
        {
            var parentAt = parent is null ? -1 : lines.FindIndex(l => l.TrimEnd() == parent);
            var at = parentAt >= 0 ? SectionEnd(lines, parentAt) : lines.Count;
            if (at > 0 && lines[at - 1].Length > 0)
            {
                section.Insert(0, "");
            }

            lines.InsertRange(at, section);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        file.Directory?.Create();
        await File.WriteAllLinesAsync(file.FullName, lines, ct);
    }

    private static int SectionEnd(List<string> lines, int start)
    {
        var level = Level(lines[start]);
        var inCode = false;
        for (var i = start + 1; i < lines.Count; i++)
        {
            // A "## " inside a fenced code block is not a heading.
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && Level(lines[i]) is > 0 and var other && other <= level)
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static int Level(string line)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && line.Length > hashes && line[hashes] == ' ' ? hashes : 0;
    }
}
