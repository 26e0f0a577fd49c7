using System.Data.Common;

namespace Pipeline.Storage;

/// <summary>One numbered change of an engine's schema: its statements, then, when rows must move, code that moves them.</summary>
internal sealed record Migration(int Version, string Description, string Sql, Func<MigrationStep, Task>? Then = null);

/// <summary>
/// What a migration's code works with: the migrating transaction, and the duplicate index's database (the same
/// database, except on an engine that keeps the index apart: then <paramref name="IndexApart"/>).
/// </summary>
internal sealed record MigrationStep(DbConnection Connection, DbTransaction Transaction, StoreDatabase DuplicateIndex, bool IndexApart, CancellationToken CancellationToken);
