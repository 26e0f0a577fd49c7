using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Testing;

namespace Pipeline.EndToEnd;

/// <summary>A store a scenario starts from: empty, or a copy of a pre-filled one.</summary>
/// <param name="Articles">How many articles it holds.</param>
/// <param name="SqliteFile">The pre-filled SQLite file to copy, when there is one.</param>
/// <param name="PostgresDatabase">The pre-filled PostgreSQL database to copy (as a template), when there is one.</param>
public sealed record StoreStart(int Articles, string? SqliteFile, string? PostgresDatabase)
{
    public static readonly StoreStart Empty = new(0, null, null);
}

/// <summary>
/// Runs one scenario: sets up its store and virtual host, starts the <c>pipeline</c> processes it needs, feeds them the
/// files, watches the articles finish, and stops everything it started.
/// </summary>
public sealed partial class ScenarioRunner(PipelineLauncher launcher, Servers servers, string workFolder, TextWriter progress)
{
    static readonly TimeSpan QuietLimit = TimeSpan.FromSeconds(60);

    /// <summary>Every file of <paramref name="articles"/> at once; the rate at which they are finished.</summary>
    /// <param name="warmup">Other articles that go through first and are not counted (start-up, JIT).</param>
    public async Task<ThroughputResult> ThroughputAsync(
        Scenario scenario, string articles, int count, string warmup, StoreStart start, CancellationToken cancellationToken)
    {
        var folder = NewFolder($"{scenario.Name}-throughput{(start.Articles > 0 ? "-prefilled" : "")}");
        var load = MachineState.LoadAverage;
        var (vhost, amqp) = scenario.UsesRabbitMq ? await servers.NewVirtualHostAsync(scenario.Name, cancellationToken) : ("", null);
        var store = await PrepareStoreAsync(scenario, folder, start, cancellationToken);
        var processes = new List<PipelineProcess>();
        var serving = new List<ServingProcess>();
        var log = new CompletionLog(count, () => Snapshot(processes, scenario));
        var summary = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        IReadOnlyDictionary<string, double> cpu;
        try
        {
            switch (scenario.Deployment)
            {
                case Deployment.AnalysisAlone or Deployment.Embedded or Deployment.RabbitMqAllInOne:
                    {
                        // The same command over the warm-up articles first: its CPU (start-up, JIT, those articles,
                        // shutdown) is taken off the full run's, so that CPU per article counts the other articles alone.
                        var warm = Directory.EnumerateFiles(warmup).Count();
                        var once = await WarmupCpuAsync(scenario, warmup, amqp, folder, cancellationToken);
                        var finished = 0;
                        var command = scenario.Deployment == Deployment.AnalysisAlone
                            ? launcher.Start("analyze", ["analyze", articles], folder,
                                onOutput: (_, at) => log.Add(Interlocked.Increment(ref finished).ToString(CultureInfo.InvariantCulture), at))
                            : launcher.Start("all", IngestArguments(articles, store, amqp), folder,
                                onOutput: (line, _) => summary.Enqueue(line.Trim()), onError: Stored(log, null));
                        var before = Snapshot(processes, scenario);
                        processes.Add(command);
                        clock.Restart();
                        await command.WaitForExitAsync(TimeSpan.FromHours(3), cancellationToken);
                        // The servers' CPU as the last article finished, before the command's connections closed.
                        var after = new Dictionary<string, double>(log.AllCpu ?? Snapshot(processes, scenario)) { [command.Name] = command.CpuSeconds };
                        cpu = after.ToDictionary(
                            p => p.Key,
                            p => p.Key == command.Name ? (p.Value - once) / Math.Max(1, count - warm) : (p.Value - before.GetValueOrDefault(p.Key)) / count);
                        break;
                    }

                default:
                    {
                        // The watcher starts on an empty inbox; once every process is ready and the warm-up articles are
                        // stored, the files arrive in one folder renamed in, so each process's CPU from then on is its
                        // stage's work on these articles.
                        var batch = Path.Combine(folder, "batch");
                        var inbox = Path.Combine(folder, "inbox");
                        CopyFiles(articles, batch);
                        CopyFiles(warmup, Path.Combine(folder, "warmup"));
                        Directory.CreateDirectory(inbox);
                        var warming = new CompletionLog(Directory.EnumerateFiles(warmup).Count(), () => new Dictionary<string, double>());
                        await StartSplitAsync(scenario, folder, amqp!, store, inbox, processes, serving, Stored(log, null, warming), cancellationToken);
                        Directory.Move(Path.Combine(folder, "warmup"), Path.Combine(inbox, "warmup"));
                        await WaitForAsync(warming, warming.Expected, cancellationToken);
                        var before = Snapshot(processes, scenario);
                        clock.Restart();
                        Directory.Move(batch, Path.Combine(inbox, "batch"));
                        await WaitForAsync(log, count, cancellationToken);
                        var after = Snapshot(processes, scenario);
                        cpu = after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) / Math.Max(1, log.Count));
                        break;
                    }
            }

            var wall = clock.Elapsed.TotalSeconds;
            var (durations, waits) = await ScrapeAsync(serving, cancellationToken);
            var broker = amqp is null ? null : await ReadTrafficAsync(vhost, cancellationToken);
            return new ThroughputResult(
                scenario, start.Articles, count, log.Count, log.SteadyRate, wall, cpu,
                processes.ToDictionary(p => p.Name, p => p.PeakMegabytes), durations, waits, broker,
                string.Join("; ", summary.Where(l => l.StartsWith("duplicates:", StringComparison.Ordinal) || l.StartsWith("claims:", StringComparison.Ordinal) || l.StartsWith("articles:", StringComparison.Ordinal))),
                load,
                Directory.EnumerateFiles(warmup).Count());
        }
        finally
        {
            await StopAsync(processes);
        }
    }

    static List<string> IngestArguments(string articles, string store, Uri? amqp)
    {
        List<string> arguments = ["ingest", articles, "--store", store, "--timeout", "03:00:00"];
        if (amqp is not null)
        {
            arguments.AddRange(["--transport", "rabbitmq", "--rabbitmq-uri", amqp.ToString()]);
        }

        return arguments;
    }

    async Task<double> WarmupCpuAsync(Scenario scenario, string warmup, Uri? amqp, string folder, CancellationToken cancellationToken)
    {
        var once = Path.Combine(folder, "warm-up");
        Directory.CreateDirectory(once);
        var arguments = scenario.Deployment == Deployment.AnalysisAlone
            ? ["analyze", warmup]
            : IngestArguments(warmup, await PrepareStoreAsync(scenario, once, StoreStart.Empty, cancellationToken), amqp);
        await using var command = launcher.Start("warm-up", arguments, once);
        await command.WaitForExitAsync(TimeSpan.FromMinutes(10), cancellationToken);
        return command.CpuSeconds;
    }

    /// <summary>
    /// Drops the files one by one at <paramref name="perSecond"/>; the time from each drop to its first claim out, for the
    /// files dropped once <paramref name="warmup"/> has passed since the first drop (and for every file, apart).
    /// </summary>
    public async Task<LatencyResult> LatencyAsync(
        Scenario scenario, IReadOnlyList<GeneratedArticle> articles, string master, double perSecond, TimeSpan warmup, CancellationToken cancellationToken)
    {
        var folder = NewFolder($"{scenario.Name}-latency");
        var load = MachineState.LoadAverage;
        var staging = Path.Combine(folder, "staging");
        var inbox = Path.Combine(folder, "inbox");
        CopyFiles(master, staging);
        Directory.CreateDirectory(inbox);
        var (vhost, amqp) = scenario.UsesRabbitMq ? await servers.NewVirtualHostAsync(scenario.Name, cancellationToken) : ("", null);
        var store = await PrepareStoreAsync(scenario, folder, StoreStart.Empty, cancellationToken);
        var processes = new List<PipelineProcess>();
        var serving = new List<ServingProcess>();
        var stored = new CompletionLog(articles.Count, () => new Dictionary<string, double>());
        var claims = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        ClaimListener? listener = null;
        try
        {
            if (amqp is not null)
            {
                listener = await ClaimListener.StartAsync(amqp, new CompletionLog(articles.Count, () => new Dictionary<string, double>()), cancellationToken);
            }

            switch (scenario.Deployment)
            {
                case Deployment.Embedded:
                    serving.Add(await launcher.StartServingAsync("all", ["--store", store, "--inbox", inbox], folder, Stored(stored, claims), cancellationToken));
                    processes.Add(serving[^1].Process);
                    break;
                case Deployment.RabbitMqAllInOne:
                    serving.Add(await launcher.StartServingAsync(
                        "all", ["--transport", "rabbitmq", "--rabbitmq-uri", amqp!.ToString(), "--store", store, "--inbox", inbox], folder, Stored(stored, claims), cancellationToken));
                    processes.Add(serving[^1].Process);
                    break;
                case Deployment.RabbitMqSplitByRole:
                    await StartSplitAsync(scenario, folder, amqp!, store, inbox, processes, serving, Stored(stored, claims), cancellationToken);
                    break;
                default:
                    throw new ArgumentException($"{scenario.Name} has no latency run.", nameof(scenario));
            }

            var before = Snapshot(processes, scenario);
            var dropped = await FileDropper.DropAsync(staging, inbox, [.. articles.Select(a => a.FileName)], perSecond, cancellationToken);
            await WaitForAsync(stored, articles.Count, cancellationToken);
            var withClaims = claims.Count(c => c.Value > 0);
            if (listener is not null)
            {
                var quiet = Stopwatch.StartNew();
                while (listener.Log.Count < withClaims && quiet.Elapsed < TimeSpan.FromSeconds(20))
                {
                    await Task.Delay(100, cancellationToken);
                }
            }

            var after = Snapshot(processes, scenario);
            var finished = listener?.Log.Finished ?? stored.Finished;
            var latencies = new List<double>();
            var everyLatency = new List<double>();
            var measuredFrom = dropped.Count == 0 ? 0 : dropped.Values.Min() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
            foreach (var article in articles)
            {
                var key = listener is null ? article.FileName : article.Url;
                if (claims.GetValueOrDefault(article.FileName) > 0 && dropped.TryGetValue(article.FileName, out var drop) && finished.TryGetValue(key, out var done))
                {
                    var latency = Stopwatch.GetElapsedTime(drop, done).TotalMilliseconds;
                    everyLatency.Add(latency);
                    if (drop >= measuredFrom)
                    {
                        latencies.Add(latency);
                    }
                }
            }

            latencies.Sort();
            everyLatency.Sort();
            var drops = dropped.Values.Order().ToList();
            var achieved = drops.Count > 1 ? (drops.Count - 1) / Stopwatch.GetElapsedTime(drops[0], drops[^1]).TotalSeconds : 0;
            var (durations, waits) = await ScrapeAsync(serving, cancellationToken);
            var broker = amqp is null ? null : await ReadTrafficAsync(vhost, cancellationToken);
            return new LatencyResult(
                scenario, dropped.Count, stored.Count, withClaims, latencies.Count, perSecond, achieved,
                Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count > 0 ? latencies[^1] : double.NaN, Percentile(everyLatency, 0.99),
                listener is null ? "the sink's \"Stored\" log line (ClaimExtracted follows it in the same consumer)" : "first ClaimExtracted on a queue of our own",
                after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) / Math.Max(1, stored.Count)),
                durations, waits, broker, load);
        }
        finally
        {
            await StopAsync(processes);
            if (listener is not null)
            {
                await listener.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The duplicate stage alone at full speed: the watcher and a language process fill <c>pipeline-duplicates</c> with
    /// <paramref name="count"/> messages and stop, then <paramref name="workers"/> duplicate-stage processes drain it.
    /// With one serial section in the index, a second worker adds no checks per second.
    /// </summary>
    public async Task<DuplicateStageResult> DuplicateStageAsync(StoreKind storeKind, string articles, int count, int workers, CancellationToken cancellationToken)
    {
        var scenario = new Scenario($"duplicates-{storeKind.ToString().ToLowerInvariant()}-{workers}", Deployment.RabbitMqSplitByRole, storeKind, "the duplicate stage alone");
        var folder = NewFolder(scenario.Name);
        var load = MachineState.LoadAverage;
        var (vhost, amqp) = await servers.NewVirtualHostAsync(scenario.Name, cancellationToken);
        var store = await PrepareStoreAsync(scenario, folder, StoreStart.Empty, cancellationToken);
        string[] bus = ["--transport", "rabbitmq", "--rabbitmq-uri", amqp.ToString()];
        var inbox = Path.Combine(folder, "inbox");
        CopyFiles(articles, inbox);
        var filling = new List<PipelineProcess>();
        try
        {
            filling.Add((await launcher.StartServingAsync("language", [.. bus, "--roles", "language"], Path.Combine(folder, "language"), null, cancellationToken)).Process);
            filling.Add((await launcher.StartServingAsync("watcher", [.. bus, "--roles", "watcher", "--inbox", inbox], Path.Combine(folder, "watcher"), null, cancellationToken)).Process);
            var quiet = Stopwatch.StartNew();
            long waiting = 0;
            while (waiting < count && quiet.Elapsed < QuietLimit)
            {
                await Task.Delay(1000, cancellationToken);
                var queued = (await servers.Rabbit.ListQueuesAsync(vhost, cancellationToken)).FirstOrDefault(q => q.Name == "pipeline-duplicates")?.Messages ?? 0;
                if (queued > waiting)
                {
                    waiting = queued;
                    quiet.Restart();
                }
            }
        }
        finally
        {
            await StopAsync(filling);
        }

        var processes = new List<PipelineProcess>();
        var serving = new List<ServingProcess>();
        var finished = 0;
        var log = new CompletionLog(count, () => Snapshot(processes, scenario));
        try
        {
            // Started together and measured from the moment all are ready, so that a second worker is not measured
            // on a queue the first one already drained.
            var starting = Enumerable.Range(1, workers).Select(worker => launcher.StartServingAsync(
                $"duplicates-{worker}", [.. bus, "--roles", "duplicates", "--store", store], Path.Combine(folder, $"duplicates-{worker}"),
                (line, at) =>
                {
                    if (line.Contains("Duplicate check: ", StringComparison.Ordinal))
                    {
                        log.Add(Interlocked.Increment(ref finished).ToString(CultureInfo.InvariantCulture), at);
                    }
                },
                cancellationToken)).ToList();
            ServingProcess[] started;
            try
            {
                started = await Task.WhenAll(starting);
            }
            catch
            {
                foreach (var ready in starting.Where(t => t.IsCompletedSuccessfully))
                {
                    await ready.Result.Process.DisposeAsync();
                }

                throw;
            }

            lock (processes)
            {
                processes.AddRange(started.Select(s => s.Process));
            }

            serving.AddRange(started);
            log.StartWindowNow();
            await WaitForAsync(log, count, cancellationToken);
            var (durations, waits) = await ScrapeAsync(serving, cancellationToken);
            return new DuplicateStageResult(storeKind, workers, log.Count, log.SteadyRate, log.SteadyCpuPerArticle(), durations.GetValueOrDefault("duplicates"), waits, load);
        }
        finally
        {
            await StopAsync(processes);
        }
    }

    /// <summary>Runs embedded <c>pipeline ingest</c> over <paramref name="folders"/> one after the other into <paramref name="store"/> (pre-filling).</summary>
    public async Task IngestIntoAsync(IReadOnlyList<string> folders, string store, CancellationToken cancellationToken)
    {
        var folder = NewFolder("prefill");
        foreach (var articles in folders)
        {
            var clock = Stopwatch.StartNew();
            var ingest = launcher.Start("prefill", ["ingest", articles, "--store", store, "--timeout", "03:00:00"], folder);
            try
            {
                await ingest.WaitForExitAsync(TimeSpan.FromHours(3), cancellationToken);
            }
            finally
            {
                await ingest.DisposeAsync();
            }

            await progress.WriteLineAsync($"  pre-filled {Path.GetFileName(articles)} in {clock.Elapsed.TotalSeconds:0} s (load {MachineState.LoadAverage})");
        }
    }

    async Task StartSplitAsync(
        Scenario scenario,
        string folder, Uri amqp, string store, string inbox, List<PipelineProcess> processes, List<ServingProcess> serving,
        Action<string, long> onSinkLine, CancellationToken cancellationToken)
    {
        string[] bus = scenario.QuorumQueues
            ? ["--transport", "rabbitmq", "--rabbitmq-uri", amqp.ToString(), "--quorum-queues"]
            : ["--transport", "rabbitmq", "--rabbitmq-uri", amqp.ToString()];
        foreach (var role in Scenario.StageRoles)
        {
            List<string> arguments = [.. bus, "--roles", role];
            if (role is "duplicates" or "sink")
            {
                arguments.AddRange(["--store", store]);
            }

            var process = await launcher.StartServingAsync(role, arguments, Path.Combine(folder, role), role == "sink" ? onSinkLine : null, cancellationToken);
            serving.Add(process);
            processes.Add(process.Process);
        }

        var watcher = await launcher.StartServingAsync("watcher", [.. bus, "--roles", "watcher", "--inbox", inbox], Path.Combine(folder, "watcher"), null, cancellationToken);
        serving.Add(watcher);
        processes.Add(watcher.Process);
    }

    // The sink logs "Stored {FileName} with {Claims} claims in {Elapsed} ms" once an article is committed.
    // Warm-up articles (in the inbox's warmup/ folder) go to their own log when there is one.
    static Action<string, long> Stored(CompletionLog log, ConcurrentDictionary<string, int>? claims, CompletionLog? warming = null) => (line, at) =>
    {
        var match = StoredLine().Match(line);
        if (match.Success)
        {
            var file = Path.GetFileName(match.Groups["file"].Value);
            if (warming is not null && match.Groups["file"].Value.StartsWith("warmup/", StringComparison.Ordinal))
            {
                warming.Add(file, at);
                return;
            }

            claims?.TryAdd(file, int.Parse(match.Groups["claims"].Value, CultureInfo.InvariantCulture));
            log.Add(file, at);
        }
    };

    IReadOnlyDictionary<string, double> Snapshot(List<PipelineProcess> processes, Scenario scenario)
    {
        var cpu = new Dictionary<string, double>(StringComparer.Ordinal);
        lock (processes)
        {
            foreach (var process in processes)
            {
                cpu[process.Name] = process.CpuSeconds;
            }
        }

        if (scenario.UsesRabbitMq && servers.RabbitCpuSeconds() is { } rabbit)
        {
            cpu["rabbitmq"] = rabbit;
        }

        if (scenario.Store == StoreKind.Postgres && servers.PostgresCpuSeconds() is { } postgres)
        {
            cpu["postgres"] = postgres;
        }

        return cpu;
    }

    async Task<string> PrepareStoreAsync(Scenario scenario, string folder, StoreStart start, CancellationToken cancellationToken)
    {
        switch (scenario.Store)
        {
            case StoreKind.Sqlite:
                var file = Path.Combine(folder, "pipeline.db");
                if (start.SqliteFile is { } filled)
                {
                    foreach (var suffix in new[] { "", "-wal", "-shm" }.Where(s => File.Exists(filled + s)))
                    {
                        File.Copy(filled + suffix, file + suffix);
                    }
                }

                return file;
            case StoreKind.Postgres:
                return (await servers.NewDatabaseAsync(scenario.Name, start.PostgresDatabase, cancellationToken)).Uri.ToString();
            default:
                return "";
        }
    }

    async Task WaitForAsync(CompletionLog log, int count, CancellationToken cancellationToken)
    {
        // Done when every article finished, or when none finished for a minute (a stage gave up: its _error queue says why).
        var lastCount = -1;
        var quiet = Stopwatch.StartNew();
        while (log.Count < count)
        {
            if (log.Count != lastCount)
            {
                lastCount = log.Count;
                quiet.Restart();
            }
            else if (quiet.Elapsed > QuietLimit)
            {
                await progress.WriteLineAsync($"  gave up waiting: {log.Count} of {count} articles finished, none in the last {QuietLimit.TotalSeconds:0} s");
                return;
            }

            await Task.WhenAny(log.All, Task.Delay(500, cancellationToken));
        }
    }

    async Task<(IReadOnlyDictionary<string, (double Seconds, double Count)>, IReadOnlyList<TimingHistogram>)> ScrapeAsync(
        List<ServingProcess> serving, CancellationToken cancellationToken)
    {
        var durations = new Dictionary<string, (double Seconds, double Count)>(StringComparer.Ordinal);
        var waits = new List<TimingHistogram>();
        foreach (var process in serving)
        {
            if (await MetricsScrape.ReadAsync(launcher.Http, process.Port, cancellationToken) is { } scrape)
            {
                foreach (var (stage, value) in scrape.StageDurations())
                {
                    var sum = durations.GetValueOrDefault(stage);
                    durations[stage] = (sum.Seconds + value.Seconds, sum.Count + value.Count);
                }

                waits.AddRange(scrape.StoreTimings().Select(w => w with { Labels = $"{process.Process.Name}: {w.Labels}" }));
            }
        }

        return (durations, waits);
    }

    async Task<BrokerTraffic> ReadTrafficAsync(string vhost, CancellationToken cancellationToken)
    {
        // The management API's counters lag by up to its collection interval (1 s in the fixture).
        await Task.Delay(TimeSpan.FromSeconds(2.5), cancellationToken);
        return await BrokerTraffic.ReadAsync(servers.Rabbit, vhost, cancellationToken);
    }

    static async Task StopAsync(List<PipelineProcess> processes)
    {
        // The watcher first, then the stages in flow order, as an operator would drain them.
        foreach (var process in Enumerable.Reverse(processes).Where(p => p.Name == "watcher").Concat(processes.Where(p => p.Name != "watcher")))
        {
            await process.DisposeAsync();
        }
    }

    string NewFolder(string name)
    {
        var folder = Path.Combine(workFolder, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    static void CopyFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    [GeneratedRegex(@"\bStored (?<file>\S+) with (?<claims>\d+) claims?\b")]
    private static partial Regex StoredLine();
}
