using Dapper;
using Npgsql;
using Pipeline.Storage.Tests.Behaviour;
using Pipeline.Testing;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>Databases of the shared private cluster, one per test, dropped afterwards.</summary>
public sealed class PostgresEngine(PostgresCluster cluster) : StoreEngine
{
    private readonly List<string> databases = [];

    public override IReadOnlyList<int> MigrationVersions => Storage.Postgres.PostgresSchema.Migrations.Select(m => m.Version).ToList();

    public override async Task<StoreLocation> CreateDatabaseAsync()
    {
        var database = await cluster.CreateDatabaseAsync();
        databases.Add(database.Name);
        return StoreLocation.Parse(database.Uri.ToString());
    }

    public override async Task<IReadOnlyList<int>> SchemaVersionsAsync(StoreLocation location)
    {
        await using var connection = new NpgsqlConnection(Storage.Postgres.PostgresDatabase.ToConnectionString(location.Value));
        await connection.OpenAsync();
        return (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
    }

    public override async Task RollBackToFirstVersionAsync(StoreLocation location)
    {
        await using var connection = new NpgsqlConnection(Storage.Postgres.PostgresDatabase.ToConnectionString(location.Value));
        await connection.OpenAsync();
        await connection.ExecuteAsync(
            """
            ALTER TABLE articles DROP COLUMN search;
            DROP FUNCTION pipeline_search_config(text);
            ALTER TABLE claims DROP COLUMN source_id;
            DELETE FROM schema_version WHERE version > 1;
            """);
    }

    protected override async Task DropDatabasesAsync()
    {
        foreach (var name in databases)
        {
            await cluster.DropDatabaseAsync(name);
        }
    }
}
