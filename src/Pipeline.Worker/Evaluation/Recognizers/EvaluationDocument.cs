using System.Text;

namespace Pipeline.Worker.Evaluation.Recognizers;

/// <summary>Writes one "###" subsection inside the "## Figures and claims" section of docs/evaluation.md, leaving the rest as it was.</summary>
internal static class EvaluationDocument
{
    private const string Section = "## Figures and claims";

    public static string Write(string subsection, string body, DirectoryInfo? start = null)
    {
        var root = FindRoot(start ?? new DirectoryInfo(Directory.GetCurrentDirectory()));
        var path = Path.Combine(root, "docs", "evaluation.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Evaluation\n";
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();

        var sectionAt = lines.FindIndex(l => l.Trim() == Section);
        if (sectionAt < 0)
        {
            if (lines.Count > 0 && lines[^1].Length > 0)
            {
                lines.Add("");
            }

            lines.Add(Section);
            lines.Add("");
            sectionAt = lines.Count - 2;
        }

        var sectionEnd = lines.FindIndex(sectionAt + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        if (sectionEnd < 0)
        {
            sectionEnd = lines.Count;
        }

        var heading = "### " + subsection;
        var subAt = lines.FindIndex(sectionAt, sectionEnd - sectionAt, l => l.Trim() == heading);
        var replacement = new List<string> { heading, "" };
        replacement.AddRange(body.TrimEnd().Split('\n'));
        replacement.Add("");
        if (subAt < 0)
        {
            lines.InsertRange(sectionEnd, replacement);
        }
        else
        {
            var subEnd = lines.FindIndex(subAt + 1, l => l.StartsWith("### ", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal));
            if (subEnd < 0)
            {
                subEnd = lines.Count;
            }

            lines.RemoveRange(subAt, subEnd - subAt);
            lines.InsertRange(subAt, replacement);
        }

        var result = new StringBuilder(string.Join('\n', lines).TrimEnd()).Append('\n').ToString();
        File.WriteAllText(path, result);
        return path;
    }

    private static string FindRoot(DirectoryInfo start)
    {
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        return start.FullName;
    }
}
