using Pipeline.Worker.Tests.Processes;
using System.Net;
using System.Text.RegularExpressions;
using Pipeline.Testing;
using Pipeline.Worker.Commands;
using Pipeline.Worker.Tests.Deployment;
using Pipeline.Worker.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Operations;

/// <summary>The listener <c>pipeline run --http-port</c> hosts, on the embedded default (in-memory bus, SQLite).</summary>
public sealed class HealthAndMetricsTests(ITestOutputHelper output)
{
    private static readonly int SeedFiles = SeedDrop.SeedFiles.Count;

    [Fact]
    public async Task Run_answers_health_probes_and_serves_our_instruments_and_MassTransits_on_metrics()
    {
        using var drop = new SeedDrop();
        var port = FreePorts.Next();

        // Its own process: MassTransit instruments one bus per process, so only there are its counts this worker's alone.
        using var worker = PipelineProcess.Start("run", "--transport", "inmemory", "--inbox", drop.Inbox, "--store", drop.StorePath, "--http-port", port.ToString());
        int exitCode;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await WaitUntilAnswersAsync(http, "health/ready", () => worker.HasExited);
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
            await WaitUntilMetricsShowAsync(http, "pipeline_articles_processed_total", "stage=\"sink\"", SeedFiles);
            using var response = await http.GetAsync("metrics");
            Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var metrics = await response.Content.ReadAsStringAsync();
            output.WriteLine(metrics);

            // Ours, from this host's meter factory: exact counts.
            Assert.Equal(SeedFiles, Value(metrics, "pipeline_articles_ingested_total"));
            foreach (var stage in new[] { "language", "duplicates", "extraction", "sink" })
            {
                Assert.Equal(SeedFiles, Value(metrics, "pipeline_articles_processed_total", $"stage=\"{stage}\""));
                Assert.Equal(SeedFiles, Value(metrics, "pipeline_stage_duration_seconds_count", $"outcome=\"processed\",stage=\"{stage}\""));
                Assert.Equal(SeedFiles, Value(metrics, "pipeline_stage_duration_seconds_bucket", $"outcome=\"processed\",stage=\"{stage}\",le=\"+Inf\""));
                Assert.True(Value(metrics, "pipeline_stage_duration_seconds_sum", $"outcome=\"processed\",stage=\"{stage}\"") > 0);
            }

            Assert.Equal(counts.Claims, Value(metrics, "pipeline_claims_extracted_total"));
            Assert.Contains("# TYPE pipeline_stage_duration_seconds histogram", metrics);
            Assert.Contains("# TYPE pipeline_articles_processed_total counter", metrics);
            Assert.Contains("pipeline_stage_duration_seconds_bucket{outcome=\"processed\",stage=\"sink\",le=\"0.005\"}", metrics);
            Assert.DoesNotContain("pipeline_articles_failed_total{", metrics);

            // MassTransit's own meter, per endpoint and consumer.
            foreach (var (queue, consumer, message) in new[]
            {
                ("pipeline-language", "LanguageStageConsumer", "ArticleReceived"),
                ("pipeline-duplicates", "DuplicateStageConsumer", "ArticleLanguageDetected"),
                ("pipeline-extraction", "ExtractionStageConsumer", "ArticleChecked"),
                ("pipeline-sink", "SinkStageConsumer", "ArticleAnalyzed"),
            })
            {
                var consumed = $"messaging_masstransit_consumer_type=\"{consumer}\",messaging_masstransit_destination=\"{queue}\",messaging_masstransit_message_type=\"{message}\"";
                Assert.Equal(SeedFiles, Value(metrics, "messaging_masstransit_consume_ea_total", consumed));
                Assert.Equal(SeedFiles, Value(metrics, "messaging_masstransit_consume_duration_milliseconds_count", consumed));
                Assert.Equal(SeedFiles, Value(metrics, "messaging_masstransit_receive_duration_milliseconds_count", $"messaging_masstransit_destination=\"{queue}\""));
            }

            Assert.Equal(SeedFiles, Value(metrics, "messaging_masstransit_send_ea_total", "messaging_masstransit_destination=\"Pipeline_Contracts:ArticleReceived\",messaging_masstransit_message_type=\"ArticleReceived\""));
            Assert.Equal(SeedFiles, Value(metrics, "messaging_masstransit_send_ea_total", "messaging_masstransit_destination=\"Pipeline_Contracts:ArticleAnalyzed\",messaging_masstransit_message_type=\"ArticleAnalyzed\""));

            // Nobody outside an in-memory bus can subscribe and nobody in this process does: the claims are counted, not sent.
            Assert.DoesNotContain("Pipeline_Contracts:ClaimExtracted", metrics);
            Assert.DoesNotContain("messaging_masstransit_consume_errors", metrics);

            // Every family the Grafana dashboard queries is one a worker exports; these only once a message failed, a
            // duplicate was found or the store's writers (a later branch) measured a lock.
            string[] onEventsOnly =
            [
                "pipeline_articles_failed_total", "pipeline_duplicates_found_total", "pipeline_store_lock_wait_seconds",
                "messaging_masstransit_consume_errors_ea_total", "messaging_masstransit_receive_errors_ea_total", "messaging_masstransit_send_errors_ea_total",
            ];
            var dashboard = File.ReadAllText(DeploymentFiles.PathOf("deploy/grafana/pipeline-dashboard.json"));
            var queried = Regex.Matches(dashboard, @"\b(?:pipeline|messaging_masstransit)_[a-z_]+_(?:total|bucket)\b").Select(m => Regex.Replace(m.Value, "_bucket$", "")).ToHashSet();
            Assert.True(queried.Count >= 12, $"only {queried.Count} families queried");
            Assert.All(queried.Except(onEventsOnly), family => Assert.Contains($"# TYPE {family} ", metrics));
        }
        finally
        {
            // Stopped as a service manager stops it; a failure above stays the test's failure.
            exitCode = await worker.StopAsync(TimeSpan.FromSeconds(60));
            output.WriteLine(string.Join('\n', worker.Error));
        }

        Assert.Equal(0, exitCode);
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
            await WaitUntilAnswersAsync(http, "health/ready", () => worker.IsCompleted);
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
            Assert.Equal(0, await worker.WaitAsync(WorkerExit.Grace));
        }
    }

    [Fact]
    public async Task A_wrong_http_port_stops_run_with_one_line_naming_it()
    {
        var result = await CommandRunner.RunAsync("run", "--http-port", "70000");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Pipeline:Http:Port (--http-port)", result.Error);
    }

    /// <summary>
    /// The value of the one sample of <paramref name="name"/> whose labels start with <paramref name="labels"/> (the
    /// exporter writes them in key order, MassTransit's service name last, and <c>{}</c> for none).
    /// </summary>
    private static double Value(string metrics, string name, string labels = "")
    {
        var pattern = labels.Length == 0
            ? $"^{Regex.Escape(name)}(\\{{\\}})? (\\S+)$"
            : $"^{Regex.Escape(name)}\\{{{Regex.Escape(labels)}[,}}][^ ]* (\\S+)$";
        var matches = Regex.Matches(metrics, pattern, RegexOptions.Multiline);
        Assert.True(matches.Count == 1, $"{matches.Count} samples of {name}{{{labels}...}}");
        return double.Parse(matches[0].Groups[^1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilMetricsShowAsync(HttpClient http, string name, string labels, double value)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Regex.IsMatch(await http.GetStringAsync("metrics"), $"^{Regex.Escape(name)}\\{{{Regex.Escape(labels)}}} {value}$", RegexOptions.Multiline))
        {
            Assert.True(DateTime.UtcNow < deadline, $"/metrics never showed {name}{{{labels}}} {value}");
            await Task.Delay(100);
        }
    }

    // A worker process of its own starts in a few seconds on an idle machine; on a loaded CI machine running other test
    // hosts it has taken over a minute.
    private static async Task WaitUntilAnswersAsync(HttpClient http, string path, Func<bool> stopped)
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            Assert.False(stopped(), "the worker stopped early");
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

            Assert.True(DateTime.UtcNow < deadline, $"{path} did not answer 200 within 180 s");
            await Task.Delay(200);
        }
    }
}
