namespace Pipeline.Worker.Ingest;

/// <summary>The files given to <c>pipeline ingest PATH...</c>, the paths that do not exist, and what the walk of a folder left out with a reason.</summary>
public sealed record IngestPlan(IReadOnlyList<IngestFile> Files, IReadOnlyList<string> Missing)
{
    /// <summary>Names met inside a given folder that are not read (a symbolic link, a named pipe...), with why.</summary>
    public IReadOnlyList<(string Name, string Reason)> Skipped { get; init; } = [];
}
