namespace Pipeline.Worker.Ingest;

/// <summary>
/// The inbox (and the processed and failed folders) as a boundary: a name is inside only when every folder between
/// the root and it is a real folder, not a link, so that a move or a read can never reach through a link that
/// appeared after the scan.
/// </summary>
public static class InboxBoundary
{
    /// <summary>True when <paramref name="path"/> lies under <paramref name="root"/> through real folders only.</summary>
    public static bool IsInside(string root, string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (folder is null)
        {
            return false;
        }

        var relative = Path.GetRelativePath(root, folder);
        if (relative == ".")
        {
            return true;
        }

        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        var current = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            if (EntryStatus.Of(current).Kind != EntryKind.Folder)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Creates the folders from <paramref name="root"/> down to <paramref name="folder"/>, refusing one that is a link or a file.</summary>
    /// <exception cref="IOException">A name on the way is not a real folder.</exception>
    public static void CreateFolders(string root, string folder)
    {
        Directory.CreateDirectory(root);
        var relative = Path.GetRelativePath(root, folder);
        if (relative == ".")
        {
            return;
        }

        var current = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            var status = EntryStatus.Of(current);
            if (status.Kind == EntryKind.Missing)
            {
                Directory.CreateDirectory(current);
            }
            else if (status.Kind != EntryKind.Folder)
            {
                throw new IOException($"{current} is {status.Description}, not a folder: nothing is moved through it");
            }
        }
    }
}
