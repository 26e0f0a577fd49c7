namespace Pipeline.Worker.Ingest;

/// <summary>A file to ingest: where it is, and the name its article id derives from (relative to the inbox or the given folder).</summary>
/// <param name="FollowLink">The user named this path: a symbolic link is read through. A name found by walking a folder never is.</param>
public sealed record IngestFile(string FullPath, string RelativeName, bool FollowLink = false);
