using System.Reflection;

namespace Pipeline.Analysis.Text;

/// <summary>
/// Reads the per-language data files: "[section]" headers, then one entry a line, "phrase" or "phrase = value";
/// '#' starts a comment. Kept deliberately simple so a linguist can add a language without touching code.
/// </summary>
internal sealed class LexiconFile
{
    private readonly Dictionary<string, List<(string Phrase, string? Value)>> sections = new(StringComparer.OrdinalIgnoreCase);

    public static LexiconFile? Load(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static LexiconFile Parse(string content)
    {
        var file = new LexiconFile();
        var current = file.Section("");
        foreach (var raw in content.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = file.Section(line[1..^1].Trim());
                continue;
            }

            var eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0)
            {
                current.Add((line, null));
            }
            else
            {
                current.Add((line[..eq].Trim(), line[(eq + 3)..].Trim()));
            }
        }

        return file;
    }

    private List<(string Phrase, string? Value)> Section(string name)
    {
        if (!sections.TryGetValue(name, out var list))
        {
            list = [];
            sections[name] = list;
        }

        return list;
    }

    /// <summary>Adds an entry to a section, as if the file held it there before its own entries.</summary>
    public void Prepend(string section, string phrase, string? value) => Section(section).Insert(0, (phrase, value));

    public IReadOnlyList<(string Phrase, string? Value)> this[string section] =>
        sections.TryGetValue(section, out var list) ? list : [];

    public string? Setting(string name)
    {
        foreach (var (phrase, value) in this["settings"])
        {
            if (string.Equals(phrase, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
