using Pipeline.Analysis.Languages;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// Builds the language identifier at start-up, before the bus and the watcher start, so that a library that answers
/// wrongly stops the process before a single file is touched (and a missing one is said once, up front).
/// </summary>
public sealed class LanguageIdentificationCheck(ILanguageIdentifier identifier, ILogger<LanguageIdentificationCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogDebug("Language identification ready: {Identifier}", identifier.GetType().Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
