namespace Pipeline.Storage;

/// <summary>Where the store lives: a SQLite file path, or a <c>postgres://</c> URI.</summary>
public sealed record StoreLocation(StoreKind Kind, string Value)
{
    public static StoreLocation Parse(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? new StoreLocation(StoreKind.Postgres, location)
            : new StoreLocation(StoreKind.Sqlite, location);
    }
}

/// <summary>The store's engine.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
