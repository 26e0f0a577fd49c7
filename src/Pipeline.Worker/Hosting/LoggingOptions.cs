namespace Pipeline.Worker.Hosting;

/// <summary>Where and how the logs go: section <c>Logging</c> (<c>Logging__Json</c>, <c>Logging__File__Path</c>, or <c>--log-json</c>).</summary>
public sealed class LoggingOptions
{
    public const string Section = "Logging";

    /// <summary>JSON lines for log shippers instead of readable lines.</summary>
    public bool Json { get; set; }

    public LogFileOptions File { get; set; } = new();
}

/// <summary>A daily rolling log file beside standard error; section <c>Logging:File</c>.</summary>
public sealed class LogFileOptions
{
    /// <summary>The file's path (the date goes before its extension); empty means no file.</summary>
    public string? Path { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Path);
}
