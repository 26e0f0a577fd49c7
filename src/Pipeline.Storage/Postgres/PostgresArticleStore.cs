using Dapper;
using Npgsql;
using Pipeline.Contracts;

namespace Pipeline.Storage.Postgres;

/// <summary>The sink store in a PostgreSQL database, shared by every worker of the sink stage.</summary>
public sealed class PostgresArticleStore(PostgresDatabase database) : IArticleStore
{
    // Uuids read as text so that ClaimRow maps both stores' rows alike.
    private const string ClaimColumns = """
        c.id::text AS id, c.article_id::text AS article_id, c.ordinal::bigint AS ordinal, c.group_id::text AS group_id, c.text,
        c.start::bigint AS start, c."end"::bigint AS "end", c.value, c.low, c.high, c.approximate, c.unit, c.category,
        c.subject, c.location, c.source, c.source_id, c.source_name, c.modality, c.sentence, c.date, c.key
        """;

    public Task MigrateAsync(CancellationToken cancellationToken) => PostgresSchema.MigrateAsync(database, cancellationToken);

    public Task<IReadOnlyList<StoredClaim>> SaveAsync(ArticleAnalyzed article, CancellationToken cancellationToken)
        => database.WriteAsync(
            async (connection, transaction) =>
            {
                var inserted = await connection.ExecuteAsync(
                    """
                    INSERT INTO articles (id, file_name, title, url, published, source, format, encoding, text, language,
                        language_confidence, duplicate_kind, original_id, similarity, fingerprint, received_at)
                    VALUES (@id, @fileName, @title, @url, @published, @source, @format, @encoding, @text, @language,
                        @confidence, @kind, @originalId, @similarity, @fingerprint, @receivedAt)
                    ON CONFLICT (id) DO NOTHING
                    """,
                    new
                    {
                        id = article.ArticleId,
                        fileName = article.Article.FileName,
                        title = article.Article.Title,
                        url = article.Article.Url,
                        published = article.Article.Published,
                        source = article.Article.Source,
                        format = article.Article.Format,
                        encoding = article.Article.Encoding,
                        text = article.Article.Text,
                        language = article.Language.Code,
                        confidence = article.Language.Confidence,
                        kind = article.Duplicate.Kind,
                        originalId = article.Duplicate.OriginalId,
                        similarity = article.Duplicate.Similarity,
                        fingerprint = article.Duplicate.Fingerprint,
                        receivedAt = article.ReceivedAt.ToUniversalTime(),
                    },
                    transaction);

                // A redelivered message finds its article already stored in full (one transaction), so it writes nothing;
                // a copy delivered to two workers at once waits on the first one's row and then writes nothing either.
                if (inserted == 1)
                {
                    await InsertChildrenAsync(connection, transaction, article);
                }

                return await ReadStoredClaimsAsync(connection, transaction, article.ArticleId);
            },
            cancellationToken);

    public async Task<IReadOnlySet<Guid>> FindStoredAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var found = await database.ReadAsync(
            connection => connection.QueryAsync<Guid>("SELECT id FROM articles WHERE id = ANY(@ids)", new { ids = articleIds.ToArray() }),
            cancellationToken);
        return found.ToHashSet();
    }

    public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
        => database.ReadAsync(connection => ListArticlesAsync(connection, query.ArticleIds, query.Limit), cancellationToken);

    public Task<IReadOnlyList<ClaimSummary>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<ClaimSummary>>(
            async connection =>
            {
                var filter = query.ArticleIds is null ? string.Empty : "WHERE c.article_id = ANY(@ids)";
                var rows = await connection.QueryAsync<ClaimRow>(
                    $"""
                    SELECT {ClaimColumns} FROM claims c JOIN articles a ON a.id = c.article_id {filter}
                    ORDER BY a.received_at, c.article_id, c.ordinal LIMIT @limit
                    """,
                    new { ids = query.ArticleIds?.ToArray(), limit = query.Limit });
                return rows.Select(r => r.ToSummary()).ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<ClaimGroupSummary>> ListClaimGroupsAsync(ClaimQuery query, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<ClaimGroupSummary>>(
            async connection =>
            {
                var filter = query.ArticleIds is null
                    ? string.Empty
                    : "WHERE c.group_id IN (SELECT group_id FROM claims WHERE article_id = ANY(@ids))";
                var rows = (await connection.QueryAsync<ClaimRow>(
                    $"""
                    SELECT {ClaimColumns}, {ClaimGroupSummaries.ArticleColumns} FROM claims c JOIN claim_groups g ON g.id = c.group_id JOIN articles a ON a.id = c.article_id {filter}
                    ORDER BY g.first_seen, c.group_id, a.received_at, a.stored_at, c.ordinal
                    """,
                    new { ids = query.ArticleIds?.ToArray() })).ToList();
                return ClaimGroupSummaries.From(rows.Select(r => (r.ToSummary(), r.source_name, ClaimGroupSummaries.SourceLabel(r)))).Take(query.Limit).ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<EntitySummary>> ListEntitiesAsync(int limit, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<EntitySummary>>(
            async connection =>
            {
                var rows = await connection.QueryAsync<(string Id, string Canonical, string Type, long Mentions, long Articles, string[] Variants)>(
                    """
                    SELECT entity_id, MIN(canonical), MIN(type), COUNT(*), COUNT(DISTINCT article_id),
                           ARRAY_AGG(DISTINCT text COLLATE "C" ORDER BY text COLLATE "C")
                    FROM entities GROUP BY entity_id
                    ORDER BY COUNT(*) DESC, MIN(canonical)
                    LIMIT @limit
                    """,
                    new { limit });
                return rows.Select(r => new EntitySummary(r.Id, r.Canonical, r.Type, (int)r.Mentions, (int)r.Articles, r.Variants)).ToList();
            },
            cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
        => database.ReadAsync(
            connection => connection.QuerySingleAsync<StoreCounts>(
                """
                SELECT (SELECT COUNT(*) FROM articles) AS articles,
                       (SELECT COUNT(*) FROM articles WHERE duplicate_kind <> 'unique') AS duplicates,
                       (SELECT COUNT(*) FROM entities) AS entities,
                       (SELECT COUNT(*) FROM figures) AS figures,
                       (SELECT COUNT(*) FROM claims) AS claims,
                       (SELECT COUNT(*) FROM claim_groups) AS claimgroups
                """),
            cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<SearchHit>>(
            async connection =>
            {
                // Each article is matched with the query parsed by its own configuration; one branch per configuration
                // keeps "search @@ constant query" in the condition, which the GIN index answers.
                var ids = (await connection.QueryAsync<Guid>(
                    $"""
                    SELECT a.id FROM articles a
                    JOIN (VALUES {string.Join(", ", PostgresSearch.Configurations.Select(c => $"('{c}'::regconfig, websearch_to_tsquery('{c}', @query))"))})
                        AS q(config, query)
                        ON pipeline_search_config(a.language) = q.config AND a.search @@ q.query
                    ORDER BY ts_rank(a.search, q.query) DESC, a.received_at, a.id
                    LIMIT @limit
                    """,
                    new { query, limit })).ToList();
                if (ids.Count == 0)
                {
                    return [];
                }

                var articles = await ListArticlesAsync(connection, ids, ids.Count);
                // A claim is shown when its sentence shares a stemmed word with the query: the article matched all of
                // them, but one sentence seldom holds every word ("1 800 chars" is far from "Bakhmut").
                var claims = (await connection.QueryAsync<ClaimRow>(
                    $"""
                    SELECT {ClaimColumns} FROM claims c JOIN articles a ON a.id = c.article_id
                    WHERE c.article_id = ANY(@ids)
                      AND tsvector_to_array(to_tsvector(pipeline_search_config(a.language), c.sentence))
                          && tsvector_to_array(to_tsvector(pipeline_search_config(a.language), @query))
                    ORDER BY c.article_id, c.ordinal
                    """,
                    new { ids = ids.ToArray(), query })).Select(r => r.ToSummary()).ToLookup(c => c.ArticleId);
                var byId = articles.ToDictionary(a => a.Id);
                return ids.Select(id => new SearchHit(byId[id], claims[id].ToList())).ToList();
            },
            cancellationToken);

    private static async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid>? ids, int limit)
    {
        var filter = ids is null ? string.Empty : "WHERE a.id = ANY(@ids)";
        var rows = await connection.QueryAsync<ArticleRow>(
            $"""
            SELECT a.id, a.file_name AS filename, a.title, a.published, a.language, a.language_confidence AS confidence,
                   a.duplicate_kind AS kind, a.original_id AS originalid, a.similarity,
                   (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id) AS entities,
                   (SELECT COUNT(*) FROM figures f WHERE f.article_id = a.id) AS figures,
                   (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims,
                   a.stored_at AS storedat
            FROM articles a {filter}
            ORDER BY a.received_at, a.file_name
            LIMIT @limit
            """,
            new { ids = ids?.ToArray(), limit });
        return rows.Select(r => new ArticleSummary(
            r.Id, r.FileName, r.Title, r.Published, r.Language, r.Confidence, r.Kind, r.OriginalId, r.Similarity,
            (int)r.Entities, (int)r.Figures, (int)r.Claims, new DateTimeOffset(DateTime.SpecifyKind(r.StoredAt, DateTimeKind.Utc)))).ToList();
    }

    private static async Task InsertChildrenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ArticleAnalyzed article)
    {
        static Guid AsUuid(Guid id) => id;
        await connection.ExecuteAsync(ArticleChildRows.InsertEntity, ArticleChildRows.Entities(article, AsUuid), transaction);
        await connection.ExecuteAsync(ArticleChildRows.InsertFigure, ArticleChildRows.Figures(article, AsUuid), transaction);

        // All of the article's groups in one statement, in id order: two articles creating the same groups at once
        // then wait for each other in the same order instead of deadlocking.
        var groups = article.Claims.Select(c => c.Key).Distinct().Select(key => (Id: StableId.ForClaimGroup(key), Key: key)).OrderBy(g => g.Id).ToList();
        await connection.ExecuteAsync(
            """
            INSERT INTO claim_groups (id, key)
            SELECT id, key FROM unnest(@ids, @keys) WITH ORDINALITY AS g(id, key, position) ORDER BY position
            ON CONFLICT (id) DO NOTHING
            """,
            new { ids = groups.Select(g => g.Id).ToArray(), keys = groups.Select(g => g.Key).ToArray() },
            transaction);

        await connection.ExecuteAsync(ArticleChildRows.InsertClaim, ArticleChildRows.Claims(article, AsUuid), transaction);
    }

    private static async Task<IReadOnlyList<StoredClaim>> ReadStoredClaimsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid articleId)
    {
        var claims = (await connection.QueryAsync<ClaimRow>(
            $"SELECT {ClaimColumns} FROM claims c WHERE c.article_id = @articleId ORDER BY c.ordinal", new { articleId }, transaction)).ToList();
        var backing = (await connection.QueryAsync<(Guid GroupId, long Articles, long Sources)>(
            """
            SELECT group_id, COUNT(DISTINCT article_id), COUNT(DISTINCT source_name) FROM claims
            WHERE group_id IN (SELECT group_id FROM claims WHERE article_id = @articleId)
            GROUP BY group_id
            """,
            new { articleId },
            transaction)).ToDictionary(b => b.GroupId);
        return claims.Select(c =>
        {
            var counts = backing[Guid.Parse(c.group_id)];
            return new StoredClaim(Guid.Parse(c.id), Guid.Parse(c.group_id), (int)counts.Articles, (int)counts.Sources, c.ToClaimData());
        }).ToList();
    }

    private sealed class ArticleRow
    {
        public Guid Id { get; set; }

        public string FileName { get; set; } = "";

        public string? Title { get; set; }

        public string? Published { get; set; }

        public string Language { get; set; } = "";

        public double Confidence { get; set; }

        public string Kind { get; set; } = "";

        public Guid? OriginalId { get; set; }

        public double Similarity { get; set; }

        public long Entities { get; set; }

        public long Figures { get; set; }

        public long Claims { get; set; }

        public DateTime StoredAt { get; set; }
    }
}
