using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Tests.Operations;

public sealed class BrokerAddressTests
{
    [Theory]
    [InlineData("amqp://pipeline:s3cret@rabbit:5672/news", null, "http://rabbit:15672/", "news", "pipeline", "s3cret")]
    [InlineData("amqp://pipeline:s3cret@rabbit:5672/", null, "http://rabbit:15672/", "/", "pipeline", "s3cret")]
    [InlineData("amqp://rabbit", null, "http://rabbit:15672/", "/", "guest", "guest")]
    [InlineData("amqps://a:pw1@rabbit.example:5671/prod%2Fnews", null, "https://rabbit.example:15671/", "prod/news", "a", "pw1")]
    [InlineData("rabbitmq://a:pw2@rabbit/news", null, "http://rabbit:15672/", "news", "a", "pw2")]
    [InlineData("amqp://a:b@rabbit/news", "http://ops:watch@mgmt:8080/", "http://mgmt:8080/", "news", "ops", "watch")]
    [InlineData("amqp://a:p%40ss@rabbit/news", "http://mgmt:8080/", "http://mgmt:8080/", "news", "a", "p@ss")]
    public void The_management_api_defaults_to_the_amqp_host_and_credentials_on_port_15672(
        string amqp, string? management, string expectedManagement, string expectedVhost, string expectedUser, string expectedPassword)
    {
        var broker = BrokerAddress.Resolve(amqp, management);
        Assert.Equal(expectedManagement, broker.ManagementUri.ToString());
        Assert.Equal(expectedVhost, broker.VirtualHost);
        Assert.Equal(expectedUser, broker.UserName);
        Assert.Equal(expectedPassword, broker.Password);
        Assert.DoesNotContain(expectedPassword, broker.Describe());
    }

    [Theory]
    [InlineData("language", "pipeline-language")]
    [InlineData("pipeline-sink", "pipeline-sink")]
    [InlineData("Extraction", "pipeline-extraction")]
    [InlineData("pipeline-duplicates_error", "pipeline-duplicates")]
    [InlineData("watcher", null)]
    public void A_stage_can_be_named_by_role_queue_or_error_queue(string name, string? queue)
        => Assert.Equal(queue, StageStatus.QueueOf(name));

    [Fact]
    public async Task Status_with_the_in_memory_transport_says_there_is_no_broker_and_shows_the_store()
    {
        using var drop = new Pipeline.Worker.Tests.EndToEnd.SeedDrop();
        Directory.CreateDirectory(Path.GetDirectoryName(drop.StorePath)!);
        await using (var store = StoreFactory.Open(StoreLocation.Parse(drop.StorePath), NullLoggerFactory.Instance))
        {
            await store.Schema.MigrateAsync(CancellationToken.None);
        }

        var result = await CommandRunner.RunAsync("status", "--transport", "inmemory", "--store", drop.StorePath);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("transport: inmemory: no broker", result.Output);
        Assert.Contains("store: 0 articles", result.Output);
        Assert.Contains("status: healthy", result.Output);

        var missing = await CommandRunner.RunAsync("status", "--store", Path.Combine(drop.Inbox, "absent.db"));
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("unknown: store: no store at", missing.Output);

        var errors = await CommandRunner.RunAsync("errors", "list", "--transport", "inmemory");
        Assert.Equal(2, errors.ExitCode);
        Assert.Contains("in-memory transport keeps no error queues", errors.Error);
    }
}
