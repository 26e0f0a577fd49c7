namespace Pipeline.Analysis.Tests.Figures;

/// <summary>The five seed articles under seeds/, read from the repository checkout.</summary>
internal static class Seeds
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Pipeline.sln not found above the test output"), "seeds");
    });

    public static string Read(string number) =>
        File.ReadAllText(Directory.GetFiles(Folder.Value, number + "_*.txt").Single());
}
