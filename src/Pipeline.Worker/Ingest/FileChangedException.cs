namespace Pipeline.Worker.Ingest;

/// <summary>A file changed, or was replaced, while it was being opened or read: what was read is not published, and the file is read again.</summary>
public sealed class FileChangedException(string message) : IOException(message);
