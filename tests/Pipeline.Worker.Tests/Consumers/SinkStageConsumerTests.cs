using MassTransit;
using MassTransit.Testing;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Tests.Consumers;

public sealed class SinkStageConsumerTests
{
    [Fact]
    public async Task An_analysed_article_is_stored_and_each_claim_announced_with_its_group()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<SinkStageConsumer, SinkStageConsumerDefinition>());
        var analyzed = Analyzed(Guid.NewGuid(), "50 000 soldats", 50000);

        await harness.Harness.Bus.Publish(analyzed);

        Assert.True(await harness.Harness.Published.Any<ClaimExtracted>());
        var announced = harness.Harness.Published.Select<ClaimExtracted>().Single().Context.Message;
        Assert.Equal(analyzed.ArticleId, announced.ArticleId);
        Assert.Equal((1, 1), (announced.GroupArticleCount, announced.GroupSourceCount));
        Assert.Equal(analyzed.Claims[0], announced.Claim);
        var stored = await harness.Get<IArticleReader>().ListArticlesAsync(new ArticleQuery(), CancellationToken.None);
        Assert.Equal(analyzed.ArticleId, Assert.Single(stored).Id);
    }

    [Fact]
    public async Task A_redelivered_article_announces_the_same_claim_ids_and_stores_nothing_twice()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<SinkStageConsumer, SinkStageConsumerDefinition>());
        var analyzed = Analyzed(Guid.NewGuid(), "50 000 soldats", 50000);

        await harness.Harness.Bus.Publish(analyzed);
        Assert.True(await harness.Harness.Published.Any<ClaimExtracted>());
        await harness.Harness.Bus.Publish(analyzed);
        // Any() returns at the first consumed message; only inactivity says the redelivery was consumed too.
        await harness.Harness.InactivityTask;
        Assert.Equal(2, harness.Harness.Consumed.Select<ArticleAnalyzed>().Count());

        var ids = harness.Harness.Published.Select<ClaimExtracted>().Select(m => m.Context.Message.ClaimId).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Single(ids.Distinct());
        Assert.Equal(1, (await harness.Get<IArticleReader>().CountAsync(CancellationToken.None)).Claims);
    }

    [Fact]
    public async Task A_store_that_keeps_failing_sends_the_message_to_the_fault_path_after_retries()
    {
        await using var harness = await ConsumerHarness.StartAsync(
            x => x.AddConsumer<SinkStageConsumer, SinkStageConsumerDefinition>(),
            services => services.AddSingleton<IArticleSink, FailingStore>());

        await harness.Harness.Bus.Publish(Analyzed(Guid.NewGuid(), "9 000 soldats", 9000));

        Assert.True(await harness.Harness.Published.Any<Fault<ArticleAnalyzed>>());
        Assert.False(await harness.Harness.Published.Any<ClaimExtracted>());
        Assert.Equal(5, FailingStore.Attempts);
    }

    private static ArticleAnalyzed Analyzed(Guid id, string text, double value)
    {
        var figure = new FigureData { Text = text, Start = 0, End = text.Length, Value = value, Approximate = false, Unit = "soldier", Category = "personnel" };
        return new ArticleAnalyzed
        {
            ArticleId = id,
            ReceivedAt = DateTimeOffset.UtcNow,
            Article = Messages.Content($"La Russie a rassemblé {text}."),
            Language = new LanguageData { Code = "fr", Confidence = 0.99 },
            Duplicate = new DuplicateData { Kind = "unique", Fingerprint = "f" },
            Entities = [],
            Figures = [figure],
            Claims =
            [
                new ClaimData
                {
                    Figure = figure,
                    Subject = "la Russie",
                    Source = "le New York Times",
                    Modality = "reported",
                    Sentence = $"La Russie a rassemblé {text}.",
                    Key = $"personnel|soldier|{value}|russia",
                },
            ],
        };
    }

    /// <summary>A sink whose writes always fail, to watch the retry and fault path.</summary>
    private sealed class FailingStore : IArticleSink
    {
        public static int Attempts;

        public Task<IReadOnlyList<StoredClaim>> SaveAsync(ArticleAnalyzed article, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Attempts);
            throw new InvalidOperationException("disk full");
        }
    }
}
