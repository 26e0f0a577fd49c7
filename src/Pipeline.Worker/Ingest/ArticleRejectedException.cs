namespace Pipeline.Worker.Ingest;

/// <summary>
/// The file cannot become an article (not text, unsupported format, no text, too large...). Its message
/// is the human-readable reason written beside the file in the failed folder.
/// </summary>
public sealed class ArticleRejectedException(string reason) : Exception(reason);
