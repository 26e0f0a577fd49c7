namespace Pipeline.Analysis.Tests.Duplicates;

/// <summary>Reads the repository's seed articles (seeds/NNN_*.txt).</summary>
internal static class Seeds
{
    public static string Read(string number)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        var seeds = Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Pipeline.sln not found above the test binaries."), "seeds");
        return File.ReadAllText(Directory.GetFiles(seeds, number + "_*.txt").Single());
    }
}
