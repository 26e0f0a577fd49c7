namespace Pipeline.Storage.Postgres;

/// <summary>The PostgreSQL schema as numbered migrations; a database records the versions it has applied.</summary>
internal static class PostgresSchema
{
    /// <summary>The PostgreSQL schema: migrations in order; never edit one that has shipped, add the next.</summary>
    public static StoreSchema Schema { get; } = new(
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version integer PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT clock_timestamp())
        """,
        [
        new(1, "articles, entities, figures, claims, claim groups, duplicate index", """
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
            """),
        new(2, "full-text search with the article's language configuration", """
            -- One place maps a language to its text search configuration; PostgresSearch.Configurations lists its results.
            -- IMMUTABLE so a generated column may use it: the mapping only changes through a new migration.
            CREATE FUNCTION pipeline_search_config(language text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT CASE language WHEN 'fr' THEN 'french'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END $$;
            ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(pipeline_search_config(language), coalesce(title, '')), 'A')
                || setweight(to_tsvector(pipeline_search_config(language), text), 'B')) STORED;
            CREATE INDEX articles_search ON articles USING gin (search);
            """),
        new(3, "canonical id of a claim's source", """
            ALTER TABLE claims ADD COLUMN source_id TEXT;
            """),
        new(4, "duplicate index: one compact row per article, candidates found in memory", PostgresDuplicateTable.Create, PostgresDuplicateTable.MoveVersion3RowsAsync),
        new(5, "claim groups keep their counts; the unused fingerprint index goes", """
            ALTER TABLE claim_groups ADD COLUMN article_count integer NOT NULL DEFAULT 0;
            ALTER TABLE claim_groups ADD COLUMN source_count integer NOT NULL DEFAULT 0;
            -- Each group's distinct sources, so that a new claim's source is counted by one indexed insert.
            CREATE TABLE claim_group_sources (
                group_id uuid NOT NULL,
                source_name text NOT NULL,
                PRIMARY KEY (group_id, source_name)
            );
            INSERT INTO claim_group_sources (group_id, source_name) SELECT DISTINCT group_id, source_name FROM claims;
            UPDATE claim_groups SET
                article_count = (SELECT COUNT(DISTINCT article_id) FROM claims c WHERE c.group_id = claim_groups.id),
                source_count = (SELECT COUNT(*) FROM claim_group_sources s WHERE s.group_id = claim_groups.id);
            DROP INDEX articles_fingerprint;
            """),
        new(6, "what each figure and claim counts, as written and as a lemma", """
            ALTER TABLE figures ADD COLUMN counted_text text;
            ALTER TABLE figures ADD COLUMN counted_lemma text;
            ALTER TABLE claims ADD COLUMN counted_text text;
            ALTER TABLE claims ADD COLUMN counted_lemma text;
            """),
        new(7, "indexes no query reads go, so that an article's write touches fewer pages of a large store", """
            -- Nothing looks a claim up by its id (a hash of article and ordinal, which stay unique), nor a group by its
            -- key (hashed into its id), nor entities by entity id (the entity listing reads them all): each such index
            -- cost a page written at a random place per row, and a full page image in the log after each checkpoint.
            ALTER TABLE claims DROP CONSTRAINT claims_pkey;
            ALTER TABLE claim_groups DROP CONSTRAINT claim_groups_key_key;
            DROP INDEX entities_entity;
            """),
        new(8, "exact fingerprints recomputed: a single quote outside a word reads as a quotation mark", string.Empty, StoredFingerprints.RecomputeAsync),
        new(9, "the title or role given with a claim's source", """
            ALTER TABLE claims ADD COLUMN source_role TEXT;
            """),
        ]);
}
