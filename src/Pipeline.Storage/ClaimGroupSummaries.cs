namespace Pipeline.Storage;

/// <summary>Folds claim rows (ordered by group) into one summary per group.</summary>
internal static class ClaimGroupSummaries
{
    /// <summary>The article's outlet and its title (else file name), from the articles table joined as <c>a</c>, read by <see cref="SourceLabel"/>.</summary>
    public const string ArticleColumns = "a.source, COALESCE(a.title, a.file_name)";

    /// <summary>
    /// How a claim's source is shown: who the sentence quotes, else the outlet that published the article, else the
    /// article itself by title or file name, marked unattributed so an analyst does not read it as a named source.
    /// </summary>
    /// <param name="row">The claim.</param>
    /// <param name="reader">The row's <see cref="ArticleColumns"/>, after the claim's.</param>
    public static string SourceLabel(ClaimRow row, System.Data.Common.DbDataReader reader)
    {
        var articleSource = ClaimRow.Text(reader, ClaimRow.ColumnCount);
        var articleLabel = ClaimRow.Text(reader, ClaimRow.ColumnCount + 1);
        return row.Source ?? articleSource ?? (articleLabel is null ? "unattributed" : $"unattributed ({articleLabel})");
    }

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
                    g.Select(c => c.Claim.ArticleId).Distinct().ToList())
                {
                    CountedLemma = first.CountedLemma,
                };
            });
}
