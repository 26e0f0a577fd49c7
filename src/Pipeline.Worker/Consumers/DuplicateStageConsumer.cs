using MassTransit;
using Microsoft.Extensions.Options;
using Pipeline.Analysis.Duplicates;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Worker.Hosting;
using Pipeline.Worker.Operations;

namespace Pipeline.Worker.Consumers;

/// <summary>Checks an article against every article seen before, in the shared duplicate index.</summary>
public sealed class DuplicateStageConsumer(
    IDuplicateIndex index, ArticleDuplicateFeatures features, IOptions<PipelineOptions> options, PipelineMetrics metrics, ILogger<DuplicateStageConsumer> logger)
    : IConsumer<ArticleLanguageDetected>
{
    public async Task Consume(ConsumeContext<ArticleLanguageDetected> context)
    {
        var message = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = message.ArticleId });
        var candidate = features.Describe(message.ArticleId, message.Article.Text, options.Value.NearDuplicateThreshold);
        var match = await index.CheckAndAddAsync(candidate, context.CancellationToken);
        metrics.DuplicateChecked(match.Kind);
        logger.LogInformation("Duplicate check: {Kind} of {OriginalId} at {Similarity:0.000}", match.Kind, match.OriginalId, match.Similarity);
        await context.Publish(
            new ArticleChecked
            {
                ArticleId = message.ArticleId,
                ReceivedAt = message.ReceivedAt,
                Article = message.Article,
                Language = message.Language,
                Duplicate = new DuplicateData
                {
                    Kind = match.Kind,
                    OriginalId = match.OriginalId,
                    Similarity = match.Similarity,
                    Fingerprint = candidate.Fingerprint,
                },
            },
            context.CancellationToken);
    }
}
