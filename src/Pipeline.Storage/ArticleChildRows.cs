using Pipeline.Contracts;

namespace Pipeline.Storage;

/// <summary>
/// The entity, figure and claim rows an analysed article writes beside itself, with their insert statements: the
/// same on both engines except the type of the id columns (text in SQLite, uuid in PostgreSQL), which
/// <c>toId</c> converts.
/// </summary>
internal static class ArticleChildRows
{
    public const string InsertEntity = """
        INSERT INTO entities (article_id, ordinal, text, start, "end", type, canonical, entity_id, role)
        VALUES (@articleId, @ordinal, @Text, @Start, @End, @Type, @Canonical, @Id, @Role)
        """;

    public const string InsertFigure = """
        INSERT INTO figures (article_id, ordinal, text, start, "end", value, low, high, approximate, unit, category)
        VALUES (@articleId, @ordinal, @Text, @Start, @End, @Value, @Low, @High, @Approximate, @Unit, @Category)
        """;

    public const string InsertClaim = """
        INSERT INTO claims (id, article_id, ordinal, group_id, text, start, "end", value, low, high, approximate, unit, category,
            subject, location, source, source_id, source_name, modality, sentence, date, key)
        VALUES (@id, @articleId, @ordinal, @groupId, @text, @start, @end, @value, @low, @high, @approximate, @unit, @category,
            @subject, @location, @source, @sourceId, @sourceName, @modality, @sentence, @date, @key)
        """;

    public static IEnumerable<object> Entities<TId>(ArticleAnalyzed article, Func<Guid, TId> toId)
    {
        var articleId = toId(article.ArticleId);
        return article.Entities.Select((e, i) => (object)new { articleId, ordinal = i, e.Text, e.Start, e.End, e.Type, e.Canonical, e.Id, e.Role });
    }

    public static IEnumerable<object> Figures<TId>(ArticleAnalyzed article, Func<Guid, TId> toId)
    {
        var articleId = toId(article.ArticleId);
        return article.Figures.Select((f, i) => (object)new { articleId, ordinal = i, f.Text, f.Start, f.End, f.Value, f.Low, f.High, f.Approximate, f.Unit, f.Category });
    }

    /// <summary>One row per claim, in article order; the claim's ordinal is its place in the article.</summary>
    public static IEnumerable<object> Claims<TId>(ArticleAnalyzed article, Func<Guid, TId> toId)
    {
        var articleId = toId(article.ArticleId);
        return article.Claims.Select((claim, ordinal) => (object)new
        {
            id = toId(StableId.ForClaim(article.ArticleId, ordinal)),
            articleId,
            ordinal,
            groupId = toId(StableId.ForClaimGroup(claim.Key)),
            text = claim.Figure.Text,
            start = claim.Figure.Start,
            end = claim.Figure.End,
            value = claim.Figure.Value,
            low = claim.Figure.Low,
            high = claim.Figure.High,
            approximate = claim.Figure.Approximate,
            unit = claim.Figure.Unit,
            category = claim.Figure.Category,
            subject = claim.Subject,
            location = claim.Location,
            source = claim.Source,
            sourceId = claim.SourceId,
            sourceName = ClaimSourceName.Of(claim.SourceId ?? claim.Source, article.Article.Source, article.ArticleId),
            modality = claim.Modality,
            sentence = claim.Sentence,
            date = claim.Date,
            key = claim.Key,
        });
    }
}
