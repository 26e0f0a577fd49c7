namespace Pipeline.Storage;

/// <summary>The store's tables, numbered by version.</summary>
public interface IStoreSchema
{
    /// <summary>Creates or upgrades the schema; safe to call from several workers at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
