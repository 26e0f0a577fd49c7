using Pipeline.Storage;

namespace Pipeline.Worker.Hosting;

/// <summary>Brings the store's schema up to date before any stage consumes.</summary>
public sealed class StoreMigration(IStoreSchema schema, ILogger<StoreMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await schema.MigrateAsync(cancellationToken);
        logger.LogDebug("Store schema up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
