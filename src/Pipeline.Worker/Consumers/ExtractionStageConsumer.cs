using MassTransit;
using Pipeline.Analysis;
using Pipeline.Contracts;

namespace Pipeline.Worker.Consumers;

/// <summary>Reads entities, figures and claims from an article; exact duplicates are not analysed again.</summary>
public sealed class ExtractionStageConsumer(ArticleAnalyzer analyzer, ILogger<ExtractionStageConsumer> logger)
    : IConsumer<ArticleChecked>
{
    public async Task Consume(ConsumeContext<ArticleChecked> context)
    {
        var message = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = message.ArticleId });
        var analysis = message.Duplicate.Kind == DuplicateData.Exact
            ? new ArticleAnalysis([], [], [])
            : analyzer.Analyze(message.Article.Text, message.Language.Code, message.Article.Published);
        logger.LogInformation(
            "Extracted {Entities} entities, {Figures} figures, {Claims} claims",
            analysis.Entities.Count,
            analysis.Figures.Count,
            analysis.Claims.Count);
        await context.Publish(
            new ArticleAnalyzed
            {
                ArticleId = message.ArticleId,
                ReceivedAt = message.ReceivedAt,
                Article = message.Article,
                Language = message.Language,
                Duplicate = message.Duplicate,
                Entities = analysis.Entities.Select(AnalysisContracts.ToData).ToList(),
                Figures = analysis.Figures.Select(AnalysisContracts.ToData).ToList(),
                Claims = analysis.Claims.Select(AnalysisContracts.ToData).ToList(),
            },
            context.CancellationToken);
    }
}
