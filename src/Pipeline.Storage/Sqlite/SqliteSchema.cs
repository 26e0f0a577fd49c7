using Dapper;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

/// <summary>The SQLite schema as numbered migrations; a database records the versions it has applied.</summary>
public static class SqliteSchema
{
    /// <summary>Migrations in order; never edit one that has shipped, add the next.</summary>
    public static IReadOnlyList<(int Version, string Description, string Sql, Func<SqliteConnection, SqliteTransaction, Task>? Then)> Migrations { get; } =
    [
        (1, "articles, entities, figures, claims, claim groups, duplicate index", """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                file_name TEXT NOT NULL,
                title TEXT,
                url TEXT,
                published TEXT,
                source TEXT,
                format TEXT NOT NULL,
                encoding TEXT NOT NULL,
                text TEXT NOT NULL,
                language TEXT NOT NULL,
                language_confidence REAL NOT NULL,
                duplicate_kind TEXT NOT NULL,
                original_id TEXT,
                similarity REAL NOT NULL,
                fingerprint TEXT NOT NULL,
                received_at TEXT NOT NULL,
                stored_at TEXT NOT NULL
            );
            CREATE INDEX articles_fingerprint ON articles(fingerprint);
            CREATE TABLE entities (
                article_id TEXT NOT NULL REFERENCES articles(id),
                ordinal INTEGER NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                type TEXT NOT NULL,
                canonical TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                role TEXT,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX entities_entity ON entities(entity_id);
            CREATE TABLE figures (
                article_id TEXT NOT NULL REFERENCES articles(id),
                ordinal INTEGER NOT NULL,
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                value REAL,
                low REAL,
                high REAL,
                approximate INTEGER NOT NULL,
                unit TEXT,
                category TEXT NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE TABLE claim_groups (
                id TEXT PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                first_seen TEXT NOT NULL
            );
            CREATE TABLE claims (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id),
                ordinal INTEGER NOT NULL,
                group_id TEXT NOT NULL REFERENCES claim_groups(id),
                text TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                value REAL,
                low REAL,
                high REAL,
                approximate INTEGER NOT NULL,
                unit TEXT,
                category TEXT NOT NULL,
                subject TEXT,
                location TEXT,
                source TEXT,
                source_name TEXT NOT NULL,
                modality TEXT NOT NULL,
                sentence TEXT NOT NULL,
                date TEXT,
                key TEXT NOT NULL,
                UNIQUE (article_id, ordinal)
            );
            CREATE INDEX claims_group ON claims(group_id);
            CREATE TABLE duplicate_verdicts (
                article_id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                original_id TEXT,
                similarity REAL NOT NULL
            );
            CREATE TABLE duplicate_fingerprints (
                fingerprint TEXT PRIMARY KEY,
                article_id TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE duplicate_signatures (
                article_id TEXT PRIMARY KEY,
                signature BLOB NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE duplicate_bands (
                band_key INTEGER NOT NULL,
                article_id TEXT NOT NULL,
                PRIMARY KEY (band_key, article_id)
            ) WITHOUT ROWID;
            """, null),
        (2, "full-text search over article titles and texts and claim sentences", """
            -- FTS5 has no French stemmer: unicode61 folds case and accents, and queries match each word as a prefix.
            CREATE VIRTUAL TABLE articles_search USING fts5(
                title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
            INSERT INTO articles_search (articles_search) VALUES ('rebuild');
            CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_search (rowid, title, text) VALUES (new.rowid, new.title, new.text);
            END;
            CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_search (articles_search, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            END;
            CREATE VIRTUAL TABLE claims_search USING fts5(
                sentence, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
            INSERT INTO claims_search (claims_search) VALUES ('rebuild');
            CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
                INSERT INTO claims_search (rowid, sentence) VALUES (new.rowid, new.sentence);
            END;
            CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
                INSERT INTO claims_search (claims_search, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
            END;
            """, null),
        (3, "canonical id of a claim's source", """
            ALTER TABLE claims ADD COLUMN source_id TEXT;
            """, null),
        (4, "duplicate index: one compact row per article, candidates found in memory", SqliteDuplicateTable.Create, SqliteDuplicateTable.MoveVersion3RowsAsync),
    ];

    public static Task MigrateAsync(SqliteDatabase database, CancellationToken cancellationToken)
        => MigrateAsync(database, int.MaxValue, cancellationToken);

    /// <summary>Applies the migrations up to <paramref name="latest"/>; tests make databases of earlier releases with it.</summary>
    internal static async Task MigrateAsync(SqliteDatabase database, int latest, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)",
                    transaction: transaction);
                var current = await connection.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM schema_version", transaction: transaction) ?? 0;
                foreach (var (version, description, sql, then) in Migrations.Where(m => m.Version > current && m.Version <= latest))
                {
                    await connection.ExecuteAsync(sql, transaction: transaction);
                    if (then is not null)
                    {
                        await then(connection, transaction);
                    }

                    await connection.ExecuteAsync(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at)",
                        new { version, description, at = DateTimeOffset.UtcNow.ToString("O") },
                        transaction);
                }

                return current;
            },
            cancellationToken);
    }

    public static async Task<int> VersionAsync(SqliteConnection connection)
        => (int)(await connection.ExecuteScalarAsync<long?>("SELECT MAX(version) FROM schema_version") ?? 0);
}
