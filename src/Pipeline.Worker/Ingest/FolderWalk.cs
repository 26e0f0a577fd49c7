namespace Pipeline.Worker.Ingest;

/// <summary>
/// Walks a folder tree without ever following a symbolic link: every name is read as itself, so a link (to a file
/// or a folder) is reported as a link and nothing it points to is listed. Dot-names are left out, and so are the
/// folders <c>skip</c> names. A folder on another file system (a mount point) is reported but not entered unless
/// <c>enterMounts</c>, since a bind mount can bring any folder of the machine inside the tree.
/// </summary>
public static class FolderWalk
{
    /// <summary>One name met on the walk.</summary>
    /// <param name="Mounted">A folder on another file system than the root, which the walk did not enter.</param>
    public readonly record struct Entry(string Path, EntryStatus Status, bool Mounted);

    /// <exception cref="IOException">The root itself cannot be listed (a folder below it that cannot be is skipped).</exception>
    public static IEnumerable<Entry> Entries(string root, Func<string, bool>? skip = null, bool enterMounts = false)
    {
        var rootDevice = EntryStatus.OfTarget(root).Device;
        var folders = new Stack<string>([root]);
        while (folders.TryPop(out var folder))
        {
            string[] names;
            try
            {
                names = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception e) when (folder != root && e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(names, StringComparer.Ordinal);
            var below = new List<string>();
            foreach (var path in names)
            {
                if (Path.GetFileName(path).StartsWith('.'))
                {
                    continue;
                }

                var status = EntryStatus.Of(path);
                if (status.Kind == EntryKind.Folder && skip?.Invoke(path) == true)
                {
                    continue;
                }

                var mounted = status.Kind == EntryKind.Folder && !enterMounts && status.Device != rootDevice;
                yield return new Entry(path, status, mounted);
                if (status.Kind == EntryKind.Folder && !mounted)
                {
                    below.Add(path);
                }
            }

            // Pushed in reverse so that folders are walked in name order.
            for (var i = below.Count - 1; i >= 0; i--)
            {
                folders.Push(below[i]);
            }
        }
    }
}
