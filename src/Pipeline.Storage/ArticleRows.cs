using Pipeline.Contracts;

namespace Pipeline.Storage;

/// <summary>
/// The rows an analysed article writes: itself, its entities, figures and claims, the groups its claims join and the
/// sources that back each group. Values are in the engine's types (<see cref="StoreDialect.Id"/>, <see cref="StoreDialect.Timestamp"/>).
/// </summary>
internal static class ArticleRows
{
    public static RowSet Articles(IEnumerable<ArticleAnalyzed> articles, StoreDialect dialect, DateTimeOffset storedAt)
    {
        var stored = dialect.Timestamp(storedAt);
        return new RowSet(
            "articles",
            ["id", "file_name", "title", "url", "published", "source", "format", "encoding", "text", "language", "language_confidence",
                "duplicate_kind", "original_id", "similarity", "fingerprint", "received_at", "stored_at"],
            articles.Select(a => new object?[]
            {
                dialect.Id(a.ArticleId), a.Article.FileName, a.Article.Title, a.Article.Url, a.Article.Published, a.Article.Source,
                a.Article.Format, a.Article.Encoding, a.Article.Text, a.Language.Code, a.Language.Confidence, a.Duplicate.Kind,
                a.Duplicate.OriginalId is { } original ? dialect.Id(original) : null, a.Duplicate.Similarity, a.Duplicate.Fingerprint,
                dialect.Timestamp(a.ReceivedAt), stored,
            }).ToList());
    }

    public static RowSet Entities(IEnumerable<ArticleAnalyzed> articles, StoreDialect dialect)
        => new(
            "entities",
            ["article_id", "ordinal", "text", "start", "\"end\"", "type", "canonical", "entity_id", "role"],
            articles.SelectMany(a =>
            {
                var articleId = dialect.Id(a.ArticleId);
                return a.Entities.Select((e, ordinal) => new object?[] { articleId, ordinal, e.Text, e.Start, e.End, e.Type, e.Canonical, e.Id, e.Role });
            }).ToList());

    public static RowSet Figures(IEnumerable<ArticleAnalyzed> articles, StoreDialect dialect)
        => new(
            "figures",
            ["article_id", "ordinal", "text", "start", "\"end\"", "value", "low", "high", "approximate", "unit", "category", "counted_text", "counted_lemma"],
            articles.SelectMany(a =>
            {
                var articleId = dialect.Id(a.ArticleId);
                return a.Figures.Select((f, ordinal) => new object?[] { articleId, ordinal, f.Text, f.Start, f.End, f.Value, f.Low, f.High, f.Approximate, f.Unit, f.Category, f.Counted?.Text, f.Counted?.Lemma });
            }).ToList());

    /// <summary>One row per claim, in article order; a claim's ordinal is its place in the article.</summary>
    public static RowSet Claims(IEnumerable<ArticleAnalyzed> articles, StoreDialect dialect)
        => new(
            "claims",
            ["id", "article_id", "ordinal", "group_id", "text", "start", "\"end\"", "value", "low", "high", "approximate", "unit", "category",
                "subject", "location", "source", "source_id", "source_name", "modality", "sentence", "date", "key", "counted_text", "counted_lemma",
                "source_role"],
            articles.SelectMany(a =>
            {
                var articleId = dialect.Id(a.ArticleId);
                return a.Claims.Select((c, ordinal) => new object?[]
                {
                    dialect.Id(StableId.ForClaim(a.ArticleId, ordinal)), articleId, ordinal, dialect.Id(StableId.ForClaimGroup(c.Key)),
                    c.Figure.Text, c.Figure.Start, c.Figure.End, c.Figure.Value, c.Figure.Low, c.Figure.High, c.Figure.Approximate, c.Figure.Unit,
                    c.Figure.Category, c.Subject, c.Location, c.Source, c.SourceId, SourceName(a, c), c.Modality, c.Sentence, c.Date, c.Key,
                    c.Figure.Counted?.Text, c.Figure.Counted?.Lemma, c.SourceRole,
                });
            }).ToList());

    /// <summary>
    /// The (group, source) pairs of the articles' claims, each once and in order, so that two transactions adding the
    /// same pairs wait for each other in the same order instead of deadlocking.
    /// </summary>
    public static RowSet GroupSources(IEnumerable<ArticleAnalyzed> articles, StoreDialect dialect)
        => new(
            "claim_group_sources",
            ["group_id", "source_name"],
            articles
                .SelectMany(a => a.Claims.Select(c => (Group: StableId.ForClaimGroup(c.Key), Source: SourceName(a, c))))
                .Distinct()
                .OrderBy(p => p.Group)
                .ThenBy(p => p.Source, StringComparer.Ordinal)
                .Select(p => new object?[] { dialect.Id(p.Group), p.Source })
                .ToList());

    /// <summary>
    /// One row per group the articles' claims join, in id order (see <see cref="GroupSources"/>), with what the
    /// articles add to its counts: each new article backs each of its groups once, and <paramref name="newSources"/>
    /// says how many sources each group gained.
    /// </summary>
    public static RowSet Groups(IEnumerable<ArticleAnalyzed> articles, IReadOnlyDictionary<Guid, int> newSources, StoreDialect dialect, DateTimeOffset firstSeen)
    {
        var seen = dialect.Timestamp(firstSeen);
        return new RowSet(
            "claim_groups",
            ["id", "key", "first_seen", "article_count", "source_count"],
            articles
                .SelectMany(a => a.Claims.Select(c => c.Key).Distinct())
                .GroupBy(key => key)
                .Select(g => (Id: StableId.ForClaimGroup(g.Key), Key: g.Key, Articles: g.Count()))
                .OrderBy(g => g.Id)
                .Select(g => new object?[] { dialect.Id(g.Id), g.Key, seen, g.Articles, newSources.GetValueOrDefault(g.Id) })
                .ToList());
    }

    private static string SourceName(ArticleAnalyzed article, ClaimData claim)
        => ClaimSourceName.Of(claim.SourceId ?? claim.Source, article.Article.Source, article.ArticleId);
}
