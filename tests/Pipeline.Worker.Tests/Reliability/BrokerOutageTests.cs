using Pipeline.Worker.Tests.Processes;
using System.Net;
using Pipeline.Testing;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Reliability;

/// <summary>The broker's application stopped and started again under a batch: the worker recovers by itself.</summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class BrokerOutageTests(RabbitMqNode node, ITestOutputHelper output)
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task With_the_broker_stopped_mid_batch_the_worker_is_not_ready_then_recovers_without_a_restart_and_stores_every_article_once()
    {
        var vhost = await node.CreateVirtualHostAsync();
        using var batch = new CrashRecoveryTests.Batch(dropped: CrashRecoveryTests.Files / 2);
        var port = FreePorts.Next();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        using var worker = PipelineProcess.Start(
            ["run", "--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString(), "--inbox", batch.Inbox, "--store", batch.StorePath, "--http-port", port.ToString()],
            batch.Folder);
        var stopped = false;
        try
        {
            await WaitForReadinessAsync(http, HttpStatusCode.OK, worker);
            await batch.Store.WaitForAsync(20, Generous, worker);

            (await node.RabbitMqCtlAsync(["stop_app"])).EnsureSuccess();
            stopped = true;
            output.WriteLine($"broker stopped with {await batch.Store.CountAsync()} stored");
            var during = await WaitForReadinessAsync(http, HttpStatusCode.ServiceUnavailable, worker);
            output.WriteLine($"/health/ready during the outage: {during}");

            // Half the batch arrives while the broker is away: the watcher cannot publish it and must keep it.
            batch.DropTheRest();
            await WaitUntilTriedAsync(batch, worker);

            (await node.RabbitMqCtlAsync(["start_app"])).EnsureSuccess();
            stopped = false;
            var back = System.Diagnostics.Stopwatch.StartNew();
            var after = await WaitForReadinessAsync(http, HttpStatusCode.OK, worker);
            output.WriteLine($"/health/ready {back.Elapsed.TotalSeconds:0.0} s after the broker's start_app returned: {after}");

            await batch.Store.WaitForAsync(CrashRecoveryTests.Files, Generous, worker);
            await batch.WaitUntilAllProcessedAsync(worker);
            worker.AssertRunning();
            Assert.Equal(0, await worker.StopAsync(TimeSpan.FromMinutes(1)));
            await batch.AssertEveryArticleStoredOnceAsync();
        }
        finally
        {
            if (stopped)
            {
                await node.RabbitMqCtlAsync(["start_app"]);
            }

            // The node is shared: the next test needs its management API back.
            await node.RabbitMqCtlAsync(["await_startup"]);
        }
    }

    /// <summary>
    /// Until the watcher is publishing a file dropped during the outage: MassTransit's publish waits for the broker, and
    /// what it logs meanwhile (its connection failures) carries the article's id.
    /// </summary>
    private static async Task WaitUntilTriedAsync(CrashRecoveryTests.Batch batch, PipelineProcess worker)
    {
        var late = batch.Ids.OrderBy(i => i.Key, StringComparer.Ordinal).Skip(CrashRecoveryTests.Files / 2).Select(i => i.Value.ToString()).ToList();
        var deadline = DateTime.UtcNow + Generous;
        while (!worker.Lines.Any(l => late.Any(id => l.Contains(id, StringComparison.Ordinal))))
        {
            worker.AssertRunning();
            Assert.True(DateTime.UtcNow < deadline, $"the watcher never tried to publish during the outage:\n{worker.Log()}");
            await Task.Delay(250);
        }

        Assert.NotEmpty(Directory.GetFiles(batch.Inbox));
    }

    private static async Task<string> WaitForReadinessAsync(HttpClient http, HttpStatusCode wanted, PipelineProcess worker)
    {
        var deadline = DateTime.UtcNow + Generous;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            worker.AssertRunning();
            try
            {
                using var response = await http.GetAsync("health/ready");
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == wanted)
                {
                    return last;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"/health/ready never answered {(int)wanted} (last: {last}):\n{worker.Log()}");
    }
}
