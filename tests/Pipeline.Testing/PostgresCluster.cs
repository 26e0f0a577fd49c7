using System.Diagnostics;
using Npgsql;
using Testcontainers.PostgreSql;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pipeline.Testing;

/// <summary>
/// A private PostgreSQL cluster for one test assembly: <c>initdb</c> into a temporary folder, <c>pg_ctl</c> on a free
/// loopback port with its socket in that folder, trust authentication for the <see cref="SuperUser"/>. Share it
/// through an xunit collection fixture (<see cref="CollectionName"/>) and give each test its own database
/// (<see cref="CreateDatabaseAsync"/>).
/// </summary>
/// <remarks>
/// Where a Docker engine answers, the cluster is a Testcontainers container of <see cref="ContainerImage"/> (the image
/// <c>docker-compose.yml</c> runs); where none does (CI here), <see cref="BackendChoice"/> falls back to the private
/// cluster, and <see cref="Backend"/> says which ran. PostgreSQL refuses to run as root, so as root the cluster belongs to the <c>postgres</c> system user when the
/// package created it, else to <c>nobody</c>. Durability is off (<c>fsync</c>): the data is thrown away anyway.
/// </remarks>
public sealed class PostgresCluster : IAsyncLifetime
{
    /// <summary>Name of the xunit collection that shares one cluster; declare it in each test assembly.</summary>
    public const string CollectionName = "PostgreSQL cluster";

    /// <summary>The image of the container backend: the one <c>docker-compose.yml</c> runs.</summary>
    public const string ContainerImage = "postgres:16.4";

    /// <summary>The cluster's superuser, trusted without a password.</summary>
    public const string SuperUser = "postgres";

    readonly IMessageSink? _diagnostics;
    string? _binFolder;
    string? _osUser;
    bool _started;
    PostgreSqlContainer? _container;

    /// <summary>Creates the fixture; nothing starts before <see cref="StartAsync"/>.</summary>
    /// <param name="diagnostics">Where xunit shows diagnostic messages (start and stop times) when enabled.</param>
    public PostgresCluster(IMessageSink? diagnostics = null) => _diagnostics = diagnostics;

    /// <summary>Which backend runs the cluster, once started.</summary>
    public FixtureBackend Backend { get; private set; }

    /// <summary>Where the cluster's port is reached: 127.0.0.1 for the private cluster, the Docker host for a container.</summary>
    public string Host { get; private set; } = "127.0.0.1";

    /// <summary>The private cluster's folder (data, socket, log); deleted on dispose.</summary>
    public string Folder { get; private set; } = "";

    /// <summary>TCP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>PostgreSQL's major version, from the binaries' folder (<c>15</c>) or the container's image tag.</summary>
    public string Version => _container is not null
        ? ContainerImage.Split(':')[1].Split('.')[0]
        : _binFolder is null ? "" : Path.GetFileName(Path.GetDirectoryName(_binFolder)) ?? "";

    /// <summary>Npgsql connection string of the <c>postgres</c> maintenance database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary><c>postgres://postgres@127.0.0.1:port/postgres</c>, the form <c>--store</c> takes.</summary>
    public Uri Uri => UriFor("postgres");

    /// <summary>How long initdb and start took.</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <summary>How long the last stop took.</summary>
    public TimeSpan StopDuration { get; private set; }

    /// <summary>The folder holding initdb, pg_ctl and postgres, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinFolder()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        if (installed is not null)
        {
            return installed;
        }

        var onPath = ToolRunner.FindOnPath("initdb");
        var resolved = onPath is null ? null : new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
        return resolved is null ? null : Path.GetDirectoryName(resolved);
    }

    /// <summary>Npgsql connection string of a database of this cluster.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary><c>postgres://postgres@127.0.0.1:port/database</c>.</summary>
    public Uri UriFor(string database) => new($"postgres://{SuperUser}@{Host}:{Port}/{Uri.EscapeDataString(database)}");

    async Task IAsyncLifetime.InitializeAsync() => await StartAsync();

    async Task IAsyncLifetime.DisposeAsync() => await StopAsync();

    /// <summary>
    /// The container backend, built but not started: <see cref="ContainerImage"/> trusting <see cref="SuperUser"/> without
    /// a password, like the private cluster. Throws <see cref="DotNet.Testcontainers.Builders.DockerUnavailableException"/>
    /// where no Docker engine answers.
    /// </summary>
    public static PostgreSqlContainer BuildContainer() =>
        new PostgreSqlBuilder(ContainerImage)
            .WithUsername(SuperUser)
            .WithDatabase("postgres")
            .WithEnvironment("POSTGRES_HOST_AUTH_METHOD", "trust")
            .WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200")
            .Build();

    /// <summary>Creates the cluster and starts it.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            throw new InvalidOperationException("The PostgreSQL cluster is already started.");
        }

        var clock = Stopwatch.StartNew();
        Backend = await BackendChoice.Shared.ChooseAsync("PostgreSQL", StartContainerAsync, Diagnose, cancellationToken);
        if (Backend == FixtureBackend.PrivateServer)
        {
            await StartPrivateClusterAsync(cancellationToken);
        }

        StartDuration = clock.Elapsed;
        Diagnose($"PostgreSQL {Version} cluster ({Backend}) started in {StartDuration.TotalSeconds:0.0} s on {Uri} as {_osUser ?? Environment.UserName}");
    }

    async Task StartContainerAsync(CancellationToken cancellationToken)
    {
        var container = BuildContainer();
        try
        {
            await container.StartAsync(cancellationToken);
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }

        _container = container;
        _started = true;
        Host = container.Hostname;
        Port = container.GetMappedPublicPort(5432);
    }

    void Diagnose(string message) => _diagnostics?.OnMessage(new DiagnosticMessage(message));

    async Task StartPrivateClusterAsync(CancellationToken cancellationToken)
    {
        _binFolder = FindBinFolder() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or on PATH): run `bash scripts/test.sh` " +
            "as root, which installs it, or `apt-get install -y --no-install-recommends postgresql`.");

        Folder = Scratch.CreateFolder("postgres");
        Port = FreePorts.Next();
        Directory.CreateDirectory(SocketFolder);
        _osUser = ToolRunner.IsRoot ? (UserExists("postgres") ? "postgres" : "nobody") : null;
        if (_osUser is not null)
        {
            (await ToolRunner.RunAsync("chown", ["-R", $"{_osUser}:", Folder], null, TimeSpan.FromSeconds(30), cancellationToken)).EnsureSuccess();
        }

        _started = true;
        try
        {
            (await RunAsync("initdb", ["-D", DataFolder, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
                TimeSpan.FromSeconds(120), cancellationToken)).EnsureSuccess();
            await File.AppendAllTextAsync(Path.Combine(DataFolder, "postgresql.conf"), $"""

                # Set by the test fixture: loopback only, a private socket folder, no durability.
                listen_addresses = '127.0.0.1'
                port = {Port}
                unix_socket_directories = '{SocketFolder}'
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                max_connections = 200
                shared_buffers = 32MB

                """, cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                var start = await RunAsync("pg_ctl", ["-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "start"], TimeSpan.FromSeconds(90), cancellationToken);
                if (start.ExitCode == 0 || attempt == 3 || !ReadLogTail().Contains("Address already in use", StringComparison.Ordinal))
                {
                    start.EnsureSuccess();
                    break;
                }

                // Another process bound the port between our check and the postmaster's bind: a later setting wins.
                Port = FreePorts.Next();
                await File.AppendAllTextAsync(Path.Combine(DataFolder, "postgresql.conf"), $"port = {Port}\n", cancellationToken);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            var log = ReadLogTail();
            await StopAsync();
            throw new InvalidOperationException($"PostgreSQL cluster did not start: {e.Message}\n{log}", e);
        }
    }

    /// <summary>Stops the cluster (fast shutdown) and deletes its folder.</summary>
    public async Task StopAsync()
    {
        var clock = Stopwatch.StartNew();
        NpgsqlConnection.ClearAllPools();
        if (_container is { } container)
        {
            _container = null;
            await container.DisposeAsync();
        }

        if (_started && Folder.Length > 0 && File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                await RunAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "-t", "30", "stop"], TimeSpan.FromSeconds(45), CancellationToken.None);
            }
            catch (TimeoutException)
            {
                // The folder goes below either way; scripts/test.sh stops a postmaster that outlived it.
            }
        }

        _started = false;
        if (Folder.Length > 0)
        {
            await Scratch.DeleteFolderAsync(Folder);
        }

        StopDuration = clock.Elapsed;
        Diagnose($"PostgreSQL cluster on port {Port} stopped in {StopDuration.TotalSeconds:0.0} s");
    }

    /// <summary>Creates an empty database for one test and returns how to reach it.</summary>
    public async Task<PostgresDatabase> CreateDatabaseAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= $"test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        return new PostgresDatabase(name, ConnectionStringFor(name), UriFor(name));
    }

    /// <summary>Drops a database, closing the connections still open to it.</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
    }

    string DataFolder => Path.Combine(Folder, "data");

    string SocketFolder => Path.Combine(Folder, "socket");

    string LogFile => Path.Combine(Folder, "postgres.log");

    string ReadLogTail() => File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(30)) : "";

    async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // As root, run the tool as the cluster's owner; runuser keeps our environment (the owner mark included).
    Task<ToolResult> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(_binFolder!, tool);
        return _osUser is null
            ? ToolRunner.RunAsync(executable, arguments, null, timeout, cancellationToken)
            : ToolRunner.RunAsync(RunUser, arguments.Prepend(executable).Prepend("--").Prepend(_osUser).Prepend("-u"), null, timeout, cancellationToken);
    }

    static string RunUser =>
        ToolRunner.FindOnPath("runuser") ?? new[] { "/usr/sbin/runuser", "/sbin/runuser" }.FirstOrDefault(File.Exists) ?? "runuser";

    static bool UserExists(string name) =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(name + ":", StringComparison.Ordinal));
}

/// <summary>A database of a <see cref="PostgresCluster"/>.</summary>
/// <param name="Name">The database name.</param>
/// <param name="ConnectionString">Npgsql connection string.</param>
/// <param name="Uri"><c>postgres://postgres@127.0.0.1:port/name</c>.</param>
public sealed record PostgresDatabase(string Name, string ConnectionString, Uri Uri);
