namespace Pipeline.Storage;

/// <summary>
/// Brings a database to the latest version of its engine's schema, on any engine: one transaction holding the
/// schema's lock (SQLite's write lock, a PostgreSQL advisory lock), so of several workers starting together one
/// migrates and the others then find nothing left to do.
/// </summary>
internal sealed class SchemaMigrator(StoreDatabase database, StoreDatabase duplicateIndex, StoreSchema schema) : IStoreSchema
{
    /// <summary>The writer's name in metrics and logs.</summary>
    public const string Writer = "schema";

    public Task MigrateAsync(CancellationToken cancellationToken) => MigrateAsync(int.MaxValue, cancellationToken);

    /// <summary>Applies the migrations up to <paramref name="latest"/>; tests make databases of earlier releases with it.</summary>
    internal Task MigrateAsync(int latest, CancellationToken cancellationToken)
        => database.WriteOnceAsync(
            Writer,
            WriteLock.Schema,
            async transaction =>
            {
                var (connection, sql) = (transaction.Connection, transaction.Transaction);
                await StoreCommand.ExecuteAsync(connection, sql, schema.VersionTable, cancellationToken);
                var current = await StoreCommand.NumberAsync(connection, sql, "SELECT MAX(version) FROM schema_version", cancellationToken) ?? 0;
                foreach (var migration in schema.Migrations.Where(m => m.Version > current && m.Version <= latest))
                {
                    if (migration.Sql.Length > 0)
                    {
                        await StoreCommand.ExecuteAsync(connection, sql, migration.Sql, cancellationToken);
                    }

                    if (migration.Then is { } then)
                    {
                        await then(new MigrationStep(connection, sql, duplicateIndex, !ReferenceEquals(duplicateIndex, database), cancellationToken));
                    }

                    await StoreCommand.ExecuteAsync(
                        connection,
                        sql,
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at)",
                        cancellationToken,
                        ("@version", migration.Version),
                        ("@description", migration.Description),
                        ("@at", transaction.Dialect.Timestamp(DateTimeOffset.UtcNow)));
                }

                return current;
            },
            cancellationToken);
}
