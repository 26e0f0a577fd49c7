namespace Pipeline.Storage.Sqlite;

/// <summary>The SQLite schema as numbered migrations; a database records the versions it has applied in <c>schema_version</c>.</summary>
internal static class SqliteSchema
{
    /// <summary>The SQLite schema: migrations in order; never edit one that has shipped, add the next.</summary>
    public static StoreSchema Schema { get; } = new(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)",
        [
        new(1, "articles, entities, figures, claims, claim groups, duplicate index", """
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
            """),
        new(2, "full-text search over article titles and texts and claim sentences", """
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
            """),
        new(3, "canonical id of a claim's source", """
            ALTER TABLE claims ADD COLUMN source_id TEXT;
            """),
        new(4, "duplicate index: one compact row per article, candidates found in memory", SqliteDuplicateTable.Create, SqliteDuplicateTable.MoveVersion3RowsAsync),
        new(5, "claim groups keep their counts; the unused fingerprint index goes", """
            ALTER TABLE claim_groups ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE claim_groups ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
            -- Each group's distinct sources, so that a new claim's source is counted by one indexed insert.
            CREATE TABLE claim_group_sources (
                group_id TEXT NOT NULL,
                source_name TEXT NOT NULL,
                PRIMARY KEY (group_id, source_name)
            ) WITHOUT ROWID;
            INSERT INTO claim_group_sources (group_id, source_name) SELECT DISTINCT group_id, source_name FROM claims;
            UPDATE claim_groups SET
                article_count = (SELECT COUNT(DISTINCT article_id) FROM claims c WHERE c.group_id = claim_groups.id),
                source_count = (SELECT COUNT(*) FROM claim_group_sources s WHERE s.group_id = claim_groups.id);
            DROP INDEX articles_fingerprint;
            """),
        new(6, "the duplicate index in a file of its own, so that its checks never wait for the sink's commits", string.Empty, SqliteDuplicateTable.MoveToOwnFileAsync),
        new(7, "what each figure and claim counts, as written and as a lemma", """
            ALTER TABLE figures ADD COLUMN counted_text TEXT;
            ALTER TABLE figures ADD COLUMN counted_lemma TEXT;
            ALTER TABLE claims ADD COLUMN counted_text TEXT;
            ALTER TABLE claims ADD COLUMN counted_lemma TEXT;
            """),
        new(8, "indexes no query reads go, so that an article's write touches fewer pages of a large store", """
            -- Nothing looks a claim up by its id (a hash of article and ordinal, which stay unique), nor a group by its
            -- key (hashed into its id), nor entities by entity id (the entity listing reads them all): each such index
            -- cost one page written at a random place per row. Claims keep their rowids, which their search index names.
            CREATE TABLE claims_v8 (
                id TEXT NOT NULL,
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
                source_id TEXT,
                counted_text TEXT,
                counted_lemma TEXT,
                UNIQUE (article_id, ordinal)
            );
            INSERT INTO claims_v8 (rowid, id, article_id, ordinal, group_id, text, start, "end", value, low, high, approximate, unit,
                category, subject, location, source, source_name, modality, sentence, date, key, source_id, counted_text, counted_lemma)
            SELECT rowid, id, article_id, ordinal, group_id, text, start, "end", value, low, high, approximate, unit,
                category, subject, location, source, source_name, modality, sentence, date, key, source_id, counted_text, counted_lemma
            FROM claims;
            DROP TABLE claims;
            ALTER TABLE claims_v8 RENAME TO claims;
            CREATE INDEX claims_group ON claims(group_id);
            CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
                INSERT INTO claims_search (rowid, sentence) VALUES (new.rowid, new.sentence);
            END;
            CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
                INSERT INTO claims_search (claims_search, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
            END;
            -- A group's row is its id's index entry (one page per new or counted group, not three). Claims name their
            -- group: while its table is remade the check waits for the commit, by when every group is back.
            PRAGMA defer_foreign_keys = ON;
            CREATE TEMP TABLE claim_groups_v7 AS SELECT id, key, first_seen, article_count, source_count FROM claim_groups;
            DROP TABLE claim_groups;
            CREATE TABLE claim_groups (
                id TEXT PRIMARY KEY,
                key TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                article_count INTEGER NOT NULL DEFAULT 0,
                source_count INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            INSERT INTO claim_groups (id, key, first_seen, article_count, source_count) SELECT id, key, first_seen, article_count, source_count FROM claim_groups_v7;
            DROP TABLE claim_groups_v7;
            DROP INDEX entities_entity;
            """),
        new(9, "exact fingerprints recomputed: a single quote outside a word reads as a quotation mark", string.Empty, StoredFingerprints.RecomputeAsync),
        new(10, "the title or role given with a claim's source", """
            ALTER TABLE claims ADD COLUMN source_role TEXT;
            """),
        ]);
}
