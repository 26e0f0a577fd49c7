namespace Pipeline.Storage.Postgres;

/// <summary>The text search configurations articles are indexed with.</summary>
public static class PostgresSearch
{
    /// <summary>
    /// Every configuration <c>pipeline_search_config(language)</c> can return (migration 2); a query is parsed once
    /// per configuration. A migration that maps a new language adds its configuration here.
    /// </summary>
    public static IReadOnlyList<string> Configurations { get; } = ["french", "english", "simple"];
}
