namespace Pipeline.Worker.Ingest;

/// <summary>
/// Told of every file the watcher finished with (after the move), so a caller can count what is done.
/// Register any number as <c>IIngestObserver</c>; an observer that throws is logged and ignored.
/// </summary>
public interface IIngestObserver
{
    void OnIngested(IngestOutcome outcome);
}
