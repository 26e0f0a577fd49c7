namespace Pipeline.EndToEnd;

/// <summary>
/// One scenario run over all the files at once: the steady rate (between the 10th and 90th percent of articles
/// finished), the whole command's rate, and CPU per article of each process between those marks.
/// </summary>
public sealed record ThroughputResult(
    Scenario Scenario,
    int PrefilledArticles,
    int Articles,
    int Finished,
    double? SteadyRate,
    double WallSeconds,
    IReadOnlyDictionary<string, double> CpuPerArticle,
    IReadOnlyDictionary<string, double> PeakMegabytes,
    IReadOnlyDictionary<string, (double Seconds, double Count)> StageDurations,
    IReadOnlyList<TimingHistogram> StoreTimings,
    BrokerTraffic? Broker,
    string Summary,
    string LoadBefore,
    int WarmupArticles)
{
    /// <summary>Articles per second over the whole command, start-up and shutdown included.</summary>
    public double WholeRate => WallSeconds > 0 ? Finished / WallSeconds : 0;
}

/// <summary>
/// One scenario fed at a fixed offered rate: latency from a file's drop to its first <c>ClaimExtracted</c> (to the
/// sink's "Stored" line when there is no broker to listen on), and CPU per article over the run.
/// </summary>
public sealed record LatencyResult(
    Scenario Scenario,
    int Dropped,
    int Stored,
    int WithClaims,
    int Observed,
    double OfferedRate,
    double AchievedRate,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    double P99WithWarmupMilliseconds,
    string Observation,
    IReadOnlyDictionary<string, double> CpuPerArticle,
    IReadOnlyDictionary<string, (double Seconds, double Count)> StageDurations,
    IReadOnlyList<TimingHistogram> StoreTimings,
    BrokerTraffic? Broker,
    string LoadBefore);

/// <summary>
/// The duplicate stage alone draining a full queue with <paramref name="Workers"/> processes (each with MassTransit's
/// four messages in flight): checks per second, CPU per check of each process and of the server, time per check in
/// the consumer.
/// </summary>
public sealed record DuplicateStageResult(
    StoreKind Store,
    int Workers,
    int Checks,
    double? SteadyRate,
    IReadOnlyDictionary<string, double> CpuPerCheck,
    (double Seconds, double Count) ConsumerTime,
    IReadOnlyList<TimingHistogram> StoreTimings,
    string LoadBefore);
