using System.Net;
using Pipeline.Testing;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Tests.Operations;

/// <summary>The listener a host serves, built the way <c>pipeline run</c> builds it, several hosts in one process.</summary>
public sealed class OperatorListenerTests
{
    [Fact]
    public async Task Two_hosts_in_one_process_each_export_their_own_pipeline_numbers()
    {
        using var folder = new Ingest.TempFolder();
        var (firstPort, secondPort) = (FreePorts.Next(), FreePorts.Next());
        using var first = Listening(folder.Combine("first.db"), firstPort);
        using var second = Listening(folder.Combine("second.db"), secondPort);
        await first.StartAsync();
        await second.StartAsync();
        try
        {
            first.Services.GetRequiredService<PipelineMetrics>().ArticleIngested();
            first.Services.GetRequiredService<PipelineMetrics>().ArticleIngested();
            second.Services.GetRequiredService<PipelineMetrics>().ArticleIngested();

            using var http = new HttpClient();
            Assert.Contains("pipeline_articles_ingested_total{} 2\n", await http.GetStringAsync($"http://127.0.0.1:{firstPort}/metrics"));
            Assert.Contains("pipeline_articles_ingested_total{} 1\n", await http.GetStringAsync($"http://127.0.0.1:{secondPort}/metrics"));
        }
        finally
        {
            await first.StopAsync();
            await second.StopAsync();
        }
    }

    [Fact]
    public async Task Each_request_the_listener_refuses_is_logged_with_its_path_and_status()
    {
        using var folder = new Ingest.TempFolder();
        var port = FreePorts.Next();
        var log = folder.Combine("worker.log");
        using (var host = Listening(folder.Combine("store.db"), port, ("Logging:File:Path", log)))
        {
            await host.StartAsync();
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{port}/nothing/here")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{port}/health/live")).StatusCode);
            await host.StopAsync();
        }

        var lines = Directory.GetFiles(folder.Path, "worker*.log").SelectMany(File.ReadAllLines).ToList();
        Assert.Contains(lines, l => l.Contains("WRN") && l.Contains("HTTP GET /nothing/here responded 404"));

        // Probes that succeed are logged below the default level: a kubelet asks every few seconds.
        Assert.DoesNotContain(lines, l => l.Contains("HTTP GET /health/live"));
    }

    private static IHost Listening(string store, int port, params (string Key, string Value)[] more)
        => PipelineHost.Build(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pipeline:Transport"] = "inmemory",
                ["Pipeline:Roles"] = "language",
                ["Pipeline:Store"] = store,
                ["Pipeline:Http:Port"] = port.ToString(),
            }.Concat(more.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value)))).Build(),
            (services, _, _) => services.AddOperatorHttpListener());
}
