namespace Pipeline.Worker.Evaluation.Langid;

/// <summary>Replaces one "## Heading" section of a Markdown file, leaving every other section as it was.</summary>
internal static class EvaluationDocument
{
    public static async Task ReplaceSectionAsync(FileInfo file, string heading, string body, CancellationToken ct)
    {
        var lines = file.Exists ? [.. await File.ReadAllLinesAsync(file.FullName, ct)] : new List<string> { "# Evaluation", "" };
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        var section = new List<string> { heading, "" };
        section.AddRange(body.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        section.Add("");
        if (start < 0)
        {
            if (lines.Count > 0 && lines[^1].Length > 0)
            {
                lines.Add("");
            }

            lines.AddRange(section);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            if (end < 0)
            {
                end = lines.Count;
            }

            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, section);
        }

        file.Directory?.Create();
        await File.WriteAllLinesAsync(file.FullName, lines, ct);
    }
}
