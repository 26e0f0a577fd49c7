namespace Pipeline.Storage;

/// <summary>An engine's schema: the table that records the versions applied, and the migrations in order (never edit one that has shipped, add the next).</summary>
internal sealed record StoreSchema(string VersionTable, IReadOnlyList<Migration> Migrations)
{
    public IReadOnlyList<int> Versions => Migrations.Select(m => m.Version).ToList();
}
