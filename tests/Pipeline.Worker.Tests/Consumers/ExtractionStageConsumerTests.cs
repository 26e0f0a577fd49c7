using MassTransit;
using MassTransit.Testing;
using Pipeline.Contracts;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Tests.Consumers;

public sealed class ExtractionStageConsumerTests
{
    [Fact]
    public async Task A_unique_article_is_passed_on_with_its_figures_and_claims()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<ExtractionStageConsumer, ExtractionStageConsumerDefinition>());
        var checkedArticle = Messages.Checked(Messages.FrenchText, DuplicateData.Unique);

        await harness.Harness.Bus.Publish(checkedArticle);

        Assert.True(await harness.Harness.Published.Any<ArticleAnalyzed>());
        var analyzed = harness.Harness.Published.Select<ArticleAnalyzed>().Single().Context.Message;
        Assert.Equal((checkedArticle.ArticleId, checkedArticle.Duplicate), (analyzed.ArticleId, analyzed.Duplicate));
        var tanks = Assert.Single(analyzed.Figures);
        Assert.Equal(("1 800 chars", 1800d, "tank", "equipment"), (tanks.Text, tanks.Value!.Value, tanks.Unit, tanks.Category));
        Assert.Equal(Messages.FrenchText.IndexOf("1 800", StringComparison.Ordinal), tanks.Start);
        var claim = Assert.Single(analyzed.Claims);
        Assert.Equal("hedged", claim.Modality);
        Assert.Equal("2023-02", claim.Date);
    }

    [Fact]
    public async Task An_exact_duplicate_is_not_analysed_again()
    {
        await using var harness = await ConsumerHarness.StartAsync(x => x.AddConsumer<ExtractionStageConsumer, ExtractionStageConsumerDefinition>());
        var copy = Messages.Checked(Messages.FrenchText, DuplicateData.Exact, Guid.NewGuid());

        await harness.Harness.Bus.Publish(copy);

        Assert.True(await harness.Harness.Published.Any<ArticleAnalyzed>());
        var analyzed = harness.Harness.Published.Select<ArticleAnalyzed>().Single().Context.Message;
        Assert.Equal(copy.Duplicate, analyzed.Duplicate);
        Assert.Empty(analyzed.Figures);
        Assert.Empty(analyzed.Claims);
    }
}
