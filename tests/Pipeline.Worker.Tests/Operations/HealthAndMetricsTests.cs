using System.Net;
using System.Text.RegularExpressions;
using Pipeline.Testing;
using Pipeline.Worker.Commands;
using Pipeline.Worker.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Operations;

/// <summary>The listener <c>pipeline run --http-port</c> hosts, on the embedded default (in-memory bus, SQLite).</summary>
public sealed class HealthAndMetricsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Run_answers_health_probes_and_counts_every_stage_in_prometheus_text_on_a_loopback_port()
    {
        using var drop = new SeedDrop();
        var port = FreePorts.Next();
        using var stop = new CancellationTokenSource();
        var worker = Task.Run(() => PipelineCommandLine.InvokeAsync(
            ["run", "--transport", "inmemory", "--inbox", drop.Inbox, "--store", drop.StorePath, "--http-port", port.ToString()], stop.Token));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await WaitUntilAnswersAsync(http, "health/ready", worker);
            using (var live = await http.GetAsync("health/live"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            }

            using (var ready = await http.GetAsync("health/ready"))
            {
                var body = await ready.Content.ReadAsStringAsync();
                output.WriteLine(body);
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                Assert.Contains("\"store\"", body);
                Assert.Contains("masstransit", body, StringComparison.OrdinalIgnoreCase);
            }

            using (var missing = await http.GetAsync("nothing"))
            {
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            }

            drop.DropSeeds();
            var store = await drop.WaitForArticlesAsync(SeedDrop.SeedFiles.Count, TimeSpan.FromSeconds(120));
            var counts = await store.CountAsync(CancellationToken.None);

            // The store has the last article a moment before the sink's consumer returns and is counted.
            await WaitUntilMetricsShowAsync(http, $"pipeline_articles_processed_total{{stage=\"sink\"}} {SeedDrop.SeedFiles.Count}");
            using var response = await http.GetAsync("metrics");
            Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var metrics = await response.Content.ReadAsStringAsync();
            output.WriteLine(metrics);

            Assert.Equal(SeedDrop.SeedFiles.Count, Value(metrics, "pipeline_articles_ingested_total"));
            foreach (var stage in new[] { "language", "duplicates", "extraction", "sink" })
            {
                Assert.Equal(SeedDrop.SeedFiles.Count, Value(metrics, $"pipeline_articles_processed_total{{stage=\"{stage}\"}}"));
                Assert.Equal(SeedDrop.SeedFiles.Count, Value(metrics, $"pipeline_stage_duration_seconds_count{{outcome=\"processed\",stage=\"{stage}\"}}"));
                Assert.Equal(SeedDrop.SeedFiles.Count, Value(metrics, $"pipeline_stage_duration_seconds_bucket{{outcome=\"processed\",stage=\"{stage}\",le=\"+Inf\"}}"));
                Assert.True(Value(metrics, $"pipeline_stage_duration_seconds_sum{{outcome=\"processed\",stage=\"{stage}\"}}") > 0);
            }

            Assert.Equal(counts.Claims, Value(metrics, "pipeline_claims_extracted_total"));
            Assert.Contains("# TYPE pipeline_stage_duration_seconds histogram", metrics);
            Assert.Contains("# TYPE pipeline_articles_processed_total counter", metrics);
            Assert.DoesNotContain("pipeline_articles_failed_total{", metrics);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await worker);
        }
    }

    [Fact]
    public async Task A_worker_without_the_duplicate_or_sink_role_is_ready_without_opening_the_store()
    {
        using var drop = new SeedDrop();
        var port = FreePorts.Next();
        using var stop = new CancellationTokenSource();
        var worker = Task.Run(() => PipelineCommandLine.InvokeAsync(
            ["run", "--transport", "inmemory", "--roles", "language,extraction", "--store", drop.StorePath, "--http-port", port.ToString()],
            stop.Token));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await WaitUntilAnswersAsync(http, "health/ready", worker);
            using var ready = await http.GetAsync("health/ready");
            var body = await ready.Content.ReadAsStringAsync();
            output.WriteLine(body);

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.DoesNotContain("\"store\"", body);
            Assert.False(File.Exists(drop.StorePath), "a language/extraction worker created the store file");
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await worker);
        }
    }

    [Fact]
    public async Task A_wrong_http_port_stops_run_with_one_line_naming_it()
    {
        var result = await CommandRunner.RunAsync("run", "--http-port", "70000");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Pipeline:Http:Port (--http-port)", result.Error);
    }

    private static double Value(string metrics, string series)
    {
        var match = Regex.Match(metrics, $"^{Regex.Escape(series)} (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no sample {series}");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilMetricsShowAsync(HttpClient http, string line)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await http.GetStringAsync("metrics")).Split('\n').Contains(line))
        {
            Assert.True(DateTime.UtcNow < deadline, $"/metrics never showed '{line}'");
            await Task.Delay(100);
        }
    }

    private static async Task WaitUntilAnswersAsync(HttpClient http, string path, Task worker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(worker.IsCompleted, "the worker stopped early");
            try
            {
                using var response = await http.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} did not answer 200 within 60 s");
            await Task.Delay(200);
        }
    }
}
