using System.Net;
using Pipeline.Testing;
using Pipeline.Worker.Commands;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Operations;

/// <summary><c>/health/ready</c> follows the broker: a worker whose broker goes away is taken out of service, not restarted.</summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class ReadinessTests(RabbitMqNode node, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Ready_answers_503_while_the_broker_is_away_and_200_once_it_is_back()
    {
        var vhost = await node.CreateVirtualHostAsync();
        var name = Uri.UnescapeDataString(vhost.AbsolutePath.TrimStart('/'));
        var port = FreePorts.Next();
        using var stop = new CancellationTokenSource();

        // A language worker: no store, so readiness is the bus alone.
        var worker = Task.Run(() => PipelineCommandLine.InvokeAsync(
            ["run", "--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString(), "--roles", "language", "--http-port", port.ToString()], stop.Token));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
            await WaitForReadyAsync(http, HttpStatusCode.OK, worker);

            // The broker's virtual host goes away: every connection to it is closed and none can be opened.
            await node.DeleteVirtualHostAsync(name);
            var away = await WaitForReadyAsync(http, HttpStatusCode.ServiceUnavailable, worker);
            output.WriteLine(away);
            Assert.Contains("masstransit", away, StringComparison.OrdinalIgnoreCase);
            using (var live = await http.GetAsync("health/live"))
            {
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            }

            await node.CreateVirtualHostAsync(name);
            output.WriteLine(await WaitForReadyAsync(http, HttpStatusCode.OK, worker));
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await worker.WaitAsync(WorkerExit.Grace));
            try
            {
                await node.DeleteVirtualHostAsync(name);
            }
            catch (InvalidOperationException)
            {
                // Already gone: the test stopped while the broker was away.
            }
        }
    }

    private static async Task<string> WaitForReadyAsync(HttpClient http, HttpStatusCode wanted, Task worker)
    {
        var deadline = DateTime.UtcNow + Patience;
        var last = "no answer";
        while (true)
        {
            Assert.False(worker.IsCompleted, "the worker stopped");
            try
            {
                using var response = await http.GetAsync("health/ready");
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == wanted)
                {
                    return last;
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/health/ready did not answer {(int)wanted} within {Patience.TotalSeconds} s; last: {last}");
            await Task.Delay(250);
        }
    }
}
