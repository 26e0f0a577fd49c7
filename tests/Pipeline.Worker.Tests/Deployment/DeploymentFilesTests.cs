using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Worker.Tests.Deployment;

/// <summary>No Docker engine or cluster runs here: these check what can be checked of the deployment files themselves.</summary>
public sealed class DeploymentFilesTests
{
    public static TheoryData<string> YamlFiles => new(["docker-compose.yml", .. DeploymentFiles.KubernetesFiles.Select(f => Path.GetRelativePath(DeploymentFiles.Root, f))]);

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_yaml_file_parses(string file)
        => Assert.NotEmpty(DeploymentFiles.LoadYaml(DeploymentFiles.PathOf(file)));

    [Theory]
    [InlineData("deploy/rabbitmq/definitions.json")]
    [InlineData("deploy/grafana/pipeline-dashboard.json")]
    public void Every_json_file_parses(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DeploymentFiles.PathOf(file)));
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void Every_image_is_pinned_to_a_version_tag()
    {
        var images = new List<string>();
        images.AddRange(Compose().GetProperty("services").EnumerateObject().Select(s => s.Value.GetProperty("image").GetString()!));
        images.AddRange(DeploymentFiles.KubernetesObjects("Deployment").SelectMany(Containers).Select(c => c.GetProperty("image").GetString()!));
        images.AddRange(DeploymentFiles.DockerfileInstructions().Where(i => i.StartsWith("FROM ", StringComparison.Ordinal)).Select(i => i.Split(' ')[1]));

        Assert.True(images.Count >= 10, $"only {images.Count} images found");
        Assert.All(images, image =>
        {
            var name = image.Split('@')[0];
            var slash = name.LastIndexOf('/');
            var colon = name.LastIndexOf(':');
            Assert.True(colon > slash, $"{image} has no tag");
            var tag = name[(colon + 1)..];
            Assert.NotEqual("latest", tag);
            Assert.Matches(@"^v?\d+\.\d+(\.\d+)?", tag);
        });
    }

    [Fact]
    public void The_image_runs_pipeline_as_a_non_root_user_with_the_native_library_and_settings_it_needs()
    {
        var instructions = DeploymentFiles.DockerfileInstructions().ToList();
        Assert.Equal(2, instructions.Count(i => i.StartsWith("FROM ", StringComparison.Ordinal)));
        var user = instructions.Last(i => i.StartsWith("USER ", StringComparison.Ordinal))[5..].Trim();
        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user);
        Assert.Contains(instructions, i => i.StartsWith("RUN ", StringComparison.Ordinal) && i.Contains("apt-get install") && i.Contains("libcld2-0"));
        Assert.Contains("ENTRYPOINT [\"pipeline\"]", instructions);
        var environment = DeploymentFiles.DockerfileEnvironment();
        Assert.Equal("false", environment["MASSTRANSIT_USAGE_TELEMETRY"]);
        Assert.Equal("268435456", environment["MALLOC_TRIM_THRESHOLD_"]);
    }

    [Fact]
    public void Compose_binds_published_ports_to_loopback_and_takes_every_credential_from_the_env_file()
    {
        var compose = Compose();
        foreach (var service in compose.GetProperty("services").EnumerateObject())
        {
            if (service.Value.TryGetProperty("ports", out var ports))
            {
                Assert.All(ports.EnumerateArray(), p => Assert.StartsWith("127.0.0.1:", p.GetString()));
            }
        }

        var text = File.ReadAllText(DeploymentFiles.PathOf("docker-compose.yml"));
        foreach (Match variable in Regex.Matches(text, @"\$\{(?<name>\w+)(?<op>:\?|:-)?"))
        {
            var name = variable.Groups["name"].Value;
            Assert.True(DeploymentFiles.EnvExample.ContainsKey(name), $".env.example does not set {name}");
            if (name.Contains("PASSWORD", StringComparison.Ordinal))
            {
                Assert.Equal(":?", variable.Groups["op"].Value);
            }
        }

        foreach (var file in new[] { "docker-compose.yml", "deploy/rabbitmq/definitions.json", "deploy/rabbitmq/rabbitmq.conf", ".env.example" })
        {
            // Comments may say there is none; no setting may name it.
            var settings = File.ReadAllLines(DeploymentFiles.PathOf(file)).Select(l => l.Split(" #")[0].Trim()).Where(l => !l.StartsWith('#'));
            Assert.DoesNotContain(settings, l => l.Contains("guest", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(".env", File.ReadAllLines(DeploymentFiles.PathOf(".gitignore")));
        Assert.False(File.Exists(DeploymentFiles.PathOf(".env")) && IsTracked(".env"), ".env must not be committed");
    }

    [Fact]
    public void Compose_runs_one_service_per_role_and_only_the_watcher_mounts_the_inbox()
    {
        var services = Compose().GetProperty("services");
        foreach (var role in new[] { "watcher", "language", "duplicates", "extraction", "sink" })
        {
            var service = services.GetProperty(role);
            Assert.Equal(role, service.GetProperty("environment").GetProperty("PIPELINE__ROLES").GetString());
            Assert.Equal(role == "watcher", service.TryGetProperty("volumes", out _));
            Assert.Equal(role is "duplicates" or "sink", service.GetProperty("environment").TryGetProperty("PIPELINE__STORE", out _));
            Assert.False(service.TryGetProperty("container_name", out _), $"{role} must stay scalable with --scale");
            Assert.True(service.TryGetProperty("healthcheck", out _));
        }

        Assert.Contains("rabbitmq-diagnostics", services.GetProperty("rabbitmq").GetProperty("healthcheck").GetRawText());
        Assert.Contains("pg_isready", services.GetProperty("postgres").GetProperty("healthcheck").GetRawText());
    }

    [Fact]
    public void Every_kubernetes_role_probes_its_health_endpoints_on_the_port_the_worker_listens_on()
    {
        var config = DeploymentFiles.KubernetesObjects("ConfigMap").Single().GetProperty("data");
        var port = int.Parse(config.GetProperty("PIPELINE__HTTP__PORT").GetString()!);
        var deployments = DeploymentFiles.KubernetesObjects("Deployment");
        Assert.Equal(
            ["duplicates", "extraction", "language", "sink", "watcher"],
            deployments.Select(d => d.GetProperty("metadata").GetProperty("name").GetString()!["pipeline-".Length..]).Order());
        foreach (var deployment in deployments)
        {
            var container = Assert.Single(Containers(deployment));
            var http = container.GetProperty("ports").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "http");
            Assert.Equal(port, http.GetProperty("containerPort").GetInt32());
            Assert.Equal("/health/ready", container.GetProperty("readinessProbe").GetProperty("httpGet").GetProperty("path").GetString());
            Assert.Equal("/health/live", container.GetProperty("livenessProbe").GetProperty("httpGet").GetProperty("path").GetString());
            Assert.True(deployment.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("securityContext").GetProperty("runAsNonRoot").GetBoolean());
        }

        var watcher = deployments.Single(d => d.GetProperty("metadata").GetProperty("name").GetString() == "pipeline-watcher");
        Assert.Equal(1, watcher.GetProperty("spec").GetProperty("replicas").GetInt32());
        var claim = watcher.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("volumes").EnumerateArray()
            .Single(v => v.TryGetProperty("persistentVolumeClaim", out _)).GetProperty("persistentVolumeClaim").GetProperty("claimName").GetString();
        Assert.Contains(DeploymentFiles.KubernetesObjects("PersistentVolumeClaim"), p => p.GetProperty("metadata").GetProperty("name").GetString() == claim);
    }

    private static JsonElement Compose() => Assert.Single(DeploymentFiles.LoadYaml(DeploymentFiles.PathOf("docker-compose.yml")));

    internal static IEnumerable<JsonElement> Containers(JsonElement deployment)
        => deployment.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers").EnumerateArray();

    private static bool IsTracked(string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", ["ls-files", "--error-unmatch", file])
        {
            WorkingDirectory = DeploymentFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        return git.ExitCode == 0;
    }
}
