using MassTransit;
using MassTransit.Testing;
using Pipeline.Contracts;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Tests.Consumers;

public sealed class DuplicateStageConsumerTests
{
    [Fact]
    public async Task The_same_text_twice_is_unique_then_an_exact_duplicate_of_the_first()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<DuplicateStageConsumer, DuplicateStageConsumerDefinition>());
        var first = Messages.LanguageDetected(Messages.FrenchText);
        var second = Messages.LanguageDetected(Messages.FrenchText);

        await harness.Harness.Bus.Publish(first);
        Assert.True(await harness.Harness.Published.Any<ArticleChecked>(m => m.Context.Message.ArticleId == first.ArticleId));
        await harness.Harness.Bus.Publish(second);
        Assert.True(await harness.Harness.Published.Any<ArticleChecked>(m => m.Context.Message.ArticleId == second.ArticleId));

        var verdicts = harness.Harness.Published.Select<ArticleChecked>().Select(m => m.Context.Message).ToDictionary(m => m.ArticleId, m => m.Duplicate);
        Assert.Equal(("unique", (Guid?)null), (verdicts[first.ArticleId].Kind, verdicts[first.ArticleId].OriginalId));
        Assert.Equal(("exact", (Guid?)first.ArticleId), (verdicts[second.ArticleId].Kind, verdicts[second.ArticleId].OriginalId));
        Assert.Equal(verdicts[first.ArticleId].Fingerprint, verdicts[second.ArticleId].Fingerprint);
    }

    [Fact]
    public async Task A_lightly_edited_copy_is_a_near_duplicate_of_the_original()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<DuplicateStageConsumer, DuplicateStageConsumerDefinition>());
        var words = Enumerable.Range(0, 300).Select(i => $"mot{i % 97}x{i}").ToList();
        var original = Messages.LanguageDetected(string.Join(' ', words));
        words[150] = "changé";
        var edited = Messages.LanguageDetected(string.Join(' ', words) + " Suivez-nous sur Google News");

        await harness.Harness.Bus.Publish(original);
        Assert.True(await harness.Harness.Published.Any<ArticleChecked>(m => m.Context.Message.ArticleId == original.ArticleId));
        await harness.Harness.Bus.Publish(edited);
        Assert.True(await harness.Harness.Published.Any<ArticleChecked>(m => m.Context.Message.ArticleId == edited.ArticleId));

        var verdict = harness.Harness.Published.Select<ArticleChecked>().Single(m => m.Context.Message.ArticleId == edited.ArticleId).Context.Message.Duplicate;
        Assert.Equal(("near", (Guid?)original.ArticleId), (verdict.Kind, verdict.OriginalId));
        Assert.InRange(verdict.Similarity, 0.8, 0.9999);
    }
}
