using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Worker.Hosting;

namespace Pipeline.Worker.Commands;

/// <summary>Opens the configured store (SQLite file or PostgreSQL database) for the read-only commands, which need no bus.</summary>
internal static class StoreAccess
{
    public static async Task<IArticleReader> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = PipelineSettings.Read<PipelineOptions>(PipelineConfiguration.Build(CommonOptions.AsConfiguration(parse)));
        var location = StoreLocation.Parse(options.Store);
        if (location.Kind == StoreKind.Sqlite && !File.Exists(location.Value))
        {
            throw new FileNotFoundException($"no store at {Path.GetFullPath(location.Value)}: run 'pipeline ingest' or 'pipeline run' first, or give --store");
        }

        // Left open: the connections (a PostgreSQL pool) live as long as the command's process.
        var store = StoreFactory.Open(location, NullLoggerFactory.Instance);
        await store.Schema.MigrateAsync(cancellationToken);
        return store.Reader;
    }
}
