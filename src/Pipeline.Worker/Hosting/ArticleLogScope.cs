using MassTransit;
using Pipeline.Contracts;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// Puts the article id on every log line written while a stage handles an article's message, MassTransit's own
/// included: one log scope around the whole consume, outside the retries, so that the retry (<c>R-RETRY</c>) and
/// fault (<c>R-FAULT</c>) lines, which know only the message id, carry it too.
/// </summary>
public sealed class ArticleLogScope(ILogger<ArticleLogScope> logger) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        if (ArticleIdOf(context) is not { } articleId)
        {
            await next.Send(context);
            return;
        }

        using (logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = articleId }))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("articleLogScope");

    // The typed pipes that follow reuse what is deserialised here.
    private static Guid? ArticleIdOf(ConsumeContext context) =>
        context.TryGetMessage<ArticleReceived>(out var received) ? received.Message.ArticleId
        : context.TryGetMessage<ArticleLanguageDetected>(out var detected) ? detected.Message.ArticleId
        : context.TryGetMessage<ArticleChecked>(out var checkedArticle) ? checkedArticle.Message.ArticleId
        : context.TryGetMessage<ArticleAnalyzed>(out var analyzed) ? analyzed.Message.ArticleId
        : context.TryGetMessage<ClaimExtracted>(out var claim) ? claim.Message.ArticleId
        : context.TryGetMessage<Fault<ArticleReceived>>(out var receivedFault) ? receivedFault.Message.Message.ArticleId
        : context.TryGetMessage<Fault<ArticleLanguageDetected>>(out var detectedFault) ? detectedFault.Message.Message.ArticleId
        : context.TryGetMessage<Fault<ArticleChecked>>(out var checkedFault) ? checkedFault.Message.Message.ArticleId
        : context.TryGetMessage<Fault<ArticleAnalyzed>>(out var analyzedFault) ? analyzedFault.Message.Message.ArticleId
        : null;
}
