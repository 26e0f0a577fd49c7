namespace Pipeline.Analysis.Entities;

/// <summary>The files of Entities/Resources, embedded in the assembly (see the README there for sources and licences).</summary>
internal static class EntityResources
{
    private const string Prefix = "Pipeline.Analysis.Entities.Resources.";

    /// <summary>A file's text, or null when the assembly has no such file.</summary>
    public static string? Read(string file)
    {
        using var stream = typeof(EntityResources).Assembly.GetManifestResourceStream(Prefix + file);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A file's lines that are neither empty nor comments.</summary>
    public static IEnumerable<string> Lines(string file)
    {
        var text = Read(file) ?? throw new InvalidOperationException($"Embedded resource {Prefix}{file} is missing.");
        return text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#'));
    }

    /// <summary>A table's rows, split at tabs; a row may carry more columns than its reader uses.</summary>
    public static IEnumerable<string[]> Rows(string file) => Lines(file).Select(l => l.Split('\t'));
}
