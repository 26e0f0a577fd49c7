namespace Pipeline.EndToEnd;

/// <summary>
/// Stores that already hold many articles, made the way users fill them: embedded <c>pipeline ingest</c> over other
/// generated articles, 10,000 per command, into a SQLite file and into a PostgreSQL database that each scenario then
/// copies.
/// </summary>
public static class Prefill
{
    const int PerCommand = 10_000;

    public static async Task<StoreStart> CreateAsync(
        BenchOptions options, ArticleCorpus corpus, IReadOnlyList<Scenario> scenarios, ScenarioRunner runner, Servers servers, string work, CancellationToken cancellationToken)
    {
        var folders = new List<string>();
        for (var first = 0; first < options.Prefill; first += PerCommand)
        {
            var folder = Path.Combine(work, "prefill-articles", $"part-{first / PerCommand:D3}");
            corpus.Write(folder, "prefill", first, Math.Min(PerCommand, options.Prefill - first));
            folders.Add(folder);
        }

        string? sqlite = null;
        string? postgres = null;
        if (scenarios.Any(s => s.Store == StoreKind.Sqlite))
        {
            sqlite = Path.Combine(work, "prefilled.db");
            Console.Error.WriteLine($"pipeline-bench: pre-filling SQLite with {options.Prefill:N0} articles");
            await runner.IngestIntoAsync(folders, sqlite, cancellationToken);
        }

        if (scenarios.Any(s => s.Store == StoreKind.Postgres))
        {
            var (name, uri) = await servers.NewDatabaseAsync("prefilled", null, cancellationToken);
            Console.Error.WriteLine($"pipeline-bench: pre-filling PostgreSQL with {options.Prefill:N0} articles");
            await runner.IngestIntoAsync(folders, uri.ToString(), cancellationToken);
            postgres = name;
        }

        return new StoreStart(options.Prefill, sqlite, postgres);
    }
}
