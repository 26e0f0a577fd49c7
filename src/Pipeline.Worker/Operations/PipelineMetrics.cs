using System.Diagnostics.Metrics;

namespace Pipeline.Worker.Operations;

/// <summary>
/// The pipeline's own instruments (meter <c>Pipeline</c>), from the host's <see cref="IMeterFactory"/> so two hosts in
/// one process keep their own numbers. On <c>/metrics</c> the dots become underscores and counters end in
/// <c>_total</c>, the duration in <c>_seconds</c>. Stage timings come from <see cref="StageMetricsObserver"/>,
/// ingestion from <see cref="IngestMetricsObserver"/>; the consumers add only what their messages alone know.
/// </summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "Pipeline";

    private readonly Counter<long> ingested;
    private readonly Counter<long> processed;
    private readonly Counter<long> failed;
    private readonly Histogram<double> duration;
    private readonly Counter<long> claims;
    private readonly Counter<long> duplicates;

    public PipelineMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        ingested = meter.CreateCounter<long>("pipeline.articles.ingested", "{article}", "Articles published by the ingestor (ArticleReceived), once the bus accepted them");
        processed = meter.CreateCounter<long>("pipeline.articles.processed", "{message}", "Messages a stage handled successfully, by stage");
        failed = meter.CreateCounter<long>("pipeline.articles.failed", "{message}", "Messages a stage gave up on after its retries (now in its _error queue), by stage");
        duration = meter.CreateHistogram<double>("pipeline.stage.duration", "s", "Time a stage took for one message, retries included, by stage and outcome");
        claims = meter.CreateCounter<long>("pipeline.claims.extracted", "{claim}", "Claims stored by the sink and published as ClaimExtracted");
        duplicates = meter.CreateCounter<long>("pipeline.duplicates.found", "{article}", "Articles the duplicate stage found to repeat an earlier one, by kind (exact, near)");
    }

    public void ArticleIngested() => ingested.Add(1);

    public void StageProcessed(string stage, TimeSpan elapsed)
    {
        processed.Add(1, new KeyValuePair<string, object?>("stage", stage));
        duration.Record(elapsed.TotalSeconds, new("stage", stage), new("outcome", "processed"));
    }

    public void StageFailed(string stage, TimeSpan elapsed)
    {
        failed.Add(1, new KeyValuePair<string, object?>("stage", stage));
        duration.Record(elapsed.TotalSeconds, new("stage", stage), new("outcome", "failed"));
    }

    public void ClaimsExtracted(int count) => claims.Add(count);

    public void DuplicateChecked(string kind)
    {
        if (kind is not Pipeline.Contracts.DuplicateData.Unique)
        {
            duplicates.Add(1, new KeyValuePair<string, object?>("kind", kind));
        }
    }
}
