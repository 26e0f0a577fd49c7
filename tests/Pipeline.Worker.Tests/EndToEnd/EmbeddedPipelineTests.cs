using System.Collections.Concurrent;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Tests.EndToEnd;

public sealed class EmbeddedPipelineTests
{
    [Fact]
    public async Task Seeds_dropped_in_the_inbox_are_stored_with_their_claims_on_the_embedded_default()
    {
        using var drop = new SeedDrop();
        var heard = new ConcurrentQueue<ClaimExtracted>();
        var configuration = EmbeddedDefault(drop);
        using var host = PipelineHost.Build(
            configuration,
            (services, _, _) => services.AddSingleton(heard).AddInboxWatcher(),
            bus => bus.AddConsumer<ClaimRecorder>());
        await host.StartAsync();
        try
        {
            drop.DropSeeds();
            var store = await drop.WaitForArticlesAsync(5, TimeSpan.FromSeconds(120));

            await PipelineOutcome.AssertSeedsStoredAsync(drop, store);
            var claims = await store.ListClaimsAsync(new(), CancellationToken.None);
            await WaitUntilAsync(() => heard.Count >= claims.Count, TimeSpan.FromSeconds(30));
            Assert.Equal(claims.Select(c => c.Id).Order(), heard.Select(c => c.ClaimId).Order());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task With_no_subscriber_in_the_process_the_embedded_sink_stores_every_claim_and_publishes_none()
    {
        using var drop = new SeedDrop();
        var published = new ConcurrentQueue<Type>();
        var configuration = EmbeddedDefault(drop);
        using var host = PipelineHost.Build(
            configuration, (services, _, _) => services.AddInboxWatcher().AddPublishObserver(_ => new PublishedTypes(published)));
        await host.StartAsync();
        try
        {
            drop.DropSeeds();
            var store = await drop.WaitForArticlesAsync(5, TimeSpan.FromSeconds(120));

            await PipelineOutcome.AssertSeedsStoredAsync(drop, store);
            Assert.NotEmpty(await store.ListClaimsAsync(new(), CancellationToken.None));
            Assert.Equal(5, published.Count(type => type == typeof(ArticleAnalyzed)));
            Assert.DoesNotContain(typeof(ClaimExtracted), published);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static IConfiguration EmbeddedDefault(SeedDrop drop)
        => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pipeline:Transport"] = "inmemory",
            ["Pipeline:Store"] = drop.StorePath,
            ["Inbox:Path"] = drop.Inbox,
        }).Build();

    private sealed class PublishedTypes(ConcurrentQueue<Type> published) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context)
            where T : class
        {
            published.Enqueue(typeof(T));
            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
