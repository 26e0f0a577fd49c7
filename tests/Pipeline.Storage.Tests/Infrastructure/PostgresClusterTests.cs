using Npgsql;
using Pipeline.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Pipeline.Storage.Tests.Infrastructure;

[Collection(PostgresCluster.CollectionName)]
public sealed class PostgresClusterTests(PostgresCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public void The_cluster_is_a_container_exactly_when_a_Docker_engine_answers()
        => Assert.Equal(DockerEngineProbe.Answers() ? FixtureBackend.Container : FixtureBackend.PrivateServer, cluster.Backend);

    [Fact]
    public async Task Npgsql_reaches_the_private_cluster_on_loopback()
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version()", connection);

        var version = (string?)await command.ExecuteScalarAsync();

        Assert.StartsWith($"PostgreSQL {cluster.Version}", version);
        output.WriteLine($"{version}; started in {cluster.StartDuration.TotalSeconds:0.0} s on {cluster.Uri}");
    }

    [Fact]
    public async Task Each_created_database_is_empty_and_utf8()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var tables = new NpgsqlCommand("select count(*) from pg_tables where schemaname = 'public'", connection);
            Assert.Equal(0L, await tables.ExecuteScalarAsync());
            await using var encoding = new NpgsqlCommand("show server_encoding", connection);
            Assert.Equal("UTF8", await encoding.ExecuteScalarAsync());
            await using var lower = new NpgsqlCommand("select lower('ÉTÉ À KYIV')", connection);
            Assert.Equal("été à kyiv", await lower.ExecuteScalarAsync());
        }

        Assert.Equal($"postgres://postgres@{cluster.Host}:{cluster.Port}/{database.Name}", database.Uri.ToString());
        await cluster.DropDatabaseAsync(database.Name);
    }

    [Fact]
    public async Task French_full_text_search_configuration_is_available()
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select to_tsvector('french', 'Les chars détruits près de Bakhmout') @@ plainto_tsquery('french', 'char détruit')", connection);

        Assert.Equal(true, await command.ExecuteScalarAsync());
    }
}
