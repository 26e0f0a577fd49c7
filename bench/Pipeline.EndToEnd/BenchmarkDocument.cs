namespace Pipeline.EndToEnd;

/// <summary>
/// Replaces the "## End to end" section of docs/benchmarks.md (up to the next heading of the same or a higher level,
/// headings inside fenced code not counted), or adds it at the end, leaving the other sections as they were.
/// </summary>
public static class BenchmarkDocument
{
    public static async Task ReplaceSectionAsync(string path, string heading, string body, CancellationToken cancellationToken)
    {
        var lines = File.Exists(path) ? [.. await File.ReadAllLinesAsync(path, cancellationToken)] : new List<string> { "# Benchmarks", "" };
        List<string> section = [heading, "", .. body.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')), ""];
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        if (start >= 0)
        {
            lines.RemoveRange(start, SectionEnd(lines, start) - start);
            lines.InsertRange(start, section);
        }
        else
        {
            if (lines.Count > 0 && lines[^1].Length > 0)
            {
                lines.Add("");
            }

            lines.AddRange(section);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        await File.WriteAllLinesAsync(path, lines, cancellationToken);
    }

    static int SectionEnd(List<string> lines, int start)
    {
        var level = Level(lines[start]);
        var inCode = false;
        for (var i = start + 1; i < lines.Count; i++)
        {
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

    static int Level(string line)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && line.Length > hashes && line[hashes] == ' ' ? hashes : 0;
    }
}
