namespace Pipeline.Worker.Consumers;

/// <summary>Queue names of the stages; each has its <c>_error</c> and <c>_skipped</c> queue beside it.</summary>
public static class StageEndpoints
{
    public const string Language = "pipeline-language";
    public const string Duplicates = "pipeline-duplicates";
    public const string Extraction = "pipeline-extraction";
    public const string Sink = "pipeline-sink";

    public static IReadOnlyList<string> All { get; } = [Language, Duplicates, Extraction, Sink];
}
