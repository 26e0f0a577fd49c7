namespace Pipeline.Analysis.Tests.Entities;

/// <summary>The five seed articles of the repository (seeds/*.txt), read from the working tree.</summary>
internal static class SeedArticles
{
    public static string Read(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new DirectoryNotFoundException("No seeds/ folder above " + AppContext.BaseDirectory);
        }

        return File.ReadAllText(Directory.GetFiles(Path.Combine(dir.FullName, "seeds"), prefix + "*.txt").Single());
    }
}
