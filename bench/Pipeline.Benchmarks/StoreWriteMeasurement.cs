using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pipeline.Analysis.Duplicates;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Storage.Postgres;

namespace Pipeline.Benchmarks;

/// <summary>
/// The store's write rate on an empty store and on one already holding many articles (100,000 by default), through
/// the path the sink stage runs: 32 callers at once on <see cref="IArticleSink.SaveAsync"/>, which the store writes
/// through its one writer in shared transactions. Four duplicate checkers run at the same time, as the duplicate stage
/// would, so the lock waits of both writers are seen together. Rounds alternate between the two stores so that a
/// neighbour's load falls on both alike; the medians and their ratio are printed, with the lock waits the store's
/// instruments recorded.
/// Run: <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- store-writes [sqlite|postgres] [articles already stored] [rounds] [articles per round]</c>.
/// PostgreSQL needs PIPELINE_BENCH_POSTGRES, a <c>postgres://</c> URI of a database on a server where the benchmark
/// may create databases; SQLite files go to PIPELINE_BENCH_FOLDER (default /tmp/pipeline-bench). The filled store
/// is kept and reused by the next run; the empty one is made afresh.
/// </summary>
internal static class StoreWriteMeasurement
{
    private const int Callers = 32;
    private const int Checkers = 4;
    private const int FillBatch = 500;

    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var engine = args.Length > 0 ? args[0] : "sqlite";
        var stored = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var perRound = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2_000;
        var news = SyntheticNews.Load();
        var analysis = new SyntheticAnalysis(news);
        var detector = new NearDuplicateDetector();

        await using var empty = await Target.OpenAsync(engine, "empty", fresh: true);
        await using var full = await Target.OpenAsync(engine, $"full-{stored}", fresh: false);
        await FillAsync(full, analysis, detector, stored);

        // A running worker has long read its duplicate index into memory and prepared its statements: so do both
        // stores before the first round, which would otherwise count the filled store's first read.
        foreach (var target in new[] { empty, full })
        {
            await target.Store.Duplicates.FindAsync(Describe(detector, news, 0, Guid.NewGuid()), CancellationToken.None);
        }

        // Articles written during the rounds: numbered past the filled ones and past any earlier run's rounds (which
        // wrote at most as many again), so both stores get new articles, not redeliveries.
        var next = 2 * (int)(await full.Store.Reader.CountAsync(CancellationToken.None)).Articles;
        var signed = new DuplicateCandidate[2 * rounds * perRound];
        var first = next;
        Parallel.For(0, signed.Length, i => signed[i] = Describe(detector, news, first + i, Guid.NewGuid()));
        var candidates = new ConcurrentQueue<DuplicateCandidate>(signed);
        var results = new List<(string Store, Round Round)>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var target in round % 2 == 0 ? new[] { empty, full } : [full, empty])
            {
                var articles = Enumerable.Range(next, perRound).Select(analysis.Article).ToList();
                next += perRound;
                var checks = new ConcurrentQueue<DuplicateCandidate>(Enumerable.Range(0, perRound).Select(_ => candidates.TryDequeue(out var c) ? c : null).OfType<DuplicateCandidate>());
                var measured = await RoundAsync(target, articles, checks);
                results.Add((target.Name, measured));
                Log($"round {round + 1} {target.Name}: {measured}; load average {LoadAverage()}");
            }
        }

        Report(engine, stored, perRound, results);
    }

    private static async Task FillAsync(Target target, SyntheticAnalysis analysis, NearDuplicateDetector detector, int articles)
    {
        var have = (await target.Store.Reader.CountAsync(CancellationToken.None)).Articles;
        if (have >= articles)
        {
            Log($"{target.Name}: {have:N0} articles already stored");
            return;
        }

        var clock = Stopwatch.StartNew();
        var news = SyntheticNews.Load();
        for (var start = (int)have; start < articles; start += FillBatch)
        {
            var count = Math.Min(FillBatch, articles - start);
            var batch = new ArticleAnalyzed[count];
            var checks = new DuplicateCandidate[count];
            Parallel.For(0, count, i =>
            {
                batch[i] = analysis.Article(start + i);
                checks[i] = Describe(detector, news, start + i, batch[i].ArticleId);
            });
            await target.Store.ArticleWriter.SaveAsync(batch, CancellationToken.None);
            await target.Store.DuplicateIndex.CheckAndAddAsync(checks, CancellationToken.None);
            if ((start / FillBatch) % 20 == 0)
            {
                Log($"{target.Name}: filled {start + count:N0} in {clock.Elapsed.TotalSeconds:0} s; load average {LoadAverage()}");
            }
        }
    }

    private static async Task<Round> RoundAsync(Target target, IReadOnlyList<ArticleAnalyzed> articles, ConcurrentQueue<DuplicateCandidate> candidates)
    {
        target.Measurements.Clear();
        var pending = new ConcurrentQueue<ArticleAnalyzed>(articles);
        using var process = Process.GetCurrentProcess();
        var io = ProcessIo.Now();
        var wal = await target.WalPositionAsync();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var done = new CancellationTokenSource();
        var checks = 0;
        var checkers = Enumerable.Range(0, Checkers).Select(_ => Task.Run(async () =>
        {
            while (!done.IsCancellationRequested && candidates.TryDequeue(out var candidate))
            {
                await target.Store.Duplicates.CheckAndAddAsync(candidate, CancellationToken.None);
                Interlocked.Increment(ref checks);
            }
        })).ToList();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            while (pending.TryDequeue(out var article))
            {
                await target.Store.Sink.SaveAsync(article, CancellationToken.None);
            }
        })));
        var elapsed = clock.Elapsed;
        await done.CancelAsync();
        await Task.WhenAll(checkers);
        process.Refresh();
        var moved = ProcessIo.Now() - io;
        var logged = await target.WalPositionAsync() - wal;
        return new Round(
            articles.Count / elapsed.TotalSeconds,
            checks / elapsed.TotalSeconds,
            (process.TotalProcessorTime - cpu).TotalMilliseconds / articles.Count,
            moved.Read / 1024.0 / articles.Count,
            (logged ?? moved.Written) / 1024.0 / articles.Count,
            target.Measurements.Of("pipeline_store_lock_wait_seconds", "sink"),
            target.Measurements.Of("pipeline_store_lock_wait_seconds", "duplicates"),
            target.Measurements.Of("pipeline_store_batch_items", "sink"));
    }

    private static void Report(string engine, int stored, int perRound, List<(string Store, Round Round)> results)
    {
        double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
        }

        Console.WriteLine();
        Console.WriteLine($"| {engine}, {perRound:N0} articles per round | articles/s (median) | client CPU ms/article | KB read / written per article (SQLite: by this process; PostgreSQL: WAL) | sink lock wait p50 / p99 / max ms | duplicate index lock wait p50 / p99 / max ms | articles per transaction (mean) | checks/s alongside |");
        Console.WriteLine("|---|---:|---:|---:|---|---|---:|---:|");
        var rates = new Dictionary<string, double>();
        var cpu = new Dictionary<string, double>();
        foreach (var store in results.Select(r => r.Store).Distinct())
        {
            var rounds = results.Where(r => r.Store == store).Select(r => r.Round).ToList();
            rates[store] = Median(rounds.Select(r => r.ArticlesPerSecond));
            cpu[store] = Median(rounds.Select(r => r.CpuMillisecondsPerArticle));
            var sink = rounds.SelectMany(r => r.SinkLockWaits).ToList();
            var index = rounds.SelectMany(r => r.IndexLockWaits).ToList();
            var batches = rounds.SelectMany(r => r.Batches).ToList();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {store} | {rates[store]:0} | {cpu[store]:0.00} | {(engine == "postgres" ? "-" : Median(rounds.Select(r => r.KilobytesRead)).ToString("0", CultureInfo.InvariantCulture))} / {Median(rounds.Select(r => r.KilobytesWritten)):0} | {Percentiles(sink)} | {Percentiles(index)} | {(batches.Count == 0 ? 0 : batches.Average()):0.0} | {Median(rounds.Select(r => r.ChecksPerSecond)):0} |"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"\nwith {stored:N0} articles stored / empty: write rate {rates.Last().Value / rates.First().Value:0.000}, CPU per article {cpu.Last().Value / cpu.First().Value:0.000} (its inverse, the rate if CPU bound: {cpu.First().Value / cpu.Last().Value:0.000})"));
    }

    private static string Percentiles(List<double> seconds)
    {
        if (seconds.Count == 0)
        {
            return "none";
        }

        var sorted = seconds.Order().ToList();
        return string.Create(
            CultureInfo.InvariantCulture, $"{sorted[sorted.Count / 2] * 1000:0.00} / {sorted[(int)(sorted.Count * 0.99)] * 1000:0.00} / {sorted[^1] * 1000:0.00}");
    }

    private static DuplicateCandidate Describe(NearDuplicateDetector detector, SyntheticNews news, int n, Guid id)
    {
        var keys = detector.Describe(news.Article(n));
        return new DuplicateCandidate(id, keys.Fingerprint, keys.Sketch.Bytes, keys.BandKeys, detector.Options.Threshold);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Log(string line) => Console.WriteLine($"// store writes: {line}");

    private sealed record Round(
        double ArticlesPerSecond,
        double ChecksPerSecond,
        double CpuMillisecondsPerArticle,
        double KilobytesRead,
        double KilobytesWritten,
        IReadOnlyList<double> SinkLockWaits,
        IReadOnlyList<double> IndexLockWaits,
        IReadOnlyList<double> Batches)
    {
        public override string ToString()
            => string.Create(
                CultureInfo.InvariantCulture,
                $"{ArticlesPerSecond:0} articles/s, {ChecksPerSecond:0} checks/s, {CpuMillisecondsPerArticle:0.00} ms CPU, {KilobytesRead:0} KB read and {KilobytesWritten:0} KB written per article, {Batches.Count} transactions");
    }

    /// <summary>
    /// Bytes this process read and wrote through system calls (<c>/proc/self/io</c> rchar, wchar): for SQLite, the
    /// pages it read that its own cache did not hold and the pages it wrote to the log and the file, whether or not
    /// they reached the disk; a measure the machine's load does not move. Zero where there is no /proc.
    /// </summary>
    private readonly record struct ProcessIo(long Read, long Written)
    {
        public static ProcessIo Now()
        {
            if (!File.Exists("/proc/self/io"))
            {
                return default;
            }

            var fields = File.ReadAllLines("/proc/self/io").Select(l => l.Split(':', 2)).ToDictionary(f => f[0], f => long.Parse(f[1], CultureInfo.InvariantCulture));
            return new ProcessIo(fields["rchar"], fields["wchar"]);
        }

        public static ProcessIo operator -(ProcessIo after, ProcessIo before) => new(after.Read - before.Read, after.Written - before.Written);
    }

    /// <summary>One store under test, with its own instruments.</summary>
    private sealed class Target : IAsyncDisposable
    {
        private readonly string? server;

        private Target(string name, PipelineStore store, StoreMeasurements measurements, string? server)
        {
            Name = name;
            Store = store;
            Measurements = measurements;
            this.server = server;
        }

        public string Name { get; }

        public PipelineStore Store { get; }

        public StoreMeasurements Measurements { get; }

        /// <summary>
        /// PostgreSQL's write-ahead log position in bytes: what the server logged between two readings, for all its
        /// databases (the rounds run one at a time), page images included; null for SQLite.
        /// </summary>
        public async Task<long?> WalPositionAsync()
        {
            if (server is null)
            {
                return null;
            }

            await using var connection = new NpgsqlConnection(PostgresUri.ToConnectionString(server));
            await connection.OpenAsync();
            await using var position = new NpgsqlCommand("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint", connection);
            return (long)(await position.ExecuteScalarAsync())!;
        }

        public static async Task<Target> OpenAsync(string engine, string name, bool fresh)
        {
            StoreLocation location;
            string? server = null;
            if (engine == "postgres")
            {
                server = Environment.GetEnvironmentVariable("PIPELINE_BENCH_POSTGRES") ?? throw new InvalidOperationException("Set PIPELINE_BENCH_POSTGRES to a postgres:// URI.");
                var database = $"bench_writes_{name.Replace('-', '_')}";
                await using var admin = new NpgsqlConnection(PostgresUri.ToConnectionString(server));
                await admin.OpenAsync();
                await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{database}'", admin);
                var found = (long)(await exists.ExecuteScalarAsync())! > 0;
                if (fresh && found)
                {
                    await new NpgsqlCommand($"DROP DATABASE {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
                }

                if (fresh || !found)
                {
                    await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
                }

                var uri = new UriBuilder(server) { Path = "/" + database };
                location = StoreLocation.Parse(uri.Uri.ToString());
            }
            else
            {
                var folder = Environment.GetEnvironmentVariable("PIPELINE_BENCH_FOLDER") ?? "/tmp/pipeline-bench";
                var path = Path.Combine(folder, $"writes-{name}.db");
                if (fresh)
                {
                    foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, $"writes-{name}.*") : [])
                    {
                        File.Delete(file);
                    }
                }

                location = StoreLocation.Parse(path);
            }

            var measurements = new StoreMeasurements();
            var store = StoreFactory.Open(location, NullLoggerFactory.Instance, meters: measurements);
            await store.Schema.MigrateAsync(CancellationToken.None);
            return new Target(name, store, measurements, server);
        }

        public async ValueTask DisposeAsync()
        {
            await Store.DisposeAsync();
            Measurements.Dispose();
        }
    }

    /// <summary>The store's instruments, recorded for the current round.</summary>
    private sealed class StoreMeasurements : IMeterFactory
    {
        private readonly List<Meter> meters = [];
        private readonly MeterListener listener = new();
        private readonly ConcurrentQueue<(string Instrument, string? Writer, double Value)> values = new();

        public StoreMeasurements()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == this)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
            listener.Start();
        }

        public IReadOnlyList<double> Of(string instrument, string writer)
            => values.Where(v => v.Instrument == instrument && v.Writer == writer).Select(v => v.Value).ToList();

        public void Clear() => values.Clear();

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, this);
            meters.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            listener.Dispose();
            meters.ForEach(m => m.Dispose());
        }

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? writer = null;
            foreach (var tag in tags)
            {
                writer = tag.Key == "writer" ? tag.Value as string : writer;
            }

            values.Enqueue((instrument.Name, writer, value));
        }
    }
}
