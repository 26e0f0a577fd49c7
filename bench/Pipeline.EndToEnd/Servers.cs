using System.Globalization;
using Npgsql;
using Pipeline.Testing;

namespace Pipeline.EndToEnd;

/// <summary>
/// The private RabbitMQ node and PostgreSQL cluster of one benchmark run (the test fixtures of
/// <c>tests/Pipeline.Testing</c>), each scenario on a virtual host or database of its own, and their CPU time.
/// </summary>
public sealed class Servers : IAsyncDisposable
{
    RabbitMqNode? _rabbit;
    PostgresCluster? _postgres;

    public RabbitMqNode Rabbit => _rabbit ?? throw new InvalidOperationException("RabbitMQ was not started.");

    public PostgresCluster Postgres => _postgres ?? throw new InvalidOperationException("PostgreSQL was not started.");

    public async Task StartAsync(bool rabbit, bool postgres, CancellationToken cancellationToken)
    {
        var starting = new List<Task>();
        if (rabbit)
        {
            _rabbit = new RabbitMqNode();
            starting.Add(_rabbit.StartAsync(cancellationToken));
        }

        if (postgres)
        {
            _postgres = new PostgresCluster();
            starting.Add(StartDurablePostgresAsync(_postgres, cancellationToken));
        }

        await Task.WhenAll(starting);
    }

    /// <summary>A new virtual host for one scenario; its AMQP URI.</summary>
    public async Task<(string Name, Uri Uri)> NewVirtualHostAsync(string scenario, CancellationToken cancellationToken)
    {
        var name = $"bench-{scenario}-{Guid.NewGuid().ToString("N")[..6]}";
        return (name, await Rabbit.CreateVirtualHostAsync(name, cancellationToken));
    }

    /// <summary>A new database for one scenario, optionally a copy of <paramref name="template"/>; its <c>--store</c> URI.</summary>
    public async Task<(string Name, Uri Uri)> NewDatabaseAsync(string scenario, string? template, CancellationToken cancellationToken)
    {
        var name = $"bench_{scenario.Replace('-', '_')}_{Guid.NewGuid().ToString("N")[..6]}";
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"CREATE DATABASE \"{name}\"{(template is null ? "" : $" TEMPLATE \"{template}\"")}", cancellationToken);
        return (name, Postgres.UriFor(name));
    }

    /// <summary>CPU seconds of the RabbitMQ node's Erlang VM, or null when it does not run.</summary>
    public double? RabbitCpuSeconds()
    {
        var pidFile = _rabbit is null ? null : Path.Combine(_rabbit.Folder, "rabbit.pid");
        return pidFile is not null && File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid)
            ? ProcessCpu.Seconds(pid)
            : null;
    }

    /// <summary>
    /// CPU seconds of the PostgreSQL postmaster and its live children (backends, writer, WAL writer...). A backend
    /// that ended takes its time with it, so compare two readings taken while the same connections are open.
    /// </summary>
    public double? PostgresCpuSeconds()
    {
        var pidFile = _postgres is null ? null : Path.Combine(_postgres.Folder, "data", "postmaster.pid");
        if (pidFile is null || !File.Exists(pidFile)
            || !int.TryParse(File.ReadLines(pidFile).First().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var postmaster))
        {
            return null;
        }

        return (ProcessCpu.Seconds(postmaster) ?? 0) + ProcessCpu.ChildrenOf(postmaster).Sum(child => ProcessCpu.Seconds(child) ?? 0);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_rabbit is not null)
        {
            await _rabbit.StopAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.StopAsync();
        }
    }

    // The fixture turns durability off (its data is thrown away); a benchmark of a store measures the store as it
    // runs in production, so fsync and synchronous commits come back on.
    async Task StartDurablePostgresAsync(PostgresCluster cluster, CancellationToken cancellationToken)
    {
        await cluster.StartAsync(cancellationToken);
        await ExecuteAsync("ALTER SYSTEM SET fsync = on", cancellationToken);
        await ExecuteAsync("ALTER SYSTEM SET synchronous_commit = on", cancellationToken);
        await ExecuteAsync("ALTER SYSTEM SET full_page_writes = on", cancellationToken);
        await ExecuteAsync("SELECT pg_reload_conf()", cancellationToken);
    }

    async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
