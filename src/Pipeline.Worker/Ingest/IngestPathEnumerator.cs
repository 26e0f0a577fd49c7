namespace Pipeline.Worker.Ingest;

/// <summary>
/// Expands the paths given to <c>pipeline ingest</c>. A path given by name is taken as given, a symbolic link
/// followed (the user chose it; an unsupported file is then rejected with a reason, which tells the user more than
/// silence). A folder is walked for supported files without following links: a link or a named pipe met inside it
/// is skipped with a reason, so that a folder can never lead the command out of itself. Temporary names and
/// dot-folders are left out. Names are relative to the given folder, so <c>ingest seeds/</c> gives the same article
/// ids as dropping the seeds in the inbox. Sorted, without duplicates; reads nothing.
/// </summary>
public static class IngestPathEnumerator
{
    public static IngestPlan Enumerate(IEnumerable<string> paths)
    {
        var files = new List<IngestFile>();
        var skipped = new List<(string, string)>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            switch (EntryStatus.OfTarget(full).Kind)
            {
                case EntryKind.Folder:
                    var found = new List<IngestFile>();
                    foreach (var entry in FolderWalk.Entries(full, enterMounts: true))
                    {
                        var relative = Path.GetRelativePath(full, entry.Path).Replace('\\', '/');
                        if (!InboxFileFilter.IsCandidateName(entry.Path))
                        {
                            continue;
                        }

                        if (entry.Status.Kind == EntryKind.RegularFile && ArticleFormats.IsSupported(entry.Path))
                        {
                            found.Add(new IngestFile(entry.Path, relative));
                        }
                        else if (entry.Status.Kind is EntryKind.SymbolicLink or EntryKind.Special && seen.Add(entry.Path))
                        {
                            skipped.Add((relative, $"{entry.Status.Description}, not followed inside a folder (give its path to take it)"));
                        }
                    }

                    foreach (var file in found.OrderBy(f => f.RelativeName, StringComparer.Ordinal))
                    {
                        Add(file);
                    }

                    break;
                case EntryKind.Missing:
                    missing.Add(path);
                    break;
                default:
                    Add(new IngestFile(full, Path.GetFileName(full), FollowLink: true));
                    break;
            }
        }

        return new IngestPlan(files, missing) { Skipped = skipped };

        void Add(IngestFile file)
        {
            if (seen.Add(file.FullPath))
            {
                files.Add(file);
            }
        }
    }
}
