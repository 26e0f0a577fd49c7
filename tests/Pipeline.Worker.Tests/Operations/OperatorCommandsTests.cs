using Pipeline.Worker.Tests.Processes;
using System.Net;
using System.Text;
using System.Text.Json;
using Pipeline.Testing;
using Pipeline.Worker.Consumers;
using Pipeline.Worker.Operations;
using Pipeline.Worker.Tests.EndToEnd;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Pipeline.Worker.Tests.Operations;

/// <summary><c>pipeline status</c> and <c>pipeline errors</c> against a real broker with the worker running on its own virtual host.</summary>
[Collection(RabbitMqNode.CollectionName)]
public sealed class OperatorCommandsTests(RabbitMqNode node, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // A worker process of its own on a loaded CI machine has taken over a minute to start.
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Status_and_errors_follow_a_failed_article_from_the_error_queue_back_to_its_stage_and_out()
    {
        using var drop = new SeedDrop();
        var vhost = await node.CreateVirtualHostAsync();
        var httpPort = FreePorts.Next();
        string[] broker = ["--transport", "rabbitmq", "--rabbitmq-uri", vhost.ToString()];
        string[] status = ["status", .. broker, "--management-uri", $"http://guest:guest@127.0.0.1:{node.ManagementPort}/", "--store", drop.StorePath, "--json"];

        // The worker in a process of its own, as in production: MassTransit's meter (one per process) is then its alone.
        using var worker = PipelineProcess.Start(["run", .. broker, "--inbox", drop.Inbox, "--store", drop.StorePath, "--http-port", httpPort.ToString()]);
        try
        {
            // Healthy: every stage consumed, no error queue holds anything.
            var healthy = await CommandRunner.RunUntilAsync(r => r.ExitCode == PipelineStatus.Healthy || worker.HasExited, StartPatience, status);
            Assert.False(worker.HasExited, "the worker stopped early");
            output.WriteLine(healthy.Output);
            var stages = Stages(healthy.Output);
            Assert.Equal(StageEndpoints.All, stages.Select(s => s.GetProperty("queue").GetString()));
            Assert.All(stages, s => Assert.True(s.GetProperty("consumers").GetInt32() >= 1));
            Assert.All(stages, s => Assert.Equal(0, s.GetProperty("errors").GetInt64()));
            Assert.Equal(0, JsonDocument.Parse(healthy.Output).RootElement.GetProperty("store").GetProperty("articles").GetInt64());

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/") };
            using (var ready = await http.GetAsync("health/ready"))
            {
                var body = await ready.Content.ReadAsStringAsync();
                output.WriteLine(body);
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                Assert.Contains("store", body);
            }

            // An article the language stage cannot handle: it retries, then MassTransit moves it to pipeline-language_error.
            var messageId = Guid.NewGuid();
            var articleId = Guid.NewGuid();
            await PublishArticleWithoutContentAsync(vhost, messageId, articleId);

            var failing = await CommandRunner.RunUntilAsync(r => r.ExitCode == PipelineStatus.ProblemsFound, Patience, status);
            output.WriteLine(failing.Output);
            Assert.Equal(1, Stages(failing.Output).Single(s => s.GetProperty("stage").GetString() == "language").GetProperty("errors").GetInt64());
            Assert.Contains("pipeline-language_error holds 1 failed message(s)", failing.Output);
            var table = await CommandRunner.RunAsync([.. status.SkipLast(1)]);
            Assert.Equal(PipelineStatus.ProblemsFound, table.ExitCode);
            Assert.Matches(@"language\s+pipeline-language\s+0\s+0\s+1\s+\S+\s+\S+\s+1", table.Output);

            // list shows the exception MassTransit recorded and leaves the message where it is.
            for (var look = 0; look < 2; look++)
            {
                var list = await CommandRunner.RunAsync(["errors", "list", .. broker, "--stage", "language", "--json"]);
                Assert.Equal(0, list.ExitCode);
                var failed = JsonDocument.Parse(Assert.Single(list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
                Assert.Equal(messageId.ToString(), failed.GetProperty("messageId").GetString());
                Assert.Equal(articleId.ToString(), failed.GetProperty("articleId").GetString());
                Assert.Equal("System.NullReferenceException", failed.GetProperty("exceptionType").GetString());
                Assert.Equal("fault", failed.GetProperty("reason").GetString());
                Assert.Contains("1 failed message(s)", list.Error);
            }

            var none = await CommandRunner.RunAsync(["errors", "list", .. broker, "--stage", "sink"]);
            Assert.Contains("0 failed message(s)", none.Output);

            var shown = await CommandRunner.RunAsync(["errors", "show", messageId.ToString(), .. broker]);
            output.WriteLine(shown.Output);
            Assert.Equal(0, shown.ExitCode);
            Assert.Contains("exception:  System.NullReferenceException", shown.Output);
            Assert.Contains(nameof(LanguageStageConsumer), shown.Output);
            Assert.Contains($"article:    {articleId}", shown.Output);
            Assert.Equal(1, (await CommandRunner.RunAsync(["errors", "show", Guid.NewGuid().ToString(), .. broker])).ExitCode);

            // Counted once per message that reached the error queue, not once per retry.
            await WaitForMetricAsync(http, "pipeline_articles_failed_total{stage=\"language\"} 1");

            // replay sends it back to the language stage, which fails on it again: the stage counts two failed messages.
            var replayed = await CommandRunner.RunAsync(["errors", "replay", .. broker, "--stage", "language"]);
            Assert.Equal(0, replayed.ExitCode);
            Assert.Contains("replayed 1 message(s) from pipeline-language_error", replayed.Output);
            var metrics = await WaitForMetricAsync(http, "pipeline_articles_failed_total{stage=\"language\"} 2");
            output.WriteLine(metrics);

            // MassTransit's own meter counts the consumer's faults on the endpoint, with the exception's type.
            Assert.Matches(
                @"(?m)^messaging_masstransit_consume_errors_ea_total\{[^}]*messaging_masstransit_destination=""pipeline-language""[^}]*messaging_masstransit_exception_type=""NullReferenceException""[^}]*\} [1-9]",
                metrics);
            await WaitForErrorQueueAsync(vhost, "pipeline-language_error", 1);

            var purged = await CommandRunner.RunAsync(["errors", "purge", .. broker, "--stage", "language", "--message-id", messageId.ToString()]);
            Assert.Contains("purged 1 message(s)", purged.Output);
            Assert.Equal(0, await ErrorQueueDepthAsync(vhost, "pipeline-language_error"));
            Assert.Contains("purged 0 message(s)", (await CommandRunner.RunAsync(["errors", "purge", .. broker])).Output);
            await CommandRunner.RunUntilAsync(r => r.ExitCode == PipelineStatus.Healthy, Patience, status);

            // A stage without a worker is a problem too.
            Assert.Equal(0, await worker.StopAsync(Patience));
            // The management API counts consumers every few seconds, so the stages lose theirs one refresh at a time.
            var orphaned = await CommandRunner.RunUntilAsync(
                r => r.ExitCode == PipelineStatus.ProblemsFound && r.Output.Contains("pipeline-sink has no consumer", StringComparison.Ordinal), Patience, status);
            Assert.Contains("pipeline-sink has no consumer", orphaned.Output);
        }
        finally
        {
            output.WriteLine(string.Join('\n', worker.Error.TakeLast(20)));
        }
    }

    [Fact]
    public async Task Status_cannot_vouch_for_a_broker_it_cannot_reach()
    {
        using var drop = new SeedDrop();
        var result = await CommandRunner.RunAsync(
            "status", "--transport", "rabbitmq", "--rabbitmq-uri", node.AmqpUri.ToString(),
            "--management-uri", $"http://guest:wrong@127.0.0.1:{node.ManagementPort}/", "--store", drop.StorePath);
        Assert.Equal(PipelineStatus.CouldNotObserve, result.ExitCode);
        Assert.Contains("401", result.Output);
    }

    private static List<JsonElement> Stages(string json)
        => [.. JsonDocument.Parse(json).RootElement.GetProperty("stages").EnumerateArray()];

    private static async Task PublishArticleWithoutContentAsync(Uri vhost, Guid messageId, Guid articleId)
    {
        var factory = new ConnectionFactory { Uri = vhost };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var envelope = JsonSerializer.Serialize(new
        {
            messageId,
            messageType = new[] { "urn:message:pipeline:article-received:v1" },
            message = new { articleId, receivedAt = DateTimeOffset.UtcNow, article = (object?)null },
        });
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = messageId.ToString(),
            DeliveryMode = DeliveryModes.Persistent,
        };
        await channel.BasicPublishAsync("", StageEndpoints.Language, true, properties, Encoding.UTF8.GetBytes(envelope));
    }

    private async Task<long> ErrorQueueDepthAsync(Uri vhost, string queue)
    {
        var factory = new ConnectionFactory { Uri = vhost };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    private async Task WaitForErrorQueueAsync(Uri vhost, string queue, long count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await ErrorQueueDepthAsync(vhost, queue) != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{queue} did not hold {count} message(s) in time");
            await Task.Delay(250);
        }
    }

    private static async Task<string> WaitForMetricAsync(HttpClient http, string line)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var metrics = await http.GetStringAsync("metrics");
            if (metrics.Split('\n').Contains(line))
            {
                return metrics;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/metrics never showed '{line}':\n{metrics}");
            await Task.Delay(250);
        }
    }
}
