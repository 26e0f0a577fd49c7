namespace Pipeline.Worker.Ingest;

/// <summary>A file to ingest: where it is, and the name its article id derives from (relative to the inbox or the given folder).</summary>
public sealed record IngestFile(string FullPath, string RelativeName);
