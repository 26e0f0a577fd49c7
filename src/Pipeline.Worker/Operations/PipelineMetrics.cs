using System.Diagnostics.Metrics;

namespace Pipeline.Worker.Operations;

/// <summary>
/// The pipeline's own instruments (meter <c>Pipeline</c>), named as they appear on <c>/metrics</c> (counters get
/// <c>_total</c> there). Stage timings come from <see cref="StageMetricsObserver"/>, ingestion from
/// <see cref="IngestMetricsObserver"/>; the consumers add only what their messages alone know.
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
        ingested = meter.CreateCounter<long>("pipeline_articles_ingested", description: "Articles published by the ingestor (ArticleReceived), once the bus accepted them");
        processed = meter.CreateCounter<long>("pipeline_articles_processed", description: "Messages a stage handled successfully, by stage");
        failed = meter.CreateCounter<long>("pipeline_articles_failed", description: "Messages a stage gave up on after its retries (now in its _error queue), by stage");
        duration = meter.CreateHistogram<double>("pipeline_stage_duration_seconds", unit: "s", description: "Time a stage took for one message, retries included, by stage and outcome");
        claims = meter.CreateCounter<long>("pipeline_claims_extracted", description: "Claims stored by the sink and published as ClaimExtracted");
        duplicates = meter.CreateCounter<long>("pipeline_duplicates_found", description: "Articles the duplicate stage found to repeat an earlier one, by kind (exact, near)");
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
