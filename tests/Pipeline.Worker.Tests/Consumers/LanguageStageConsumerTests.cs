using MassTransit;
using MassTransit.Testing;
using Pipeline.Contracts;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Tests.Consumers;

public sealed class LanguageStageConsumerTests
{
    [Fact]
    public async Task A_french_article_is_passed_on_with_its_language()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<LanguageStageConsumer, LanguageStageConsumerDefinition>());
        var received = Messages.Received(Messages.FrenchText);

        await harness.Harness.Bus.Publish(received);

        Assert.True(await harness.Harness.Published.Any<ArticleLanguageDetected>());
        var detected = harness.Harness.Published.Select<ArticleLanguageDetected>().Single().Context.Message;
        Assert.Equal(received.ArticleId, detected.ArticleId);
        Assert.Equal(received.Article, detected.Article);
        Assert.Equal("fr", detected.Language.Code);
        Assert.InRange(detected.Language.Confidence, 0.5, 1);
    }

    [Fact]
    public async Task Digits_alone_are_passed_on_as_undetermined()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<LanguageStageConsumer, LanguageStageConsumerDefinition>());

        await harness.Harness.Bus.Publish(Messages.Received("12 345 678 90"));

        Assert.True(await harness.Harness.Published.Any<ArticleLanguageDetected>());
        Assert.Equal("und", harness.Harness.Published.Select<ArticleLanguageDetected>().Single().Context.Message.Language.Code);
    }
}
