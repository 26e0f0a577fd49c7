using Pipeline.Storage;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Commands;

/// <summary>What one <c>pipeline ingest</c> run did.</summary>
internal sealed record IngestReport(
    IngestPlan Plan,
    IReadOnlyList<IngestOutcome> Outcomes,
    IReadOnlyList<ArticleSummary> Stored,
    int ClaimGroups,
    IReadOnlyDictionary<Guid, string> Failed)
{
    public bool Succeeded => Plan.Missing.Count == 0 && Failed.Count == 0 && Outcomes.All(o => o.Kind == IngestOutcomeKind.Published);
}
