using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pipeline.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Tests.Operations;

public sealed class PrometheusExpositionTests
{
    [Fact]
    public void Durations_fall_into_cumulative_buckets_and_counters_end_in_total()
    {
        using var provider = new ServiceCollection().AddMetrics().AddSingleton<PipelineMetrics>().AddSingleton<PrometheusExposition>().BuildServiceProvider();
        var exposition = provider.GetRequiredService<PrometheusExposition>();
        var metrics = provider.GetRequiredService<PipelineMetrics>();

        metrics.StageProcessed("sink", TimeSpan.FromMilliseconds(3));
        metrics.StageProcessed("sink", TimeSpan.FromMilliseconds(300));
        metrics.StageFailed("sink", TimeSpan.FromSeconds(40));
        metrics.DuplicateChecked(DuplicateData.Unique);
        metrics.DuplicateChecked(DuplicateData.Near);
        metrics.ClaimsExtracted(7);

        var lines = exposition.Render().Split('\n');
        Assert.Contains("pipeline_stage_duration_seconds_bucket{outcome=\"processed\",stage=\"sink\",le=\"0.005\"} 1", lines);
        Assert.Contains("pipeline_stage_duration_seconds_bucket{outcome=\"processed\",stage=\"sink\",le=\"0.25\"} 1", lines);
        Assert.Contains("pipeline_stage_duration_seconds_bucket{outcome=\"processed\",stage=\"sink\",le=\"0.5\"} 2", lines);
        Assert.Contains("pipeline_stage_duration_seconds_bucket{outcome=\"processed\",stage=\"sink\",le=\"+Inf\"} 2", lines);
        Assert.Contains("pipeline_stage_duration_seconds_count{outcome=\"processed\",stage=\"sink\"} 2", lines);
        Assert.Contains("pipeline_stage_duration_seconds_sum{outcome=\"processed\",stage=\"sink\"} 0.303", lines);
        Assert.Contains("pipeline_stage_duration_seconds_bucket{outcome=\"failed\",stage=\"sink\",le=\"30\"} 0", lines);
        Assert.Contains("pipeline_stage_duration_seconds_bucket{outcome=\"failed\",stage=\"sink\",le=\"+Inf\"} 1", lines);
        Assert.Contains("pipeline_articles_processed_total{stage=\"sink\"} 2", lines);
        Assert.Contains("pipeline_articles_failed_total{stage=\"sink\"} 1", lines);
        Assert.Contains("pipeline_duplicates_found_total{kind=\"near\"} 1", lines);
        Assert.DoesNotContain(lines, l => l.Contains("kind=\"unique\""));
        Assert.Contains("pipeline_claims_extracted_total 7", lines);
        Assert.Contains("# TYPE pipeline_claims_extracted_total counter", lines);
    }

    [Fact]
    public void Two_hosts_in_one_process_keep_their_own_numbers()
    {
        using var first = new ServiceCollection().AddMetrics().AddSingleton<PipelineMetrics>().AddSingleton<PrometheusExposition>().BuildServiceProvider();
        using var second = new ServiceCollection().AddMetrics().AddSingleton<PipelineMetrics>().AddSingleton<PrometheusExposition>().BuildServiceProvider();
        var exposition = first.GetRequiredService<PrometheusExposition>();
        second.GetRequiredService<PipelineMetrics>().ArticleIngested();
        first.GetRequiredService<PipelineMetrics>().ArticleIngested();

        Assert.Contains("pipeline_articles_ingested_total 1", exposition.Render().Split('\n'));
    }

    [Fact]
    public async Task The_store_check_fails_when_the_store_does_not_answer()
    {
        // A folder where the SQLite file should be: every query fails, as with a store that is away.
        var folder = Directory.CreateTempSubdirectory("pipeline-store-").FullName;
        try
        {
            await using var store = StoreFactory.Open(StoreLocation.Parse(folder), NullLoggerFactory.Instance);
            var registration = new HealthCheckRegistration("store", _ => null!, HealthStatus.Unhealthy, ["ready"]);
            var result = await new StoreHealthCheck(store.Reader).CheckHealthAsync(new HealthCheckContext { Registration = registration });
            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.StartsWith("store unreachable: ", result.Description);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
