using System.Text.Json;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Commands;

/// <summary>Prints the summary of an ingest run: a few readable lines, or one JSON object.</summary>
internal static class IngestReportWriter
{
    public static void Write(IngestReport report, bool json, TextWriter output)
    {
        var stored = report.Stored;
        var languages = stored.GroupBy(a => a.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Count());
        var exact = stored.Count(a => a.DuplicateKind == "exact");
        var near = stored.Count(a => a.DuplicateKind == "near");
        var figures = stored.Sum(a => a.FigureCount);
        var claims = stored.Sum(a => a.ClaimCount);
        var problems = report.Outcomes.Where(o => o.Kind != IngestOutcomeKind.Published)
            .Select(o => new { file = o.FileName, outcome = o.Kind.ToString().ToLowerInvariant(), reason = o.Reason })
            .Concat(report.Plan.Missing.Select(m => new { file = m, outcome = "missing", reason = (string?)"no such file or folder" }))
            .Concat(report.Failed.Select(f => new
            {
                file = report.Outcomes.FirstOrDefault(o => o.ArticleId == f.Key)?.FileName ?? f.Key.ToString(),
                outcome = "failed",
                reason = (string?)f.Value,
            }))
            .ToList();

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(
                new
                {
                    files = report.Plan.Files.Count,
                    articles = stored.Count,
                    languages,
                    duplicates = new { exact, near },
                    figures,
                    claims,
                    claimGroups = report.ClaimGroups,
                    problems,
                },
                JsonOutput.Options));
            return;
        }

        output.WriteLine($"files:      {report.Plan.Files.Count}");
        output.WriteLine($"articles:   {stored.Count} stored");
        output.WriteLine($"languages:  {(languages.Count == 0 ? "-" : string.Join(", ", languages.Select(l => $"{l.Key} {l.Value}")))}");
        output.WriteLine($"duplicates: {exact} exact, {near} near");
        output.WriteLine($"figures:    {figures}");
        output.WriteLine($"claims:     {claims} in {report.ClaimGroups} groups");
        foreach (var problem in problems)
        {
            output.WriteLine($"{problem.outcome}: {problem.file}: {problem.reason}");
        }
    }
}
