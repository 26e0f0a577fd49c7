namespace Pipeline.Worker.Ingest;

/// <summary>
/// Which names in the inbox are articles to take: not temporary or partial downloads (<c>.part</c>, <c>.tmp</c>,
/// <c>.crdownload</c>, <c>~$</c> office locks, <c>*~</c> editor backups), not dot-files, and nothing under our own
/// processed and failed folders or a dot-folder.
/// </summary>
public static class InboxFileFilter
{
    private static readonly string[] PartialExtensions = [".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp"];

    public static bool IsCandidateName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.Length > 0
            && !name.StartsWith('.')
            && !name.StartsWith("~$", StringComparison.Ordinal)
            && !name.EndsWith('~')
            && !PartialExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when <paramref name="fullPath"/> is an inbox file to ingest (any extension: unsupported ones are rejected with a reason).</summary>
    public static bool IsCandidate(string fullPath, InboxOptions options)
    {
        if (!IsCandidateName(fullPath) || IsUnder(fullPath, options.ProcessedPath) || IsUnder(fullPath, options.FailedPath))
        {
            return false;
        }

        var relative = Path.GetRelativePath(options.InboxPath, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        var folders = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !folders[..^1].Any(f => f.StartsWith('.'));
    }

    public static bool IsUnder(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }
}
