namespace Pipeline.Worker.Commands;

/// <summary>Where an ingest run stands: files read and published (or not), articles stored or given up on.</summary>
internal sealed record IngestProgress(int Files, int Read, int Published, int Stored, int Failed)
{
    /// <summary>Files that will never reach the store: rejected or unreadable ones, and articles a stage gave up on.</summary>
    public int NotStored => Read - Published + Failed;
}
