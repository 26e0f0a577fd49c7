using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// What reading and publishing articles needs (the <c>ingest</c> command and the watcher): validated
    /// <see cref="InboxOptions"/> from the <c>Inbox</c> section, <see cref="ArticleFileReader"/> and
    /// <see cref="ArticleFileIngestor"/> publishing through <c>IBus</c>. Needs MassTransit registered.
    /// </summary>
    public static IServiceCollection AddArticleIngest(this IServiceCollection services)
    {
        services.AddValidatedOptions<InboxOptions, InboxOptionsValidation>(InboxOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArticleFileReader>();
        services.TryAddSingleton(sp => new ArticleFileIngestor(
            sp.GetRequiredService<IBus>(),
            sp.GetRequiredService<ArticleFileReader>(),
            sp.GetRequiredService<IOptions<InboxOptions>>(),
            sp.GetRequiredService<ILogger<ArticleFileIngestor>>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>The <c>watcher</c> role: <see cref="AddArticleIngest"/> plus the <see cref="InboxWatcher"/> hosted service. Register it after MassTransit so the bus starts first.</summary>
    public static IServiceCollection AddInboxWatcher(this IServiceCollection services)
    {
        services.AddArticleIngest();
        services.AddHostedService<InboxWatcher>();
        return services;
    }
}
