using Dapper;
using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>The PostgreSQL schema as numbered migrations; a database records the versions it has applied.</summary>
public static class PostgresSchema
{
    /// <summary>
    /// Advisory lock key held by the migration transaction, so that of several workers starting at once one
    /// migrates and the others wait, then find nothing left to do. The value spells "pipe-mig".
    /// </summary>
    public const long MigrationLock = 0x7069_7065_2D6D_6967;

    /// <summary>Migrations in order; never edit one that has shipped, add the next.</summary>
    public static IReadOnlyList<(int Version, string Description, string Sql, Func<NpgsqlConnection, NpgsqlTransaction, Task>? Then)> Migrations { get; } =
    [
        (1, "articles, entities, figures, claims, claim groups, duplicate index", """
            CREATE TABLE articles (
                id uuid PRIMARY KEY,
                file_name text NOT NULL,
                title text,
                url text,
                published text,
                source text,
                format text NOT NULL,
                encoding text NOT NULL,
                text text NOT NULL,
                language text NOT NULL,
                language_confidence double precision NOT NULL,
                duplicate_kind text NOT NULL,
                original_id uuid,
                similarity double precision NOT NULL,
                fingerprint text NOT NULL,
                received_at timestamptz NOT NULL,
                stored_at timestamptz NOT NULL DEFAULT clock_timestamp()
            );
            CREATE INDEX articles_fingerprint ON articles (fingerprint);
            CREATE INDEX articles_received ON articles (received_at, file_name);
            CREATE TABLE entities (
                article_id uuid NOT NULL REFERENCES articles (id),
                ordinal integer NOT NULL,
                text text NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                type text NOT NULL,
                canonical text NOT NULL,
                entity_id text NOT NULL,
                role text,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX entities_entity ON entities (entity_id);
            CREATE TABLE figures (
                article_id uuid NOT NULL REFERENCES articles (id),
                ordinal integer NOT NULL,
                text text NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                value double precision,
                low double precision,
                high double precision,
                approximate boolean NOT NULL,
                unit text,
                category text NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE TABLE claim_groups (
                id uuid PRIMARY KEY,
                key text NOT NULL UNIQUE,
                first_seen timestamptz NOT NULL DEFAULT clock_timestamp()
            );
            CREATE TABLE claims (
                id uuid PRIMARY KEY,
                article_id uuid NOT NULL REFERENCES articles (id),
                ordinal integer NOT NULL,
                group_id uuid NOT NULL REFERENCES claim_groups (id),
                text text NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                value double precision,
                low double precision,
                high double precision,
                approximate boolean NOT NULL,
                unit text,
                category text NOT NULL,
                subject text,
                location text,
                source text,
                source_name text NOT NULL,
                modality text NOT NULL,
                sentence text NOT NULL,
                date text,
                key text NOT NULL,
                UNIQUE (article_id, ordinal)
            );
            CREATE INDEX claims_group ON claims (group_id);
            CREATE TABLE duplicate_verdicts (
                article_id uuid PRIMARY KEY,
                kind text NOT NULL,
                original_id uuid,
                similarity double precision NOT NULL
            );
            CREATE TABLE duplicate_fingerprints (
                fingerprint text PRIMARY KEY,
                article_id uuid NOT NULL
            );
            CREATE TABLE duplicate_signatures (
                article_id uuid PRIMARY KEY,
                signature bytea NOT NULL
            );
            CREATE TABLE duplicate_bands (
                band_key bigint NOT NULL,
                article_id uuid NOT NULL,
                PRIMARY KEY (band_key, article_id)
            );
            """, null),
        (2, "full-text search with the article's language configuration", """
            -- One place maps a language to its text search configuration; PostgresSearch.Configurations lists its results.
            -- IMMUTABLE so a generated column may use it: the mapping only changes through a new migration.
            CREATE FUNCTION pipeline_search_config(language text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT CASE language WHEN 'fr' THEN 'french'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END $$;
            ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(pipeline_search_config(language), coalesce(title, '')), 'A')
                || setweight(to_tsvector(pipeline_search_config(language), text), 'B')) STORED;
            CREATE INDEX articles_search ON articles USING gin (search);
            """, null),
        (3, "canonical id of a claim's source", """
            ALTER TABLE claims ADD COLUMN source_id TEXT;
            """, null),
        (4, "duplicate index: one compact row per article, candidates found in memory", PostgresDuplicateTable.Create, PostgresDuplicateTable.MoveVersion3RowsAsync),
    ];

    public static Task MigrateAsync(PostgresDatabase database, CancellationToken cancellationToken)
        => MigrateAsync(database, int.MaxValue, cancellationToken);

    /// <summary>Applies the migrations up to <paramref name="latest"/>; tests make databases of earlier releases with it.</summary>
    internal static Task MigrateAsync(PostgresDatabase database, int latest, CancellationToken cancellationToken)
        => database.WriteAsync(
            async (connection, transaction) =>
            {
                // Taken before anything else, even the CREATE TABLE IF NOT EXISTS: two of those at once can fail on pg_type.
                await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLock }, transaction);
                await connection.ExecuteAsync(
                    """
                    CREATE TABLE IF NOT EXISTS schema_version (
                        version integer PRIMARY KEY,
                        description text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT clock_timestamp())
                    """,
                    transaction: transaction);
                var current = await VersionAsync(connection, transaction);
                foreach (var (version, description, sql, then) in Migrations.Where(m => m.Version > current && m.Version <= latest))
                {
                    await connection.ExecuteAsync(sql, transaction: transaction);
                    if (then is not null)
                    {
                        await then(connection, transaction);
                    }

                    await connection.ExecuteAsync(
                        "INSERT INTO schema_version (version, description) VALUES (@version, @description)",
                        new { version, description },
                        transaction);
                }

                return current;
            },
            cancellationToken);

    public static async Task<int> VersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
        => await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_version", transaction: transaction) ?? 0;
}
