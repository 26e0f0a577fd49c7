using Dapper;
using Npgsql;
using Pipeline.Storage.Tests.Behaviour;
using Pipeline.Testing;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>Databases of the shared private cluster, one per test, dropped afterwards.</summary>
public sealed class PostgresEngine(PostgresCluster cluster) : StoreEngine
{
    private readonly List<string> databases = [];

    public override IReadOnlyList<int> MigrationVersions => Storage.Postgres.PostgresSchema.Schema.Versions;

    public override int VersionBeforeSingleQuotesFolded => 7;

    public override async Task<StoreLocation> CreateDatabaseAsync()
    {
        var database = await cluster.CreateDatabaseAsync();
        databases.Add(database.Name);
        return StoreLocation.Parse(database.Uri.ToString());
    }

    public override async Task<IReadOnlyList<int>> SchemaVersionsAsync(StoreLocation location)
    {
        await using var connection = new NpgsqlConnection(Storage.Postgres.PostgresUri.ToConnectionString(location.Value));
        await connection.OpenAsync();
        return (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
    }

    public override async Task RollBackToFirstVersionAsync(StoreLocation location)
    {
        await RollBackToVersion4Async(location);
        await using var connection = new NpgsqlConnection(Storage.Postgres.PostgresUri.ToConnectionString(location.Value));
        await connection.OpenAsync();
        await connection.ExecuteAsync(
            """
            ALTER TABLE articles DROP COLUMN search;
            DROP FUNCTION pipeline_search_config(text);
            ALTER TABLE claims DROP COLUMN source_id;
            DROP TABLE duplicate_articles;
            CREATE TABLE duplicate_verdicts (article_id uuid PRIMARY KEY, kind text NOT NULL, original_id uuid, similarity double precision NOT NULL);
            CREATE TABLE duplicate_fingerprints (fingerprint text PRIMARY KEY, article_id uuid NOT NULL);
            CREATE TABLE duplicate_signatures (article_id uuid PRIMARY KEY, signature bytea NOT NULL);
            CREATE TABLE duplicate_bands (band_key bigint NOT NULL, article_id uuid NOT NULL, PRIMARY KEY (band_key, article_id));
            DELETE FROM schema_version WHERE version > 1;
            """);
    }

    public override async Task RollBackToVersion4Async(StoreLocation location)
    {
        await using var connection = new NpgsqlConnection(Storage.Postgres.PostgresUri.ToConnectionString(location.Value));
        await connection.OpenAsync();
        await connection.ExecuteAsync(
            """
            ALTER TABLE figures DROP COLUMN counted_text, DROP COLUMN counted_lemma;
            ALTER TABLE claims DROP COLUMN counted_text, DROP COLUMN counted_lemma;
            DROP TABLE claim_group_sources;
            ALTER TABLE claim_groups DROP COLUMN article_count, DROP COLUMN source_count;
            CREATE INDEX articles_fingerprint ON articles (fingerprint);
            ALTER TABLE claims ADD PRIMARY KEY (id);
            ALTER TABLE claim_groups ADD UNIQUE (key);
            CREATE INDEX entities_entity ON entities (entity_id);
            ALTER TABLE claims DROP COLUMN source_role;
            DELETE FROM schema_version WHERE version > 4;
            """);
    }

    public override async Task AddVersion3DuplicateAsync(StoreLocation location, Version3Duplicate row)
    {
        await using var connection = new NpgsqlConnection(Storage.Postgres.PostgresUri.ToConnectionString(location.Value));
        await connection.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO duplicate_verdicts (article_id, kind, original_id, similarity) VALUES (@ArticleId, @Kind, @OriginalId, @Similarity)", row);
        if (row.Kind == "exact")
        {
            return;
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO duplicate_fingerprints (fingerprint, article_id) VALUES (@Fingerprint, @ArticleId);
            INSERT INTO duplicate_signatures (article_id, signature) VALUES (@ArticleId, @Sketch);
            INSERT INTO duplicate_bands (band_key, article_id) SELECT DISTINCT unnest(@BandKeys), @ArticleId ON CONFLICT DO NOTHING;
            """,
            row);
    }

    protected override async Task DropDatabasesAsync()
    {
        foreach (var name in databases)
        {
            await cluster.DropDatabaseAsync(name);
        }
    }
}
