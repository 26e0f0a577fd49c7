using Pipeline.Storage;

namespace Pipeline.Worker.Operations;

/// <summary>What <c>pipeline status</c> found: each stage on the broker, the store's counts, and what is wrong.</summary>
public sealed record PipelineStatus(
    string Transport,
    string? Broker,
    IReadOnlyList<StageStatus> Stages,
    StoreCounts? Store,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Unobserved)
{
    /// <summary>Every stage consumed and no error queue holds a message.</summary>
    public const int Healthy = 0;

    /// <summary>An error queue holds messages, or a stage has no consumer (or no queue yet).</summary>
    public const int ProblemsFound = 1;

    /// <summary>A setting is wrong (the command line's usual code for configuration errors).</summary>
    public const int ConfigurationError = 2;

    /// <summary>The broker's management API or the store could not be read, so health is unknown.</summary>
    public const int CouldNotObserve = 3;

    public int ExitCode => Unobserved.Count > 0 ? CouldNotObserve : Problems.Count > 0 ? ProblemsFound : Healthy;
}
