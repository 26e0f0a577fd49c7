using MassTransit;
using Pipeline.Contracts;

namespace Pipeline.Worker.Consumers;

/// <summary>
/// Hears that a stage gave up on an article (its message went to the stage's <c>_error</c> queue), so that
/// <c>pipeline ingest</c> can stop waiting for it and say why, and the embedded watcher can quarantine its file.
/// </summary>
public sealed class StageFaultConsumer(StageFaults faults) :
    IConsumer<Fault<ArticleReceived>>,
    IConsumer<Fault<ArticleLanguageDetected>>,
    IConsumer<Fault<ArticleChecked>>,
    IConsumer<Fault<ArticleAnalyzed>>
{
    public Task Consume(ConsumeContext<Fault<ArticleReceived>> context) => Record(context.Message, context.Message.Message.ArticleId, StageEndpoints.Language);

    public Task Consume(ConsumeContext<Fault<ArticleLanguageDetected>> context) => Record(context.Message, context.Message.Message.ArticleId, StageEndpoints.Duplicates);

    public Task Consume(ConsumeContext<Fault<ArticleChecked>> context) => Record(context.Message, context.Message.Message.ArticleId, StageEndpoints.Extraction);

    public Task Consume(ConsumeContext<Fault<ArticleAnalyzed>> context) => Record(context.Message, context.Message.Message.ArticleId, StageEndpoints.Sink);

    private Task Record(Fault fault, Guid articleId, string stage)
    {
        faults.Add(articleId, StageFailure.From(stage, fault));
        return Task.CompletedTask;
    }
}
