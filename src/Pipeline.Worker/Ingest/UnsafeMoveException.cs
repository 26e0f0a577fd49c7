namespace Pipeline.Worker.Ingest;

/// <summary>Moving a name would reach outside the inbox or through a link: it is left where it is, with a warning.</summary>
public sealed class UnsafeMoveException(string message) : IOException(message);
