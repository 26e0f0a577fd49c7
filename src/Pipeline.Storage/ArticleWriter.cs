using System.Data.Common;
using Pipeline.Contracts;

namespace Pipeline.Storage;

/// <summary>
/// The sink's writes, on any engine: the articles saved at the same time by this process go through one writer and
/// one transaction (<see cref="WriteQueue{TItem, TResult}"/>), each table's rows in a few multi-row statements (or
/// the engine's bulk copy), and every caller learns its claims once the transaction committed.
/// </summary>
/// <remarks>
/// Idempotent by article id: an article already stored (a redelivery) writes nothing and gets the claims the store
/// holds. A claim group keeps its counts (distinct articles, distinct sources) in its row, so that publishing a claim
/// costs the same whether its group has two articles or two thousand; its sources are listed once per group in
/// <c>claim_group_sources</c>. Articles, sources and groups are written in a fixed order, so that two processes
/// writing the same group wait for each other instead of deadlocking.
/// </remarks>
internal sealed class ArticleWriter : IArticleSink, IAsyncDisposable
{
    /// <summary>Articles per transaction at most: enough to share one commit among all the sink's consumers.</summary>
    public const int MaxBatch = IArticleSink.BatchSize;

    private readonly StoreDatabase database;
    private readonly StoreWriter writer;
    private readonly WriteQueue<ArticleAnalyzed, IReadOnlyList<StoredClaim>> queue;

    public ArticleWriter(StoreDatabase database)
    {
        this.database = database;
        writer = database.Writer(Writer, WriteLock.Rows);
        queue = new WriteQueue<ArticleAnalyzed, IReadOnlyList<StoredClaim>>(
            SaveAsync, database.Dialect.IsTransient, wait => database.Metrics.Queued(database.Dialect.Engine, Writer, wait), MaxBatch);
    }

    /// <summary>The writer's name in metrics and logs.</summary>
    public static string Writer => "sink";

    public Task<IReadOnlyList<StoredClaim>> SaveAsync(ArticleAnalyzed article, CancellationToken cancellationToken)
        => queue.WriteAsync(article, cancellationToken);

    /// <summary>Stores <paramref name="articles"/> in one transaction and returns each one's claims, in order.</summary>
    internal Task<IReadOnlyList<IReadOnlyList<StoredClaim>>> SaveAsync(IReadOnlyList<ArticleAnalyzed> articles, CancellationToken cancellationToken)
        => writer.WriteAsync(articles.Count, transaction => SaveAsync(transaction, articles, cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await queue.DisposeAsync();
        await writer.DisposeAsync();
    }

    private static async Task<IReadOnlyList<IReadOnlyList<StoredClaim>>> SaveAsync(
        StoreTransaction transaction, IReadOnlyList<ArticleAnalyzed> articles, CancellationToken cancellationToken)
    {
        var dialect = transaction.Dialect;
        var now = DateTimeOffset.UtcNow;
        var distinct = articles.DistinctBy(a => a.ArticleId).OrderBy(a => a.ArticleId).ToList();
        var inserted = (await transaction.InsertAsync(
            ArticleRows.Articles(distinct, dialect, now), "ON CONFLICT (id) DO NOTHING RETURNING id", reader => reader.GetGuid(0), cancellationToken)).ToHashSet();
        var fresh = distinct.Where(a => inserted.Contains(a.ArticleId)).ToList();

        await dialect.InsertAsync(transaction, ArticleRows.Entities(fresh, dialect), cancellationToken);
        await dialect.InsertAsync(transaction, ArticleRows.Figures(fresh, dialect), cancellationToken);
        var newSources = (await transaction.InsertAsync(
                ArticleRows.GroupSources(fresh, dialect), "ON CONFLICT (group_id, source_name) DO NOTHING RETURNING group_id", reader => reader.GetGuid(0), cancellationToken))
            .CountBy(id => id)
            .ToDictionary();
        var groups = (await transaction.InsertAsync(
                ArticleRows.Groups(fresh, newSources, dialect, now),
                """
                ON CONFLICT (id) DO UPDATE SET article_count = claim_groups.article_count + excluded.article_count,
                    source_count = claim_groups.source_count + excluded.source_count
                RETURNING id, article_count, source_count
                """,
                ReadBacking,
                cancellationToken))
            .ToDictionary(g => g.Id);
        await dialect.InsertAsync(transaction, ArticleRows.Claims(fresh, dialect), cancellationToken);

        // A redelivered article is told what the store holds, which is what a subscriber can look up.
        var stored = distinct.Where(a => !inserted.Contains(a.ArticleId)).ToList();
        var storedClaims = await ReadClaimsAsync(transaction, stored, groups, cancellationToken);

        return articles.Select(a => inserted.Contains(a.ArticleId)
            ? a.Claims.Select((claim, ordinal) => Announced(StableId.ForClaim(a.ArticleId, ordinal), StableId.ForClaimGroup(claim.Key), claim, groups)).ToList()
            : (IReadOnlyList<StoredClaim>)storedClaims[a.ArticleId].ToList()).ToList();
    }

    private static async Task<ILookup<Guid, StoredClaim>> ReadClaimsAsync(
        StoreTransaction transaction, IReadOnlyList<ArticleAnalyzed> articles, Dictionary<Guid, GroupBacking> groups, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return Array.Empty<StoredClaim>().ToLookup(c => c.ClaimId);
        }

        var dialect = transaction.Dialect;
        var claims = await transaction.ListAsync(
            $"SELECT {ClaimRow.Columns} FROM claims c WHERE {dialect.IsAnyOf("c.article_id", "@ids")} ORDER BY c.article_id, c.ordinal",
            ClaimRow.Read,
            cancellationToken,
            ("@ids", dialect.Ids(articles.Select(a => a.ArticleId))));
        var unread = claims.Select(c => c.GroupId).Where(id => !groups.ContainsKey(id)).Distinct().ToList();
        if (unread.Count > 0)
        {
            foreach (var group in await transaction.ListAsync(
                         $"SELECT id, article_count, source_count FROM claim_groups WHERE {dialect.IsAnyOf("id", "@ids")}",
                         ReadBacking,
                         cancellationToken,
                         ("@ids", dialect.Ids(unread))))
            {
                groups[group.Id] = group;
            }
        }

        return claims.ToLookup(c => c.ArticleId, c => Announced(c.Id, c.GroupId, c.ToClaimData(), groups));
    }

    private static StoredClaim Announced(Guid claimId, Guid groupId, ClaimData claim, IReadOnlyDictionary<Guid, GroupBacking> groups)
    {
        var group = groups[groupId];
        return new StoredClaim(claimId, groupId, group.Articles, group.Sources, claim);
    }

    private static GroupBacking ReadBacking(DbDataReader reader)
        => new(reader.GetGuid(0), (int)StoreCommand.Number(reader.GetValue(1))!.Value, (int)StoreCommand.Number(reader.GetValue(2))!.Value);

    private sealed record GroupBacking(Guid Id, int Articles, int Sources);
}
