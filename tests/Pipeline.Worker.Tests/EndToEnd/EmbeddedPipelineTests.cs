using System.Collections.Concurrent;
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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pipeline:Transport"] = "inmemory",
            ["Pipeline:Store"] = drop.StorePath,
            ["Inbox:Path"] = drop.Inbox,
        }).Build();
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

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
