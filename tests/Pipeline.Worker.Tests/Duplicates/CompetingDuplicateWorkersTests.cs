using System.Collections.Concurrent;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Testing;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Tests.Consumers;
using Pipeline.Worker.Tests.Ingest;

namespace Pipeline.Worker.Tests.Duplicates;

[Collection(RabbitMqNode.CollectionName)]
public sealed class CompetingDuplicateWorkersTests(RabbitMqNode node)
{
    private const int Copies = 16;

    [Fact]
    public async Task Near_copies_checked_at_once_by_two_workers_have_exactly_one_original()
    {
        using var folder = new TempFolder();
        var vhost = await node.CreateVirtualHostAsync();
        var store = folder.Combine("pipeline.db");

        // Two worker processes' worth of hosts, each hosting only the duplicate stage, on one queue and one store.
        var workers = Enumerable.Range(0, 2).Select(_ => PipelineHost.Build(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pipeline:Transport"] = "rabbitmq",
                ["Pipeline:RabbitMqUri"] = vhost.ToString(),
                ["Pipeline:Store"] = store,
                ["Pipeline:Roles"] = "duplicates",
            }).Build())).ToList();
        var verdicts = new ConcurrentDictionary<Guid, DuplicateData>();
        var observer = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(vhost);
            cfg.ReceiveEndpoint("test-checked", e => e.Handler<ArticleChecked>(context =>
            {
                verdicts[context.Message.ArticleId] = context.Message.Duplicate;
                return Task.CompletedTask;
            }));
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await observer.StartAsync(timeout.Token);
        foreach (var worker in workers)
        {
            await worker.StartAsync(timeout.Token);
        }

        try
        {
            var articles = NearCopies().Select(text => Messages.LanguageDetected(text)).ToList();
            await Task.WhenAll(articles.Select(a => observer.Publish(a, timeout.Token)));
            while (verdicts.Count < Copies)
            {
                await Task.Delay(100, timeout.Token);
            }

            var original = Assert.Single(verdicts, v => v.Value.Kind == DuplicateData.Unique);
            Assert.All(verdicts.Where(v => v.Key != original.Key), v => Assert.Equal(DuplicateData.Near, v.Value.Kind));

            // Every copy links, directly or through another copy, back to the one original.
            foreach (var (id, _) in verdicts)
            {
                var current = id;
                for (var hops = 0; verdicts[current].OriginalId is { } next && hops < Copies; hops++)
                {
                    current = next;
                }

                Assert.Equal(original.Key, current);
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.StopAsync(CancellationToken.None);
                worker.Dispose();
            }

            await observer.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>One story of 400 words and copies each with two different words changed: all pairs far above the threshold.</summary>
    private static IEnumerable<string> NearCopies()
    {
        var words = Enumerable.Range(0, 400).Select(i => $"mot{i}").ToArray();
        for (var copy = 0; copy < Copies; copy++)
        {
            var edited = (string[])words.Clone();
            edited[(copy * 23) % words.Length] = $"changé{copy}";
            edited[(copy * 41 + 7) % words.Length] = $"modifié{copy}";
            yield return string.Join(' ', edited);
        }
    }
}
