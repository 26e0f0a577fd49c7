using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Pipeline.Testing;
using Pipeline.Worker.Tests.Ingest;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Deployment;

/// <summary>
/// Starts the real <c>pipeline</c> executable once per role with exactly the environment a container gets from the
/// image (its <c>ENV</c>), and the compose file or the Kubernetes manifests, and the command they run; only the
/// addresses change: the broker becomes a virtual host on the test node, <c>/srv/...</c> paths a temporary folder,
/// the PostgreSQL store a SQLite file (this build has no PostgreSQL store yet), port 8080 a free port. Each must
/// become ready on its <c>/health/ready</c>.
/// </summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class WorkerEnvironmentTests(RabbitMqNode node, ITestOutputHelper output)
{
    private static readonly string[] Roles = ["watcher", "language", "duplicates", "extraction", "sink"];

    [Fact]
    public async Task Each_compose_worker_becomes_ready_with_the_environment_compose_gives_it()
    {
        var services = Assert.Single(DeploymentFiles.LoadYaml(DeploymentFiles.PathOf("docker-compose.yml"))).GetProperty("services");
        var workers = Roles.ToDictionary(role => role, role =>
        {
            var service = services.GetProperty(role);
            var environment = service.GetProperty("environment").EnumerateObject()
                .ToDictionary(v => v.Name, v => DeploymentFiles.Interpolate(Scalar(v.Value), DeploymentFiles.EnvExample));
            var command = service.TryGetProperty("command", out var c) ? c.EnumerateArray().Select(a => a.GetString()!).ToList() : null;
            return (environment, command);
        });
        await StartAllAsync(workers);
    }

    [Fact]
    public async Task Each_kubernetes_role_becomes_ready_with_the_environment_its_manifest_gives_it()
    {
        var configMaps = DeploymentFiles.KubernetesObjects("ConfigMap").ToDictionary(Name, m => Values(m, "data"));
        var secrets = DeploymentFiles.KubernetesFiles.Select(f => (File: f, Docs: DeploymentFiles.LoadYaml(f)))
            .SelectMany(f => f.Docs)
            .Concat(DeploymentFiles.LoadYaml(DeploymentFiles.PathOf("deploy/k8s/secret.example.yaml")))
            .Where(d => d.GetProperty("kind").GetString() == "Secret")
            .DistinctBy(Name)
            .ToDictionary(Name, s => Values(s, "stringData"));
        var workers = DeploymentFiles.KubernetesObjects("Deployment").ToDictionary(d => Name(d)["pipeline-".Length..], deployment =>
        {
            var container = Assert.Single(DeploymentFilesTests.Containers(deployment));
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in container.GetProperty("envFrom").EnumerateArray())
            {
                var values = source.TryGetProperty("configMapRef", out var map)
                    ? configMaps[map.GetProperty("name").GetString()!]
                    : secrets[source.GetProperty("secretRef").GetProperty("name").GetString()!];
                foreach (var (name, value) in values)
                {
                    environment[name] = value;
                }
            }

            foreach (var variable in container.GetProperty("env").EnumerateArray())
            {
                environment[variable.GetProperty("name").GetString()!] = variable.GetProperty("value").GetString()!;
            }

            var command = container.TryGetProperty("args", out var args) ? args.EnumerateArray().Select(a => a.GetString()!).ToList() : null;
            return (environment, command);
        });
        Assert.Equal(Roles.Order(), workers.Keys.Order());
        await StartAllAsync(workers);
    }

    private async Task StartAllAsync(Dictionary<string, (Dictionary<string, string> Environment, List<string>? Command)> workers)
    {
        var vhost = await node.CreateVirtualHostAsync();
        using var folder = new TempFolder();
        var image = DeploymentFiles.DockerfileEnvironment();
        var imageCommand = ImageCommand();
        var started = new List<Worker>();
        try
        {
            foreach (var (role, (given, command)) in workers)
            {
                Assert.Equal(role, given["PIPELINE__ROLES"]);
                var environment = new Dictionary<string, string>(image, StringComparer.Ordinal);
                foreach (var (name, value) in given)
                {
                    environment[name] = value;
                }

                var port = FreePorts.Next();
                var local = Localize(environment, vhost, Path.Combine(folder.Path, role), port);
                started.Add(Worker.Start(role, command ?? imageCommand, local, port, Path.Combine(folder.Path, role)));
            }

            await Task.WhenAll(started.Select(w => w.WaitUntilReadyAsync(TimeSpan.FromSeconds(120))));
            foreach (var worker in started)
            {
                output.WriteLine($"{worker.Role}: ready; {worker.Ready}");

                // Logging__Json=true: the worker's log lines are JSON for the log shipper.
                var line = worker.FirstLogLine();
                Assert.True(line is null || line.StartsWith('{'), $"{worker.Role} logged a non-JSON line: {line}");
            }
        }
        finally
        {
            foreach (var worker in started)
            {
                worker.Dispose();
            }
        }
    }

    /// <summary>The values a container would reach other services with, pointed at what this test runs instead.</summary>
    private static Dictionary<string, string> Localize(Dictionary<string, string> environment, Uri vhost, string folder, int port)
    {
        var local = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in environment)
        {
            local[name] = name switch
            {
                "PIPELINE__RABBITMQURI" => Replace(value, "amqp://", vhost.ToString()),
                "PIPELINE__STORE" when value.StartsWith("postgres://", StringComparison.Ordinal) => Path.Combine(folder, "data", "pipeline.db"),
                "PIPELINE__HTTP__PORT" => Replace(value, "8080", port.ToString()),
                _ when value.StartsWith("/srv/", StringComparison.Ordinal) => Path.Combine(folder, value["/srv/".Length..]),
                _ => value,
            };
        }

        Assert.Equal("rabbitmq", local["PIPELINE__TRANSPORT"]);
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        Directory.CreateDirectory(Path.Combine(folder, "inbox"));
        return local;
    }

    private static string Replace(string value, string expectedStart, string replacement)
    {
        Assert.StartsWith(expectedStart, value);
        return replacement;
    }

    private static List<string> ImageCommand()
    {
        var cmd = DeploymentFiles.DockerfileInstructions().Last(i => i.StartsWith("CMD ", StringComparison.Ordinal))[4..];
        return [.. JsonSerializer.Deserialize<string[]>(cmd)!];
    }

    private static string Name(JsonElement resource) => resource.GetProperty("metadata").GetProperty("name").GetString()!;

    private static Dictionary<string, string> Values(JsonElement resource, string property)
        => resource.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => Scalar(p.Value));

    private static string Scalar(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>One <c>pipeline</c> process with a clean environment: the given variables plus what the .NET host itself needs.</summary>
    private sealed class Worker : IDisposable
    {
        private readonly Process process;
        private readonly HttpClient http;
        private readonly List<string> log = [];

        private Worker(string role, Process process, int port)
        {
            Role = role;
            this.process = process;
            http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        }

        public string Role { get; }

        public string Ready { get; private set; } = "";

        public static Worker Start(string role, IReadOnlyList<string> command, Dictionary<string, string> environment, int port, string workingDirectory)
        {
            var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
            var start = new ProcessStartInfo(dotnet)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pipeline.dll"));
            foreach (var argument in command)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment.Clear();
            foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT", Scratch.OwnerVariable })
            {
                if (Environment.GetEnvironmentVariable(name) is { } value)
                {
                    start.Environment[name] = value;
                }
            }

            start.Environment[Scratch.OwnerVariable] = Scratch.Root;
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            Directory.CreateDirectory(workingDirectory);
            var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start pipeline");
            var worker = new Worker(role, process, port);
            process.OutputDataReceived += (_, e) => worker.Keep(e.Data);
            process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return worker;
        }

        public async Task WaitUntilReadyAsync(TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            var last = "no answer";
            while (DateTime.UtcNow < deadline)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{Role} exited with code {process.ExitCode}:\n{Log()}");
                }

                try
                {
                    using var response = await http.GetAsync("health/ready");
                    last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Ready = last;
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"{Role} was not ready within {timeout} (last: {last}):\n{Log()}");
        }

        public string? FirstLogLine()
        {
            lock (log)
            {
                return log.FirstOrDefault();
            }
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }
            }
            finally
            {
                process.Dispose();
                http.Dispose();
            }
        }

        private void Keep(string? line)
        {
            if (line is not null)
            {
                lock (log)
                {
                    log.Add(line);
                }
            }
        }

        private string Log()
        {
            lock (log)
            {
                return string.Join('\n', log.TakeLast(40));
            }
        }
    }
}
