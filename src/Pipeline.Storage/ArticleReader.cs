using System.Data.Common;

namespace Pipeline.Storage;

/// <summary>The commands' queries, on any engine: pooled connections, no write lock, lists bound as one parameter.</summary>
internal sealed class ArticleReader(StoreDatabase database) : IArticleReader
{
    private StoreDialect Dialect => database.Dialect;

    public async Task<IReadOnlySet<Guid>> FindStoredAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var found = await database.ReadAsync(
            connection => StoreCommand.ListAsync(
                connection, null, $"SELECT id FROM articles WHERE {Dialect.IsAnyOf("id", "@ids")}", r => r.GetGuid(0), cancellationToken, ("@ids", Dialect.Ids(articleIds))),
            cancellationToken);
        return found.ToHashSet();
    }

    public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
        => database.ReadAsync(connection => ListArticlesAsync(connection, query.ArticleIds, query.Limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<ClaimSummary>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<ClaimSummary>>(
            async connection =>
            {
                var filter = query.ArticleIds is null ? string.Empty : $"WHERE {Dialect.IsAnyOf("c.article_id", "@ids")}";
                var rows = await StoreCommand.ListAsync(
                    connection,
                    null,
                    $"SELECT {ClaimRow.Columns} FROM claims c JOIN articles a ON a.id = c.article_id {filter} ORDER BY a.received_at, c.article_id, c.ordinal LIMIT @limit",
                    ClaimRow.Read,
                    cancellationToken,
                    [.. IdsIfAny(query.ArticleIds), ("@limit", query.Limit)]);
                return rows.Select(r => r.ToSummary()).ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<ClaimGroupSummary>> ListClaimGroupsAsync(ClaimQuery query, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<ClaimGroupSummary>>(
            async connection =>
            {
                var filter = query.ArticleIds is null
                    ? string.Empty
                    : $"WHERE c.group_id IN (SELECT group_id FROM claims WHERE {Dialect.IsAnyOf("article_id", "@ids")})";
                var rows = await StoreCommand.ListAsync(
                    connection,
                    null,
                    $"""
                    SELECT {ClaimRow.Columns}, {ClaimGroupSummaries.ArticleColumns}
                    FROM claims c JOIN claim_groups g ON g.id = c.group_id JOIN articles a ON a.id = c.article_id {filter}
                    ORDER BY g.first_seen, c.group_id, a.received_at, a.stored_at, c.ordinal
                    """,
                    reader =>
                    {
                        var row = ClaimRow.Read(reader);
                        return (row.ToSummary(), row.SourceName, ClaimGroupSummaries.SourceLabel(row, reader));
                    },
                    cancellationToken,
                    IdsIfAny(query.ArticleIds));
                return ClaimGroupSummaries.From(rows).Take(query.Limit).ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<EntitySummary>> ListEntitiesAsync(int limit, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<EntitySummary>>(
            async connection =>
            {
                var entities = await StoreCommand.ListAsync(
                    connection,
                    null,
                    """
                    SELECT entity_id, MIN(canonical), MIN(type), COUNT(*), COUNT(DISTINCT article_id)
                    FROM entities GROUP BY entity_id
                    ORDER BY COUNT(*) DESC, MIN(canonical)
                    LIMIT @limit
                    """,
                    r => (Id: r.GetString(0), Canonical: r.GetString(1), Type: r.GetString(2), Mentions: StoreCommand.Number(r.GetValue(3))!.Value, Articles: StoreCommand.Number(r.GetValue(4))!.Value),
                    cancellationToken,
                    ("@limit", limit));
                var variants = (await StoreCommand.ListAsync(
                        connection,
                        null,
                        $"SELECT DISTINCT entity_id, text FROM entities WHERE {Dialect.IsAnyOf("entity_id", "@ids")}",
                        r => (Id: r.GetString(0), Text: r.GetString(1)),
                        cancellationToken,
                        ("@ids", Dialect.Texts(entities.Select(e => e.Id)))))
                    .OrderBy(v => v.Text, StringComparer.Ordinal)
                    .ToLookup(v => v.Id, v => v.Text);
                return entities.Select(e => new EntitySummary(e.Id, e.Canonical, e.Type, (int)e.Mentions, (int)e.Articles, variants[e.Id].ToList())).ToList();
            },
            cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
        => database.ReadAsync(
            async connection => (await StoreCommand.ListAsync(
                connection,
                null,
                """
                SELECT (SELECT COUNT(*) FROM articles),
                       (SELECT COUNT(*) FROM articles WHERE duplicate_kind <> 'unique'),
                       (SELECT COUNT(*) FROM entities),
                       (SELECT COUNT(*) FROM figures),
                       (SELECT COUNT(*) FROM claims),
                       (SELECT COUNT(*) FROM claim_groups)
                """,
                r => new StoreCounts(Count(r, 0), Count(r, 1), Count(r, 2), Count(r, 3), Count(r, 4), Count(r, 5)),
                cancellationToken)).Single(),
            cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
        => database.ReadAsync<IReadOnlyList<SearchHit>>(
            async connection =>
            {
                if (Dialect.Search(query) is not { } terms)
                {
                    return [];
                }

                var ids = await StoreCommand.ListAsync(connection, null, Dialect.SearchArticles, r => r.GetGuid(0), cancellationToken, ("@all", terms.All), ("@limit", limit));
                if (ids.Count == 0)
                {
                    return [];
                }

                var articles = (await ListArticlesAsync(connection, ids, ids.Count, cancellationToken)).ToDictionary(a => a.Id);
                // A claim is shown when its sentence holds one of the words: the article held them all, one sentence seldom does.
                var claims = (await StoreCommand.ListAsync(connection, null, Dialect.SearchClaims, ClaimRow.Read, cancellationToken, ("@any", terms.Any), ("@ids", Dialect.Ids(ids))))
                    .Select(r => r.ToSummary())
                    .ToLookup(c => c.ArticleId);
                return ids.Select(id => new SearchHit(articles[id], claims[id].ToList())).ToList();
            },
            cancellationToken);

    /// <summary>The <c>@ids</c> parameter of a query filtered by ids, none for an unfiltered one.</summary>
    private (string Name, object? Value)[] IdsIfAny(IReadOnlyCollection<Guid>? ids) => ids is null ? [] : [("@ids", Dialect.Ids(ids))];

    private static long Count(DbDataReader reader, int ordinal) => StoreCommand.Number(reader.GetValue(ordinal)) ?? 0;

    private async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(DbConnection connection, IReadOnlyCollection<Guid>? ids, int limit, CancellationToken cancellationToken)
        => await StoreCommand.ListAsync(
            connection,
            null,
            $"""
            SELECT a.id, a.file_name, a.title, a.published, a.language, a.language_confidence, a.duplicate_kind, a.original_id, a.similarity,
                   (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id),
                   (SELECT COUNT(*) FROM figures f WHERE f.article_id = a.id),
                   (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id),
                   a.stored_at
            FROM articles a {(ids is null ? string.Empty : $"WHERE {Dialect.IsAnyOf("a.id", "@ids")}")}
            ORDER BY a.received_at, a.file_name
            LIMIT @limit
            """,
            r => new ArticleSummary(
                r.GetGuid(0),
                r.GetString(1),
                ClaimRow.Text(r, 2),
                ClaimRow.Text(r, 3),
                r.GetString(4),
                r.GetDouble(5),
                r.GetString(6),
                r.IsDBNull(7) ? null : r.GetGuid(7),
                r.GetDouble(8),
                (int)Count(r, 9),
                (int)Count(r, 10),
                (int)Count(r, 11),
                r.GetFieldValue<DateTimeOffset>(12)),
            cancellationToken,
            [.. IdsIfAny(ids), ("@limit", limit)]);
}
