using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Pipeline.Contracts;

namespace Pipeline.Storage.Sqlite;

/// <summary>The sink store in one SQLite file (the embedded default).</summary>
public sealed class SqliteArticleStore(SqliteDatabase database) : IArticleStore
{
    public Task MigrateAsync(CancellationToken cancellationToken) => SqliteSchema.MigrateAsync(database, cancellationToken);

    public Task<IReadOnlyList<StoredClaim>> SaveAsync(ArticleAnalyzed article, CancellationToken cancellationToken)
        => database.WriteAsync(
            async (connection, transaction) =>
            {
                var articleId = article.ArticleId.ToString();
                var inserted = await connection.ExecuteAsync(
                    """
                    INSERT INTO articles (id, file_name, title, url, published, source, format, encoding, text, language,
                        language_confidence, duplicate_kind, original_id, similarity, fingerprint, received_at, stored_at)
                    VALUES (@id, @fileName, @title, @url, @published, @source, @format, @encoding, @text, @language,
                        @confidence, @kind, @originalId, @similarity, @fingerprint, @receivedAt, @storedAt)
                    ON CONFLICT (id) DO NOTHING
                    """,
                    new
                    {
                        id = articleId,
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
                        originalId = article.Duplicate.OriginalId?.ToString(),
                        similarity = article.Duplicate.Similarity,
                        fingerprint = article.Duplicate.Fingerprint,
                        receivedAt = article.ReceivedAt.ToString("O"),
                        storedAt = DateTimeOffset.UtcNow.ToString("O"),
                    },
                    transaction);

                // A redelivered message finds its article already stored in full (one transaction), so it writes nothing.
                if (inserted == 1)
                {
                    await InsertChildrenAsync(connection, transaction, article);
                }

                return await ReadStoredClaimsAsync(connection, transaction, articleId);
            },
            cancellationToken);

    public async Task<IReadOnlySet<Guid>> FindStoredAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QueryAsync<string>(
            "SELECT id FROM articles WHERE id IN @ids", new { ids = articleIds.Select(i => i.ToString()).ToArray() });
        return found.Select(Guid.Parse).ToHashSet();
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filter = query.ArticleIds is null ? string.Empty : "WHERE a.id IN @ids";
        var rows = await connection.QueryAsync(
            $"""
            SELECT a.id, a.file_name, a.title, a.published, a.language, a.language_confidence, a.duplicate_kind, a.original_id,
                   a.similarity, a.stored_at,
                   (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id) AS entity_count,
                   (SELECT COUNT(*) FROM figures f WHERE f.article_id = a.id) AS figure_count,
                   (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claim_count
            FROM articles a {filter}
            ORDER BY a.received_at, a.file_name
            LIMIT @limit
            """,
            new { ids = query.ArticleIds?.Select(i => i.ToString()).ToArray(), limit = query.Limit });
        return rows.Select(r => new ArticleSummary(
            Guid.Parse((string)r.id),
            (string)r.file_name,
            (string?)r.title,
            (string?)r.published,
            (string)r.language,
            (double)r.language_confidence,
            (string)r.duplicate_kind,
            r.original_id is string original ? Guid.Parse(original) : null,
            (double)r.similarity,
            (int)(long)r.entity_count,
            (int)(long)r.figure_count,
            (int)(long)r.claim_count,
            DateTimeOffset.Parse((string)r.stored_at, CultureInfo.InvariantCulture))).ToList();
    }

    public async Task<IReadOnlyList<ClaimSummary>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filter = query.ArticleIds is null ? string.Empty : "WHERE c.article_id IN @ids";
        var rows = await connection.QueryAsync<ClaimRow>(
            $"SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id {filter} ORDER BY a.received_at, c.article_id, c.ordinal LIMIT @limit",
            new { ids = query.ArticleIds?.Select(i => i.ToString()).ToArray(), limit = query.Limit });
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<IReadOnlyList<ClaimGroupSummary>> ListClaimGroupsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filter = query.ArticleIds is null
            ? string.Empty
            : "WHERE c.group_id IN (SELECT group_id FROM claims WHERE article_id IN @ids)";
        var rows = (await connection.QueryAsync<ClaimRow>(
            $"""
            SELECT c.*, {ClaimGroupSummaries.ArticleColumns} FROM claims c JOIN claim_groups g ON g.id = c.group_id JOIN articles a ON a.id = c.article_id {filter}
            ORDER BY g.first_seen, c.group_id, a.received_at, a.stored_at, c.ordinal
            """,
            new { ids = query.ArticleIds?.Select(i => i.ToString()).ToArray() })).ToList();
        return ClaimGroupSummaries.From(rows.Select(r => (r.ToSummary(), r.source_name, ClaimGroupSummaries.SourceLabel(r)))).Take(query.Limit).ToList();
    }

    public async Task<IReadOnlyList<EntitySummary>> ListEntitiesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Canonical, string Type, long Mentions, long Articles)>(
            """
            SELECT entity_id, MIN(canonical), MIN(type), COUNT(*), COUNT(DISTINCT article_id)
            FROM entities GROUP BY entity_id
            ORDER BY COUNT(*) DESC, MIN(canonical)
            LIMIT @limit
            """,
            new { limit });
        var variants = (await connection.QueryAsync<(string Id, string Text)>("SELECT DISTINCT entity_id, text FROM entities ORDER BY text"))
            .ToLookup(v => v.Id, v => v.Text);
        return rows.Select(r => new EntitySummary(r.Id, r.Canonical, r.Type, (int)r.Mentions, (int)r.Articles, variants[r.Id].ToList())).ToList();
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync(
            """
            SELECT (SELECT COUNT(*) FROM articles) AS articles,
                   (SELECT COUNT(*) FROM articles WHERE duplicate_kind <> 'unique') AS duplicates,
                   (SELECT COUNT(*) FROM entities) AS entities,
                   (SELECT COUNT(*) FROM figures) AS figures,
                   (SELECT COUNT(*) FROM claims) AS claims,
                   (SELECT COUNT(*) FROM claim_groups) AS groups
            """);
        return new StoreCounts((long)row.articles, (long)row.duplicates, (long)row.entities, (long)row.figures, (long)row.claims, (long)row.groups);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var match = ToFtsQuery(query, " ");
        if (match.Length == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = (await connection.QueryAsync<string>(
            """
            SELECT a.id FROM articles_search s JOIN articles a ON a.rowid = s.rowid
            WHERE articles_search MATCH @match
            ORDER BY bm25(articles_search, 10.0, 1.0), a.received_at, a.id
            LIMIT @limit
            """,
            new { match, limit })).Select(Guid.Parse).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var articles = (await ListArticlesAsync(new ArticleQuery(ids, ids.Count), cancellationToken)).ToDictionary(a => a.Id);
        // A claim is shown when its sentence holds one of the words: the article held them all, a sentence seldom does.
        var claims = (await connection.QueryAsync<ClaimRow>(
            """
            SELECT c.* FROM claims_search s JOIN claims c ON c.rowid = s.rowid
            WHERE claims_search MATCH @anyWord AND c.article_id IN @ids
            ORDER BY c.article_id, c.ordinal
            """,
            new { anyWord = ToFtsQuery(query, " OR "), ids = ids.Select(i => i.ToString()).ToArray() })).Select(r => r.ToSummary()).ToLookup(c => c.ArticleId);
        return ids.Select(id => new SearchHit(articles[id], claims[id].ToList())).ToList();
    }

    /// <summary>
    /// Every word of the query as a quoted FTS5 prefix term, joined by <paramref name="separator"/> (a space: all
    /// required, <c>" OR "</c>: any): "chars Bakhmut" becomes <c>"chars"* "bakhmut"*</c>. Quoting keeps FTS5's
    /// operators out of the user's hands; single letters (the l' of l'armée) are left out, as a prefix they would
    /// match nearly every article.
    /// </summary>
    internal static string ToFtsQuery(string query, string separator)
        => string.Join(separator, Regex.Matches(query, @"[\p{L}\p{N}]+")
            .Where(m => m.Length > 1 || char.IsDigit(m.Value[0]))
            .Select(m => $"\"{m.Value.ToLowerInvariant()}\"*"));

    private static async Task InsertChildrenAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleAnalyzed article)
    {
        static string ToText(Guid id) => id.ToString();
        await connection.ExecuteAsync(ArticleChildRows.InsertEntity, ArticleChildRows.Entities(article, ToText), transaction);
        await connection.ExecuteAsync(ArticleChildRows.InsertFigure, ArticleChildRows.Figures(article, ToText), transaction);

        var now = DateTimeOffset.UtcNow.ToString("O");
        foreach (var key in article.Claims.Select(c => c.Key).Distinct())
        {
            await connection.ExecuteAsync(
                "INSERT INTO claim_groups (id, key, first_seen) VALUES (@groupId, @key, @now) ON CONFLICT (id) DO NOTHING",
                new { groupId = ToText(StableId.ForClaimGroup(key)), key, now },
                transaction);
        }

        await connection.ExecuteAsync(ArticleChildRows.InsertClaim, ArticleChildRows.Claims(article, ToText), transaction);
    }

    private static async Task<IReadOnlyList<StoredClaim>> ReadStoredClaimsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string articleId)
    {
        var claims = (await connection.QueryAsync<ClaimRow>(
            "SELECT * FROM claims WHERE article_id = @articleId ORDER BY ordinal", new { articleId }, transaction)).ToList();
        var backing = (await connection.QueryAsync<(string GroupId, long Articles, long Sources)>(
            """
            SELECT group_id, COUNT(DISTINCT article_id), COUNT(DISTINCT source_name) FROM claims
            WHERE group_id IN (SELECT group_id FROM claims WHERE article_id = @articleId)
            GROUP BY group_id
            """,
            new { articleId },
            transaction)).ToDictionary(b => b.GroupId);
        return claims.Select(c =>
        {
            var counts = backing[c.group_id];
            return new StoredClaim(Guid.Parse(c.id), Guid.Parse(c.group_id), (int)counts.Articles, (int)counts.Sources, c.ToClaimData());
        }).ToList();
    }
}
