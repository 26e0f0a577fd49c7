namespace Pipeline.Storage.Tests.Behaviour;

/// <summary>
/// One store engine under test. Each test gets a fresh database; <see cref="Open"/> gives a new store object with
/// its own connections to it, as another worker would have.
/// </summary>
public abstract class StoreEngine : IAsyncDisposable
{
    private readonly List<PipelineStore> opened = [];

    /// <summary>The migrations the engine's schema has, in order.</summary>
    public abstract IReadOnlyList<int> MigrationVersions { get; }

    /// <summary>The last schema version whose exact fingerprints kept single quotes apart from double ones.</summary>
    public abstract int VersionBeforeSingleQuotesFolded { get; }

    /// <summary>Creates an empty database (no schema) and returns its location.</summary>
    public abstract Task<StoreLocation> CreateDatabaseAsync();

    /// <summary>The versions recorded in the database's <c>schema_version</c> table, in order.</summary>
    public abstract Task<IReadOnlyList<int>> SchemaVersionsAsync(StoreLocation location);

    /// <summary>Undoes every migration after the first, as if the database was made by the first release.</summary>
    public abstract Task RollBackToFirstVersionAsync(StoreLocation location);

    /// <summary>Undoes every migration after the fourth, as if the database was made by the release of schema version 4.</summary>
    public abstract Task RollBackToVersion4Async(StoreLocation location);

    /// <summary>Applies the migrations up to <paramref name="version"/> only, as an earlier release did.</summary>
    public Task MigrateToAsync(StoreLocation location, int version) => Open(location).Migrator.MigrateAsync(version, CancellationToken.None);

    /// <summary>Writes an article into the duplicate index's tables of versions 1 to 3, as those releases did.</summary>
    public abstract Task AddVersion3DuplicateAsync(StoreLocation location, Version3Duplicate row);

    /// <summary>Opens the store at <paramref name="location"/>, closed when the test ends.</summary>
    public PipelineStore Open(StoreLocation location, System.Diagnostics.Metrics.IMeterFactory? meters = null)
    {
        var store = StoreFactory.Open(location, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, meters: meters);
        lock (opened)
        {
            opened.Add(store);
        }

        return store;
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var store in opened)
        {
            await store.DisposeAsync();
        }

        await DropDatabasesAsync();
    }

    protected abstract Task DropDatabasesAsync();
}

/// <summary>An article as the version 1-3 duplicate index held it: a verdict, and for a non-exact one its fingerprint, sketch and band keys.</summary>
public sealed record Version3Duplicate(Guid ArticleId, string Kind, Guid? OriginalId, double Similarity, string Fingerprint, byte[] Sketch, long[] BandKeys);
