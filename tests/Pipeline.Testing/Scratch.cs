namespace Pipeline.Testing;

/// <summary>
/// Where fixtures keep their data folders, and the mark that lets <c>scripts/test.sh</c> find what they started.
/// </summary>
public static class Scratch
{
    /// <summary>
    /// Set by <c>scripts/test.sh</c> to a folder it deletes afterwards; fixtures put their folders under it and set
    /// <see cref="OwnerVariable"/> on every process they start, so the script can stop a server a crashed test host left.
    /// </summary>
    public const string RootVariable = "PIPELINE_TEST_TMP";

    /// <summary>Environment variable carried by every process a fixture starts; its value is <see cref="Root"/>.</summary>
    public const string OwnerVariable = "PIPELINE_TEST_OWNER";

    /// <summary>The folder under which fixtures create theirs.</summary>
    public static string Root { get; } = ResolveRoot();

    /// <summary>Creates a new, empty folder under <see cref="Root"/> whose name starts with <paramref name="prefix"/>.</summary>
    public static string CreateFolder(string prefix)
    {
        var path = Path.Combine(Root, $"{prefix}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a folder a fixture created, tolerating files a dying server still writes.</summary>
    public static async Task DeleteFolderAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    static string ResolveRoot()
    {
        var configured = Environment.GetEnvironmentVariable(RootVariable);
        var root = string.IsNullOrWhiteSpace(configured) ? Path.GetTempPath() : configured;
        Directory.CreateDirectory(root);
        return Path.GetFullPath(root);
    }
}
