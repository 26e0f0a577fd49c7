using System.Text.Json;
using Pipeline.Testing;
using Pipeline.Worker.Commands;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Ingest;

namespace Pipeline.Worker.Tests.EndToEnd;

[Collection(PostgresCluster.CollectionName)]
public sealed class PostgresPipelineTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Seeds_flow_into_a_postgres_store_and_pipeline_search_finds_them_with_their_claims()
    {
        var database = await cluster.CreateDatabaseAsync();
        var uri = database.Uri.ToString();
        try
        {
            using (var drop = new SeedDrop(uri))
            {
                var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Pipeline:Transport"] = "inmemory",
                    ["Pipeline:Store"] = uri,
                    ["Inbox:Path"] = drop.Inbox,
                }).Build();
                using var host = PipelineHost.Build(configuration, (services, _, _) => services.AddInboxWatcher());
                await host.StartAsync();
                try
                {
                    drop.DropSeeds();
                    var store = await drop.WaitForArticlesAsync(5, TimeSpan.FromSeconds(120));

                    await PipelineOutcome.AssertSeedsStoredAsync(drop, store);
                }
                finally
                {
                    await host.StopAsync();
                }
            }

            var (exitCode, output) = await RunAsync("search", "chars Bakhmut", "--store", uri, "--json");

            Assert.Equal(0, exitCode);
            var hits = output.Select(line => JsonDocument.Parse(line).RootElement).ToList();
            var seed000 = Assert.Single(hits, h => h.GetProperty("article").GetProperty("fileName").GetString()!.StartsWith("000_"));
            Assert.Contains(seed000.GetProperty("claims").EnumerateArray(), c => c.GetProperty("value") is { ValueKind: JsonValueKind.Number } value && value.GetDouble() == 1800);
            Assert.All(
                hits.SelectMany(h => h.GetProperty("claims").EnumerateArray()),
                c => Assert.Matches("(?i)chars?|bakhmut", c.GetProperty("sentence").GetString()));
        }
        finally
        {
            await cluster.DropDatabaseAsync(database.Name);
        }
    }

    [Fact]
    public async Task A_malformed_postgres_store_is_refused_with_one_line()
    {
        var (exitCode, _) = await RunAsync("search", "chars", "--store", "postgres://user:pass@/");

        Assert.Equal(2, exitCode);
    }

    // Only this class writes to stdout while the console is redirected; hosts log to stderr.
    private static async Task<(int ExitCode, IReadOnlyList<string> JsonLines)> RunAsync(params string[] args)
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var exitCode = await PipelineCommandLine.InvokeAsync(args);
            return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).ToList());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
