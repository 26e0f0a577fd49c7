using MassTransit;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Consumers;

/// <summary>Writes an analysed article to the store, then tells other systems about each of its claims.</summary>
public sealed class SinkStageConsumer(IArticleSink store, PipelineMetrics metrics, ILogger<SinkStageConsumer> logger, ClaimListeners? listeners = null)
    : IConsumer<ArticleAnalyzed>
{
    public async Task Consume(ConsumeContext<ArticleAnalyzed> context)
    {
        var message = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = message.ArticleId });
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var saved = await store.SaveAsync(message, context.CancellationToken);
        var claims = saved.Claims;

        // Published after the store committed, so a subscriber can always look up the article and the group.
        foreach (var claim in (listeners ?? ClaimListeners.Anyone).Present ? claims : [])
        {
            await context.Publish(
                new ClaimExtracted
                {
                    ClaimId = claim.ClaimId,
                    ArticleId = message.ArticleId,
                    GroupId = claim.GroupId,
                    GroupArticleCount = claim.GroupArticleCount,
                    GroupSourceCount = claim.GroupSourceCount,
                    Claim = claim.Claim,
                    Language = message.Language.Code,
                    ArticleTitle = message.Article.Title,
                    ArticleUrl = message.Article.Url,
                },
                context.CancellationToken);
        }

        metrics.ClaimsExtracted(claims.Count);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (saved.Written)
        {
            logger.LogInformation("Stored {FileName} with {Claims} claims in {Elapsed:0} ms", message.Article.FileName, claims.Count, elapsed);
        }
        else
        {
            // A redelivery: the store already held the article, so its claims were announced again and nothing written.
            logger.LogInformation(
                "{FileName} already stored; nothing written, its {Claims} claims announced again in {Elapsed:0} ms", message.Article.FileName, claims.Count, elapsed);
        }
    }
}
