using MassTransit;
using Pipeline.Analysis.Languages;
using Pipeline.Contracts;

namespace Pipeline.Worker.Consumers;

/// <summary>Says which language an article is written in.</summary>
public sealed class LanguageStageConsumer(ILanguageIdentifier identifier, ILogger<LanguageStageConsumer> logger)
    : IConsumer<ArticleReceived>
{
    public async Task Consume(ConsumeContext<ArticleReceived> context)
    {
        var message = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = message.ArticleId });
        var guess = identifier.Identify(message.Article.Text);
        logger.LogInformation("Language {Language} ({Confidence:0.00}) for {FileName}", guess.Code, guess.Confidence, message.Article.FileName);
        await context.Publish(
            new ArticleLanguageDetected
            {
                ArticleId = message.ArticleId,
                ReceivedAt = message.ReceivedAt,
                Article = message.Article,
                Language = AnalysisContracts.ToData(guess),
            },
            context.CancellationToken);
    }
}
