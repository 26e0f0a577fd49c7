namespace Pipeline.Worker.Ingest;

/// <summary>
/// Lists the files under an inbox folder without descending into the processed and failed folders (which only
/// ever grow, and are scanned every few seconds otherwise) or dot-folders.
/// </summary>
public static class InboxScanner
{
    public static IEnumerable<string> FilesUnder(string folder, InboxOptions options)
    {
        var folders = new Stack<string>([folder]);
        while (folders.TryPop(out var current))
        {
            if (IsOwnFolder(current, options))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(current))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                if (!Path.GetFileName(sub).StartsWith('.'))
                {
                    folders.Push(sub);
                }
            }
        }
    }

    private static bool IsOwnFolder(string folder, InboxOptions options)
    {
        var asFile = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar + "x";
        return InboxFileFilter.IsUnder(asFile, options.ProcessedPath) || InboxFileFilter.IsUnder(asFile, options.FailedPath);
    }
}
