namespace Pipeline.Worker.Ingest;

/// <summary>
/// Expands the paths given to <c>pipeline ingest</c>: a file is taken as given (an unsupported one is then rejected
/// with a reason, which tells the user more than silence); a folder is searched recursively for supported files,
/// skipping temporary names and dot-folders. Names are relative to the given folder, so <c>ingest seeds/</c> gives
/// the same article ids as dropping the seeds in the inbox. Sorted, without duplicates; reads nothing.
/// </summary>
public static class IngestPathEnumerator
{
    public static IngestPlan Enumerate(IEnumerable<string> paths)
    {
        var files = new List<IngestFile>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                Add(new IngestFile(full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in FilesUnder(full))
                {
                    Add(file);
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return new IngestPlan(files, missing);

        void Add(IngestFile file)
        {
            if (seen.Add(file.FullPath))
            {
                files.Add(file);
            }
        }
    }

    private static IEnumerable<IngestFile> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(f => new IngestFile(f, Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .Where(f => ArticleFormats.IsSupported(f.FullPath) && InboxFileFilter.IsCandidateName(f.FullPath))
            .Where(f => !f.RelativeName.Split('/')[..^1].Any(d => d.StartsWith('.')))
            .OrderBy(f => f.RelativeName, StringComparer.Ordinal);
}
