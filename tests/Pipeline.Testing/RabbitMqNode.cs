using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DotNet.Testcontainers.Builders;
using Testcontainers.RabbitMq;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pipeline.Testing;

/// <summary>
/// A private RabbitMQ node for one test assembly: its own data folder, Erlang cookie, node name and epmd, listening on
/// free loopback ports only, with the management and Prometheus plugins. Share it through an xunit collection fixture
/// (<see cref="CollectionName"/>) so it starts once, and give each test its own virtual host
/// (<see cref="CreateVirtualHostAsync"/>): a queue left bound to a message type's exchange keeps receiving copies.
/// </summary>
/// <remarks>
/// Where a Docker engine answers, the node is a Testcontainers container of <see cref="ContainerImage"/> (the image
/// <c>docker-compose.yml</c> runs); where none does (CI here), it runs Debian's <c>/usr/lib/rabbitmq/bin</c> scripts
/// directly (the <c>/usr/sbin</c> wrappers switch to the system node's user and folder). <see cref="BackendChoice"/>
/// decides; <see cref="Backend"/> says which ran. Tests see the same node either way.
/// </remarks>
public sealed class RabbitMqNode : IAsyncLifetime
{
    /// <summary>Name of the xunit collection that shares one node; declare it in each test assembly.</summary>
    public const string CollectionName = "RabbitMQ node";

    /// <summary>The image of the container backend: the one <c>docker-compose.yml</c> runs.</summary>
    public const string ContainerImage = "rabbitmq:3.13.7-management";

    /// <summary>The user every node has; the private node accepts it from loopback only, which is all it listens on.</summary>
    public const string UserName = "guest";

    /// <summary>Password of <see cref="UserName"/>.</summary>
    public const string Password = "guest";

    const string BinFolder = "/usr/lib/rabbitmq/bin";
    static readonly string ServerScript = Path.Combine(BinFolder, "rabbitmq-server");
    static readonly string CtlScript = Path.Combine(BinFolder, "rabbitmqctl");

    readonly Dictionary<string, string> _environment = [];
    readonly IMessageSink? _diagnostics;
    Process? _server;
    RabbitMqContainer? _container;
    HttpClient? _management;

    /// <summary>Creates the fixture; nothing starts before <see cref="StartAsync"/>.</summary>
    /// <param name="diagnostics">Where xunit shows diagnostic messages (start and stop times) when enabled.</param>
    public RabbitMqNode(IMessageSink? diagnostics = null) => _diagnostics = diagnostics;

    /// <summary>Erlang node name: unique per run for the private node, the container's own otherwise.</summary>
    public string NodeName { get; private set; } = $"pipeline-test-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}@localhost";

    /// <summary>Which backend runs the node, once started.</summary>
    public FixtureBackend Backend { get; private set; }

    /// <summary>Where the node's ports are reached: 127.0.0.1 for the private node, the Docker host for a container.</summary>
    public string Host { get; private set; } = "127.0.0.1";

    /// <summary>The node's folder (data, logs, cookie) for the private node; deleted on dispose.</summary>
    public string Folder { get; private set; } = "";

    /// <summary>AMQP 0-9-1 port on 127.0.0.1.</summary>
    public int AmqpPort { get; private set; }

    /// <summary>Management HTTP API port on 127.0.0.1.</summary>
    public int ManagementPort { get; private set; }

    /// <summary>Prometheus metrics port on 127.0.0.1.</summary>
    public int PrometheusPort { get; private set; }

    /// <summary>Port of this node's own epmd (so stopping it cannot disturb another node on the machine).</summary>
    public int EpmdPort { get; private set; }

    /// <summary>The default virtual host: <c>amqp://guest:guest@127.0.0.1:port/</c>.</summary>
    public Uri AmqpUri => AmqpUriFor("/");

    /// <summary>Base address of the management HTTP API (<c>http://127.0.0.1:port/</c>; the API lives under <c>api/</c>).</summary>
    public Uri ManagementUri => new($"http://{Host}:{ManagementPort}/");

    /// <summary>The Prometheus scrape address (<c>http://127.0.0.1:port/metrics</c>).</summary>
    public Uri PrometheusUri => new($"http://{Host}:{PrometheusPort}/metrics");

    /// <summary>How long the node took to start, until the management API answered.</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <summary>How long the last stop took.</summary>
    public TimeSpan StopDuration { get; private set; }

    /// <summary>Whether the RabbitMQ server scripts are installed where the fixture looks for them.</summary>
    public static bool IsInstalled => File.Exists(ServerScript) && File.Exists(CtlScript);

    /// <summary>A management API client authenticated as <see cref="UserName"/>.</summary>
    public HttpClient Management => _management ?? throw new InvalidOperationException("The RabbitMQ node is not started.");

    /// <summary>The AMQP URI of a virtual host on this node.</summary>
    public Uri AmqpUriFor(string virtualHost) =>
        new($"amqp://{UserName}:{Password}@{Host}:{AmqpPort}/{(virtualHost == "/" ? "" : Uri.EscapeDataString(virtualHost))}");

    async Task IAsyncLifetime.InitializeAsync() => await StartAsync();

    async Task IAsyncLifetime.DisposeAsync() => await StopAsync();

    /// <summary>
    /// The container backend, built but not started: <see cref="ContainerImage"/> with the management and Prometheus
    /// plugins, <see cref="UserName"/> allowed from outside the container. Throws
    /// <see cref="DotNet.Testcontainers.Builders.DockerUnavailableException"/> where no Docker engine answers.
    /// </summary>
    public static RabbitMqContainer BuildContainer() =>
        new RabbitMqBuilder(ContainerImage)
            .WithUsername(UserName)
            .WithPassword(Password)
            .WithResourceMapping(Encoding.ASCII.GetBytes("[rabbitmq_management,rabbitmq_prometheus].\n"), FilePath.Of("/etc/rabbitmq/enabled_plugins"))
            .WithResourceMapping(Encoding.ASCII.GetBytes("loopback_users = none\ncollect_statistics_interval = 1000\n"), FilePath.Of("/etc/rabbitmq/conf.d/90-pipeline-tests.conf"))
            .WithPortBinding(15672, true)
            .WithPortBinding(15692, true)
            .Build();

    /// <summary>Starts the node and waits until it and its management API answer (about 11 s here for the private node).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not null || _container is not null)
        {
            throw new InvalidOperationException("The RabbitMQ node is already started.");
        }

        var clock = Stopwatch.StartNew();
        Backend = await BackendChoice.Shared.ChooseAsync("RabbitMQ", StartContainerAsync, Diagnose, cancellationToken);
        if (Backend == FixtureBackend.PrivateServer)
        {
            await StartPrivateNodeAsync(cancellationToken);
        }

        StartDuration = clock.Elapsed;
        Diagnose($"RabbitMQ node {NodeName} ({Backend}) started in {StartDuration.TotalSeconds:0.0} s, AMQP {AmqpUri}");
    }

    async Task StartContainerAsync(CancellationToken cancellationToken)
    {
        var container = BuildContainer();
        try
        {
            await container.StartAsync(cancellationToken);
            _container = container;
            Host = container.Hostname;
            AmqpPort = container.GetMappedPublicPort(5672);
            ManagementPort = container.GetMappedPublicPort(15672);
            PrometheusPort = container.GetMappedPublicPort(15692);
            _management = CreateManagementClient();
            await WaitForManagementAsync(cancellationToken);
            using var overview = await GetJsonAsync("api/overview", cancellationToken);
            NodeName = overview.RootElement.GetProperty("node").GetString() ?? NodeName;
        }
        catch
        {
            _container = null;
            _management?.Dispose();
            _management = null;
            await container.DisposeAsync();
            throw;
        }
    }

    async Task StartPrivateNodeAsync(CancellationToken cancellationToken)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerScript} is missing): run `bash scripts/test.sh` as root, which installs it, " +
                "or `apt-get install -y --no-install-recommends rabbitmq-server`.");
        }

        for (var attempt = 1; !await TryStartAsync(lastAttempt: attempt == 3, cancellationToken); attempt++)
        {
            // Another process bound one of the free ports between our check and the node's bind: try new ports.
        }
    }

    void Diagnose(string message) => _diagnostics?.OnMessage(new DiagnosticMessage(message));

    // False when a port was taken meanwhile and this was not the last attempt; throws on any other failure.
    async Task<bool> TryStartAsync(bool lastAttempt, CancellationToken cancellationToken)
    {
        Folder = Scratch.CreateFolder("rabbitmq");
        AmqpPort = FreePorts.Next();
        ManagementPort = FreePorts.Next();
        PrometheusPort = FreePorts.Next();
        EpmdPort = FreePorts.Next();
        var distributionPort = FreePorts.Next();
        WriteConfiguration(distributionPort);

        // The server's output goes to a file, not a pipe: the node outlives any read we could do, and epmd inherits it.
        var startInfo = ToolRunner.CreateStartInfo(
            "/bin/sh", ["-c", "exec \"$0\" >>\"$1\" 2>&1 </dev/null", ServerScript, Path.Combine(Folder, "server.out")], _environment);
        _server = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");

        try
        {
            await WaitUntilRunningAsync(cancellationToken);
            _management = CreateManagementClient();
            await WaitForManagementAsync(cancellationToken);
            return true;
        }
        catch (Exception e)
        {
            var log = ReadLogTail();
            await StopAsync();
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            if (!lastAttempt && log.Contains("eaddrinuse", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            throw new InvalidOperationException($"RabbitMQ node {NodeName} did not start: {e.Message}\nIts log ends with:\n{log}", e);
        }
    }

    /// <summary>Stops the node (<c>rabbitmqctl stop</c>, about 8 s), then its epmd, and deletes its folder.</summary>
    public async Task StopAsync()
    {
        var clock = Stopwatch.StartNew();
        _management?.Dispose();
        _management = null;
        if (_container is { } container)
        {
            _container = null;
            await container.DisposeAsync();
        }

        if (_server is { } server)
        {
            _server = null;
            if (!server.HasExited)
            {
                var stop = await TryRunAsync(CtlScript, ["stop", PidFile], TimeSpan.FromSeconds(60));
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(stop?.ExitCode == 0 ? 10 : 1));
                try
                {
                    await server.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    ToolRunner.Kill(server);
                }
            }

            server.Dispose();
            await StopEpmdAsync();
        }

        if (Folder.Length > 0)
        {
            await Scratch.DeleteFolderAsync(Folder);
        }

        StopDuration = clock.Elapsed;
        Diagnose($"RabbitMQ node {NodeName} stopped in {StopDuration.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Creates a virtual host with full rights for <see cref="UserName"/> and returns its AMQP URI, so a test's
    /// exchanges, queues and bindings cannot meet another test's.
    /// </summary>
    public async Task<Uri> CreateVirtualHostAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= $"test-{Guid.NewGuid():N}";
        var path = Uri.EscapeDataString(name);
        using (var created = await Management.PutAsync($"api/vhosts/{path}", null, cancellationToken))
        {
            await EnsureSuccessAsync(created, $"create virtual host {name}");
        }

        var everything = new { configure = ".*", write = ".*", read = ".*" };
        using (var granted = await Management.PutAsJsonAsync($"api/permissions/{path}/{UserName}", everything, cancellationToken))
        {
            await EnsureSuccessAsync(granted, $"grant {UserName} rights on {name}");
        }

        return AmqpUriFor(name);
    }

    /// <summary>Deletes a virtual host and everything in it.</summary>
    public async Task DeleteVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        using var deleted = await Management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}", cancellationToken);
        await EnsureSuccessAsync(deleted, $"delete virtual host {name}");
    }

    /// <summary>The exchanges of a virtual host, from the management API.</summary>
    public async Task<IReadOnlyList<ExchangeInfo>> ListExchangesAsync(string virtualHost, CancellationToken cancellationToken = default)
    {
        using var document = await GetJsonAsync($"api/exchanges/{Uri.EscapeDataString(virtualHost)}", cancellationToken);
        return [.. document.RootElement.EnumerateArray().Select(exchange => new ExchangeInfo(
            exchange.GetProperty("name").GetString() ?? "",
            exchange.GetProperty("type").GetString() ?? "",
            exchange.GetProperty("durable").GetBoolean(),
            exchange.GetProperty("auto_delete").GetBoolean()))];
    }

    /// <summary>The queues of a virtual host, from the management API (message counts lag by up to a second).</summary>
    public async Task<IReadOnlyList<QueueInfo>> ListQueuesAsync(string virtualHost, CancellationToken cancellationToken = default)
    {
        using var document = await GetJsonAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}", cancellationToken);
        return [.. document.RootElement.EnumerateArray().Select(queue => new QueueInfo(
            queue.GetProperty("name").GetString() ?? "",
            queue.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0,
            queue.TryGetProperty("consumers", out var consumers) && consumers.ValueKind == JsonValueKind.Number ? consumers.GetInt32() : 0))];
    }

    /// <summary>GETs a management API path (such as <c>api/overview</c>) and returns the parsed JSON.</summary>
    public async Task<JsonDocument> GetJsonAsync(string apiPath, CancellationToken cancellationToken = default)
    {
        using var response = await Management.GetAsync(apiPath, cancellationToken);
        await EnsureSuccessAsync(response, $"GET {apiPath}");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    /// <summary>Runs <c>rabbitmqctl</c> against this node (for instance <c>list_queues -p vhost name messages</c>).</summary>
    public async Task<ToolResult> RabbitMqCtlAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        if (_container is { } container)
        {
            var command = arguments.Prepend("rabbitmqctl").ToList();
            var result = await container.ExecAsync(command, cancellationToken);
            return new ToolResult(string.Join(' ', command), (int)(result.ExitCode ?? -1), result.Stdout + result.Stderr);
        }

        return await ToolRunner.RunAsync(CtlScript, arguments, _environment, TimeSpan.FromSeconds(60), cancellationToken);
    }

    string PidFile => Path.Combine(Folder, "rabbit.pid");

    void WriteConfiguration(int distributionPort)
    {
        var home = Path.Combine(Folder, "home");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(Folder, "conf.d"));
        var cookie = Path.Combine(home, ".erlang.cookie");
        File.WriteAllText(cookie, Convert.ToHexString(Guid.NewGuid().ToByteArray()));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }

        File.WriteAllText(Path.Combine(Folder, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{AmqpPort}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {ManagementPort}
            prometheus.tcp.ip = 127.0.0.1
            prometheus.tcp.port = {PrometheusPort}
            collect_statistics_interval = 1000
            log.console = false
            log.file.level = info

            """);

        // What `rabbitmq-plugins enable --offline` writes, without starting an Erlang VM for it (1-3 s).
        File.WriteAllText(Path.Combine(Folder, "enabled_plugins"), "[rabbitmq_management,rabbitmq_prometheus].\n");
        File.WriteAllText(Path.Combine(Folder, "rabbitmq-env.conf"), "");

        const string LoopbackDistribution = "-kernel inet_dist_use_interface {127,0,0,1}";
        _environment["HOME"] = home;
        _environment["RABBITMQ_NODENAME"] = NodeName;
        _environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        _environment["RABBITMQ_NODE_PORT"] = AmqpPort.ToString();
        _environment["RABBITMQ_DIST_PORT"] = distributionPort.ToString();
        _environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        _environment["ERL_EPMD_PORT"] = EpmdPort.ToString();
        _environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(Folder, "mnesia");
        _environment["RABBITMQ_LOG_BASE"] = Path.Combine(Folder, "log");
        _environment["RABBITMQ_PID_FILE"] = PidFile;
        _environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Folder, "enabled_plugins");
        _environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(Folder, "rabbitmq.conf");
        _environment["RABBITMQ_CONFIG_FILES"] = Path.Combine(Folder, "conf.d");
        _environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Folder, "advanced.config");
        _environment["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Folder, "rabbitmq-env.conf");
        _environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = LoopbackDistribution;
        _environment["RABBITMQ_CTL_ERL_ARGS"] = LoopbackDistribution;
    }

    async Task WaitUntilRunningAsync(CancellationToken cancellationToken)
    {
        // `wait` watches the pid file, then the node; if the server dies before writing the pid file it would wait
        // its whole timeout, so race it against the server's exit.
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = ToolRunner.RunAsync(
            CtlScript, ["wait", PidFile, "--timeout", "120"], _environment, TimeSpan.FromSeconds(150), abandon.Token);
        var died = _server!.WaitForExitAsync(abandon.Token);
        if (await Task.WhenAny(wait, died) == died && !wait.IsCompleted)
        {
            await abandon.CancelAsync();
            throw new InvalidOperationException($"rabbitmq-server exited with code {_server.ExitCode} while starting.");
        }

        await abandon.CancelAsync();
        (await wait).EnsureSuccess();
    }

    async Task WaitForManagementAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var response = await Management.GetAsync("api/overview", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"The management API at {ManagementUri} did not answer within 30 s.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    HttpClient CreateManagementClient()
    {
        var client = new HttpClient { BaseAddress = ManagementUri, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{UserName}:{Password}")));
        return client;
    }

    // epmd stays behind when the node stops; this one is ours alone (its own port), and `-kill` refuses while any
    // node is still registered with it.
    async Task StopEpmdAsync()
    {
        var epmd = ToolRunner.FindOnPath("epmd")
            ?? Directory.EnumerateFiles("/usr/lib/erlang", "epmd", SearchOption.AllDirectories).FirstOrDefault();
        if (epmd is not null)
        {
            await TryRunAsync(epmd, ["-port", EpmdPort.ToString(), "-kill"], TimeSpan.FromSeconds(10));
        }
    }

    async Task<ToolResult?> TryRunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        try
        {
            return await ToolRunner.RunAsync(fileName, arguments, _environment, timeout);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    string ReadLogTail()
    {
        var lines = new List<string>();
        foreach (var file in new[] { Path.Combine(Folder, "server.out") }
                     .Concat(Directory.Exists(Path.Combine(Folder, "log"))
                         ? Directory.EnumerateFiles(Path.Combine(Folder, "log"), "*.log")
                         : []))
        {
            if (File.Exists(file))
            {
                lines.Add($"--- {Path.GetFileName(file)}");
                lines.AddRange(File.ReadLines(file).TakeLast(30));
            }
        }

        return string.Join('\n', lines);
    }

    static async Task EnsureSuccessAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"RabbitMQ management API could not {what}: {(int)response.StatusCode} {body}");
        }
    }
}

/// <summary>An exchange as the management API lists it.</summary>
public sealed record ExchangeInfo(string Name, string Type, bool Durable, bool AutoDelete);

/// <summary>A queue as the management API lists it.</summary>
public sealed record QueueInfo(string Name, long Messages, int Consumers);
