namespace Pipeline.Storage;

/// <summary>Folds claim rows (ordered by group) into one summary per group.</summary>
internal static class ClaimGroupSummaries
{
    public static IEnumerable<ClaimGroupSummary> From(IEnumerable<(ClaimSummary Claim, string SourceName)> claims)
        => claims
            .GroupBy(c => c.Claim.GroupId)
            .Select(g =>
            {
                var first = g.First().Claim;
                // Distinct by the normalised name, shown as first written.
                var sources = g.DistinctBy(c => c.SourceName).Select(c => c.Claim.Source ?? c.SourceName).ToList();
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
