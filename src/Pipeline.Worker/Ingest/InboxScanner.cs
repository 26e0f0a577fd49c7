namespace Pipeline.Worker.Ingest;

/// <summary>
/// Lists what is under an inbox folder, links and all, without following links or entering a mount point, and
/// without descending into the processed and failed folders (which only ever grow, and are scanned every few seconds
/// otherwise) or dot-folders.
/// </summary>
public static class InboxScanner
{
    public static IEnumerable<FolderWalk.Entry> EntriesUnder(string folder, InboxOptions options) =>
        FolderWalk.Entries(folder, sub => IsOwnFolder(sub, options));

    /// <summary>The regular files under <paramref name="folder"/>.</summary>
    public static IEnumerable<string> FilesUnder(string folder, InboxOptions options) =>
        EntriesUnder(folder, options).Where(e => e.Status.Kind == EntryKind.RegularFile).Select(e => e.Path);

    private static bool IsOwnFolder(string folder, InboxOptions options)
    {
        var asFile = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar + "x";
        return InboxFileFilter.IsUnder(asFile, options.ProcessedPath) || InboxFileFilter.IsUnder(asFile, options.FailedPath);
    }
}
