using Pipeline.Testing;

namespace Pipeline.EndToEnd;

/// <summary>Where the repository is (the folder holding Pipeline.sln above this assembly) and the executable the benchmark runs.</summary>
public sealed record RepositoryLayout(string Root)
{
#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    /// <summary>The <c>pipeline</c> executable built beside this benchmark (the project reference builds it in the same configuration).</summary>
    public string PipelineExecutable => Path.Combine(Root, "src", "Pipeline.Worker", "bin", Configuration, "net10.0", "pipeline");

    public static RepositoryLayout Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pipeline.sln")))
            {
                return new RepositoryLayout(folder.FullName);
            }
        }

        throw new InvalidOperationException($"No Pipeline.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The commit the executable was built from, marked when the work tree has changes.</summary>
    public async Task<string> CommitAsync()
    {
        try
        {
            var head = await ToolRunner.RunAsync("git", ["-C", Root, "rev-parse", "--short", "HEAD"], null, TimeSpan.FromSeconds(20));
            var status = await ToolRunner.RunAsync("git", ["-C", Root, "status", "--porcelain", "--untracked-files=no", "--", "src"], null, TimeSpan.FromSeconds(20));
            return head.ExitCode != 0 ? "?" : head.Output.Trim() + (status.Output.Trim().Length > 0 ? " + changes in src/" : "");
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
