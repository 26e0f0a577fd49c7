using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Analysis;
using Pipeline.Analysis.Duplicates;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Worker.Consumers;

namespace Pipeline.Worker.Hosting;

/// <summary>The pieces a pipeline host is made of, so each command's set-up reads like a table of contents.</summary>
public static class PipelineServices
{
    public static IServiceCollection AddPipelineAnalysis(this IServiceCollection services, PipelineRole roles = PipelineRole.All)
    {
        services.AddSingleton(LanguageIdentification.Create);
        if (roles.HasFlag(PipelineRole.Language))
        {
            // Registered before the store and the bus, so its check runs first.
            services.AddHostedService<LanguageIdentificationCheck>();
        }

        services.AddSingleton<ArticleAnalyzer>();
        services.AddSingleton(_ => new NearDuplicateDetector());
        services.AddSingleton<ArticleDuplicateFeatures>();
        return services;
    }

    public static IServiceCollection AddPipelineStore(this IServiceCollection services, PipelineRole roles)
    {
        // One store per process: its PostgreSQL connection pool (or SQLite file) is shared by every consumer.
        // Its sides are registered by interface from that one instance, which the container disposes once: what the
        // sink and the duplicate stage still have queued is written before the connections close.
        services.AddSingleton(provider => StoreFactory.Open(
            StoreLocation.Parse(provider.GetRequiredService<IOptions<PipelineOptions>>().Value.Store),
            provider.GetRequiredService<ILoggerFactory>(),
            provider.GetService<NearDuplicateDetector>()?.Options,
            provider.GetService<IMeterFactory>()));
        services.AddSingleton(provider => provider.GetRequiredService<PipelineStore>().Sink);
        services.AddSingleton(provider => provider.GetRequiredService<PipelineStore>().Duplicates);
        services.AddSingleton(provider => provider.GetRequiredService<PipelineStore>().Reader);
        services.AddSingleton(provider => provider.GetRequiredService<PipelineStore>().Schema);
        if (roles.UseStore())
        {
            // A language or extraction worker neither migrates nor waits for a store it never writes to.
            services.AddHostedService<StoreMigration>();
        }

        return services;
    }

    public static IServiceCollection AddPipelineBus(
        this IServiceCollection services, PipelineOptions options, PipelineRole roles, Action<IBusRegistrationConfigurator>? extra = null)
    {
        if (options.UsesRabbitMq)
        {
            services.AddHostedService<StageTopology>();
        }

        // Start-up returns once the bus is connected and its endpoints are bound, so nothing (the watcher, an
        // ingest run) publishes before the consumers are listening; a broker that stays away stops start-up.
        services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromMinutes(2);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });

        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            if (roles.HasFlag(PipelineRole.Language))
            {
                bus.AddConsumer<LanguageStageConsumer, LanguageStageConsumerDefinition>();
            }

            if (roles.HasFlag(PipelineRole.Duplicates))
            {
                bus.AddConsumer<DuplicateStageConsumer, DuplicateStageConsumerDefinition>();
            }

            if (roles.HasFlag(PipelineRole.Extraction))
            {
                bus.AddConsumer<ExtractionStageConsumer, ExtractionStageConsumerDefinition>();
            }

            if (roles.HasFlag(PipelineRole.Sink))
            {
                bus.AddConsumer<SinkStageConsumer, SinkStageConsumerDefinition>();
            }

            if (!options.UsesRabbitMq && roles.HasFlag(PipelineRole.Watcher))
            {
                // The in-memory bus forgets its _error queues with the process: the embedded watcher hears each fault
                // and quarantines the article's file with the exception instead.
                services.TryAddSingleton<StageFaults>();
                bus.AddConsumer<StageFaultConsumer>();
            }

            extra?.Invoke(bus);
            services.TryAddSingleton(new ClaimListeners(
                options.UsesRabbitMq || services.Any(service => service.ServiceType.IsAssignableTo(typeof(IConsumer<ClaimExtracted>)))));

            if (options.UsesRabbitMq)
            {
                if (options.QuorumQueues)
                {
                    // Only the stage queues: the bus's own temporary queues cannot be quorum queues.
                    bus.AddConfigureEndpointsCallback((name, endpoint) =>
                    {
                        if (StageEndpoints.All.Contains(name) && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                        {
                            rabbit.SetQuorumQueue();
                        }
                    });
                }

                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(options.RabbitMqUri));
                    cfg.UseFilter(new ArticleLogScope(context.GetRequiredService<ILogger<ArticleLogScope>>()));
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseFilter(new ArticleLogScope(context.GetRequiredService<ILogger<ArticleLogScope>>()));
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return services;
    }
}
