namespace Pipeline.Storage;

/// <summary>Folds claim rows (ordered by group) into one summary per group.</summary>
internal static class ClaimGroupSummaries
{
    /// <summary>Selects <see cref="ClaimRow.article_source"/> and <see cref="ClaimRow.article_label"/> from the articles table joined as <c>a</c>.</summary>
    public const string ArticleColumns = "a.source AS article_source, COALESCE(a.title, a.file_name) AS article_label";

    /// <summary>
    /// How a claim's source is shown: who the sentence quotes, else the outlet that published the article, else the
    /// article itself by title or file name, marked unattributed so an analyst does not read it as a named source.
    /// </summary>
    public static string SourceLabel(ClaimRow row)
        => row.source ?? row.article_source ?? (row.article_label is null ? "unattributed" : $"unattributed ({row.article_label})");

    public static IEnumerable<ClaimGroupSummary> From(IEnumerable<(ClaimSummary Claim, string SourceName, string SourceLabel)> claims)
        => claims
            .GroupBy(c => c.Claim.GroupId)
            .Select(g =>
            {
                var first = g.First().Claim;
                // Distinct by the normalised name, shown as first written.
                var sources = g.DistinctBy(c => c.SourceName).Select(c => c.SourceLabel).ToList();
                return new ClaimGroupSummary(
                    g.Key,
                    first.Key,
                    first.Text,
                    first.Unit,
                    first.Category,
                    first.Value,
                    first.Low,
                    first.High,
                    first.Subject,
                    first.Location,
                    g.Count(),
                    g.Select(c => c.Claim.ArticleId).Distinct().Count(),
                    sources,
                    g.Select(c => c.Claim.ArticleId).Distinct().ToList());
            });
}
