using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Worker.Tests.Deployment;

/// <summary>
/// Reads the deployment files as the tools that use them would: YAML through Debian's PyYAML (<c>python3-yaml</c>,
/// which scripts/test.sh installs), the Dockerfile's <c>ENV</c> and <c>CMD</c>, and compose's <c>${VAR}</c> interpolation
/// from <c>.env.example</c>.
/// </summary>
internal static partial class DeploymentFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static IReadOnlyList<string> KubernetesFiles { get; } =
        [.. Directory.GetFiles(PathOf("deploy/k8s"), "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>Every YAML document in a file, as JSON.</summary>
    public static IReadOnlyList<JsonElement> LoadYaml(string path)
    {
        const string Script = "import json, sys, yaml\nprint(json.dumps(list(yaml.safe_load_all(open(sys.argv[1], encoding='utf-8')))))";
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start /usr/bin/python3");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                error.Contains("No module named 'yaml'")
                    ? "PyYAML is missing: apt-get install -y python3-yaml (scripts/test.sh installs it)"
                    : $"{Path.GetFileName(path)} does not parse as YAML:\n{error}");
        }

        return [.. JsonDocument.Parse(output.Result).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public static IReadOnlyList<JsonElement> KubernetesObjects(string kind)
        => [.. KubernetesFiles.SelectMany(LoadYaml).Where(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("kind", out var k) && k.GetString() == kind)];

    /// <summary>The values <c>.env.example</c> gives, as compose would read them from <c>.env</c>.</summary>
    public static IReadOnlyDictionary<string, string> EnvExample { get; } = File.ReadAllLines(PathOf(".env.example"))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('=', 2))
        .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    /// <summary>Compose's interpolation: <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR:?error}</c>, <c>$$</c>.</summary>
    public static string Interpolate(string text, IReadOnlyDictionary<string, string> variables)
        => Variable().Replace(text, m =>
        {
            if (m.Value == "$$")
            {
                return "$";
            }

            var name = m.Groups["name"].Value;
            if (variables.TryGetValue(name, out var value) && value.Length > 0)
            {
                return value;
            }

            return m.Groups["op"].Value == ":-"
                ? m.Groups["arg"].Value
                : throw new InvalidOperationException($"compose needs {name}, which .env.example does not set");
        });

    /// <summary>The Dockerfile's <c>ENV</c> of its last stage, which every container of the image starts with.</summary>
    public static IReadOnlyDictionary<string, string> DockerfileEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instruction in DockerfileInstructions())
        {
            if (instruction.StartsWith("FROM ", StringComparison.Ordinal))
            {
                environment.Clear();
            }
            else if (instruction.StartsWith("ENV ", StringComparison.Ordinal))
            {
                foreach (var pair in instruction[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = pair.Split('=', 2);
                    environment[parts[0]] = parts.Length > 1 ? parts[1] : "";
                }
            }
        }

        return environment;
    }

    /// <summary>The Dockerfile's instructions, continuation lines joined, comments dropped.</summary>
    public static IEnumerable<string> DockerfileInstructions()
    {
        var current = "";
        foreach (var raw in File.ReadAllLines(PathOf("deploy/Dockerfile")))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && current.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current += line[..^1].Trim() + " ";
                continue;
            }

            current += line;
            if (current.Length > 0)
            {
                yield return current;
            }

            current = "";
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pipeline.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above the test assembly");
    }

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:-|:\?|-|\?)(?<arg>[^}]*))?\}")]
    private static partial Regex Variable();
}
