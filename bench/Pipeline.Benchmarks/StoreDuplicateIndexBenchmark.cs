using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pipeline.Analysis.Duplicates;
using Pipeline.Storage;
using Pipeline.Storage.Postgres;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Benchmarks;

/// <summary>
/// The store's duplicate index holding a million articles: check-and-add and lookup latency through the store (a
/// transaction, the catch-up of the worker's in-memory copy, the lookup), bytes per article on disk and in memory,
/// and how long a worker takes to read the index on its first check. The articles are
/// <see cref="DuplicateIndexBenchmark"/>'s; the filled database is kept and reused by the next run.
/// Run: <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*StoreDuplicateIndex*'</c>.
/// PIPELINE_BENCH_STORES lists <c>engine:articles</c> pairs (default <c>sqlite:1000000</c>); a <c>postgres</c> one
/// needs PIPELINE_BENCH_POSTGRES, a <c>postgres://</c> URI of an empty database. PIPELINE_BENCH_FOLDER holds the
/// SQLite files (default /tmp/pipeline-bench).
/// </summary>
[Config(typeof(DuplicateIndexBenchmark.OneOperationPerIteration))]
public class StoreDuplicateIndexBenchmark
{
    private const int Operations = 5000;
    private const int FillBatch = 10_000;

    private readonly List<double> microseconds = new(Operations * 2);
    private readonly List<double> cpuMicroseconds = new(Operations * 2);
    private PipelineStore store = null!;
    private IDuplicateIndex index = null!;
    private DuplicateCandidate[] queries = null!;
    private DuplicateCandidate[] newArticles = null!;
    private int next;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "sqlite:1000000";

    public static IEnumerable<string> Stores => (Environment.GetEnvironmentVariable("PIPELINE_BENCH_STORES") ?? "sqlite:1000000").Split(',');

    private string Engine => Store.Split(':')[0];

    private int Articles => int.Parse(Store.Split(':')[1]);

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void NextOperation() => next++;

    [Benchmark]
    public DuplicateMatch Lookup() => Measure(() => index.FindAsync(queries[next % queries.Length], CancellationToken.None));

    [Benchmark]
    public DuplicateMatch Insert() => Measure(() => index.CheckAndAddAsync(newArticles[next % newArticles.Length] with { ArticleId = Guid.NewGuid() }, CancellationToken.None));

    [GlobalCleanup]
    public void Report()
    {
        if (microseconds.Count > 0)
        {
            // The last `Operations` values are the measured iterations (earlier ones were warm-up).
            var measured = microseconds.Skip(Math.Max(0, microseconds.Count - Operations)).Order().ToList();
            var cpu = cpuMicroseconds.Skip(Math.Max(0, cpuMicroseconds.Count - Operations)).Average();
            Log($"{measured.Count} operations, p50 {measured[measured.Count / 2]:0.0} µs, p99 {measured[(int)(measured.Count * 0.99)]:0.0} µs, max {measured[^1]:0.0} µs, process CPU {cpu:0.0} µs per operation; load average {LoadAverage()}");
        }

        store.Dispose();
    }

    private async Task SetupAsync()
    {
        var news = SyntheticNews.Load();
        var detector = new NearDuplicateDetector();
        var location = Engine switch
        {
            "sqlite" => StoreLocation.Parse(Path.Combine(Environment.GetEnvironmentVariable("PIPELINE_BENCH_FOLDER") ?? "/tmp/pipeline-bench", $"duplicates-{Articles}.db")),
            "postgres" => StoreLocation.Parse(Environment.GetEnvironmentVariable("PIPELINE_BENCH_POSTGRES") ?? throw new InvalidOperationException("Set PIPELINE_BENCH_POSTGRES to a postgres:// URI.")),
            _ => throw new InvalidOperationException($"No store engine '{Engine}'."),
        };

        using (var filling = StoreFactory.Open(location, NullLoggerFactory.Instance))
        {
            await filling.Schema.MigrateAsync(CancellationToken.None);
            var already = await CountAsync(location);
            if (already < Articles)
            {
                await FillAsync(filling.DuplicateIndex, news, detector, (int)already);
            }
        }

        await ReportSizeAsync(location);

        // A new store, as a restarted worker: its first lookup reads every row into memory.
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        store = StoreFactory.Open(location, NullLoggerFactory.Instance);
        index = store.Duplicates;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var loading = Stopwatch.StartNew();
        await index.FindAsync(Describe(detector, Guid.NewGuid(), news.Article(Articles + (10 * Operations))), CancellationToken.None);
        var loaded = loading.Elapsed;
        var loadCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        GC.Collect();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var (count, arrays) = (store.DuplicateIndex.InMemoryCount, store.DuplicateIndex.InMemoryBytes);
        Log($"first lookup read {count:N0} articles into memory in {loaded.TotalSeconds:0.00} s ({loadCpu.TotalSeconds:0.00} s process CPU); load average {LoadAverage()}");
        Log($"in memory: managed heap {(after - before) / (double)count:0.0} bytes/article; index arrays {arrays / (double)count:0.0} bytes/article");

        // Half the lookups are republications of indexed articles (one word in ten misspelt), half are new articles.
        queries = new DuplicateCandidate[Operations];
        Parallel.For(0, Operations, i => queries[i] = Describe(detector, Guid.NewGuid(), i % 2 == 0
            ? news.Republished(news.Article(i * 97 % Articles), i)
            : news.Article(Articles + (4 * Operations) + i)));
        newArticles = new DuplicateCandidate[Operations * 4];
        Parallel.For(0, newArticles.Length, i => newArticles[i] = Describe(detector, Guid.NewGuid(), news.Article(Articles + i)));
        var found = 0;
        var falseMatches = 0;
        for (var i = 0; i < 1000; i++)
        {
            var match = await index.FindAsync(queries[i], CancellationToken.None);
            if (i % 2 == 0 && match.Kind == "near" && match.OriginalId == Id(i * 97 % Articles))
            {
                found++;
            }
            else if (i % 2 == 1 && match.Kind != "unique")
            {
                falseMatches++;
            }
        }

        Log($"of 500 republications {found} found their original; of 500 new articles {falseMatches} matched something");
    }

    private async Task FillAsync(SharedDuplicateIndex filling, SyntheticNews news, NearDuplicateDetector detector, int from)
    {
        var stopwatch = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var signing = TimeSpan.Zero;
        for (var start = from; start < Articles; start += FillBatch)
        {
            var signed = Stopwatch.StartNew();
            var batch = new DuplicateCandidate[Math.Min(FillBatch, Articles - start)];
            Parallel.For(0, batch.Length, i => batch[i] = Describe(detector, Id(start + i), news.Article(start + i)));
            signing += signed.Elapsed;
            await filling.CheckAndAddAsync(batch, CancellationToken.None);
            if ((start / FillBatch) % 10 == 0)
            {
                Log($"filled {start + batch.Length:N0} articles in {stopwatch.Elapsed.TotalSeconds:0} s");
            }
        }

        Log($"filled {Articles - from:N0} articles in {stopwatch.Elapsed.TotalSeconds:0} s ({signing.TotalSeconds:0} s of it signing), process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:0} s");
    }

    private async Task<long> CountAsync(StoreLocation location)
    {
        if (Engine == "sqlite")
        {
            await using var connection = await ConnectAsync(location);
            return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM duplicate_articles");
        }

        await using var postgres = new NpgsqlConnection(PostgresUri.ToConnectionString(location.Value));
        await postgres.OpenAsync();
        return await postgres.ExecuteScalarAsync<long>("SELECT count(*) FROM duplicate_articles");
    }

    private async Task ReportSizeAsync(StoreLocation location)
    {
        var count = await CountAsync(location);
        if (Engine == "sqlite")
        {
            await using var connection = await ConnectAsync(location);
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            var pages = await connection.ExecuteScalarAsync<long>("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
            long? table;
            try
            {
                table = await connection.ExecuteScalarAsync<long?>("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'duplicate_articles%'");
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // This SQLite was built without the dbstat table.
                table = null;
            }

            Log($"on disk: {count:N0} articles, whole file {pages / (double)count:0.0} bytes/article (WAL checkpointed and truncated; file {new FileInfo(SqliteDialect.DuplicateIndexPath(location.Value)).Length:N0} bytes)"
                + (table is null ? string.Empty : $", the table and its index {table / (double)count:0.0}"));
            return;
        }

        await using var postgres = new NpgsqlConnection(PostgresUri.ToConnectionString(location.Value));
        await postgres.OpenAsync();
        await postgres.ExecuteAsync("VACUUM ANALYZE duplicate_articles");
        var (total, heap, indexes) = await postgres.QuerySingleAsync<(long, long, long)>(
            "SELECT pg_total_relation_size('duplicate_articles'), pg_relation_size('duplicate_articles'), pg_indexes_size('duplicate_articles')");
        Log($"on disk: {count:N0} articles, pg_total_relation_size {total / (double)count:0.0} bytes/article (heap {heap / (double)count:0.0}, indexes {indexes / (double)count:0.0})");
    }

    /// <summary>The SQLite file that holds the duplicate index (schema version 6 keeps it apart from the articles).</summary>
    private static async Task<Microsoft.Data.Sqlite.SqliteConnection> ConnectAsync(StoreLocation location)
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={SqliteDialect.DuplicateIndexPath(location.Value)}");
        await connection.OpenAsync();
        return connection;
    }

    private DuplicateMatch Measure(Func<Task<DuplicateMatch>> operation)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var match = operation().GetAwaiter().GetResult();
        microseconds.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        cpuMicroseconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds);
        return match;
    }

    private static DuplicateCandidate Describe(NearDuplicateDetector detector, Guid id, string text)
    {
        var keys = detector.Describe(text);
        return new DuplicateCandidate(id, keys.Fingerprint, keys.Sketch.Bytes, keys.BandKeys, detector.Options.Threshold);
    }

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private void Log(string line) => Console.WriteLine($"// store duplicates ({Store}): {line}");
}
