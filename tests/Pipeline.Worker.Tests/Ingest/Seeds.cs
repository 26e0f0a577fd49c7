namespace Pipeline.Worker.Tests.Ingest;

internal static class Seeds
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "seeds");

    public static string File(string prefix) => Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
