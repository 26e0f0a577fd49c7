namespace Pipeline.Worker.Ingest;

/// <summary>The files given to <c>pipeline ingest PATH...</c>, and the paths that do not exist.</summary>
public sealed record IngestPlan(IReadOnlyList<IngestFile> Files, IReadOnlyList<string> Missing);
