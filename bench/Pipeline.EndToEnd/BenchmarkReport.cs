using System.Globalization;
using System.Text;

namespace Pipeline.EndToEnd;

/// <summary>What one benchmark run was: its settings and the machine as it was before it started.</summary>
public sealed record RunSettings(
    string Command,
    int Articles,
    int LatencyArticles,
    double OfferedRate,
    TimeSpan LatencyWarmup,
    int Prefill,
    int Seed,
    string StableFor,
    string Commit,
    DateTime StartedUtc,
    string LoadBefore,
    string? PostgresVersion);

/// <summary>
/// The results as Markdown: rates as ratios to the analysis alone with the absolute figures beside them, CPU per
/// article per stage, latency at the offered rate, broker traffic, lock waits, and the issue's goals. The same text is
/// printed and, with <c>--write</c>, put under "## End to end" in docs/benchmarks.md.
/// </summary>
public sealed class BenchmarkReport(
    RunSettings settings, IReadOnlyList<ThroughputResult> throughput, IReadOnlyList<LatencyResult> latency, IReadOnlyList<DuplicateStageResult> duplicateStage)
{
    public const string Heading = "## End to end";

    static readonly string[] ProcessOrder = ["analyze", "all", "watcher", "language", "duplicates", "duplicates-1", "duplicates-2", "extraction", "sink", "rabbitmq", "postgres"];

    public string Render()
    {
        var md = new StringBuilder();
        Method(md);
        Throughput(md);
        CpuPerStage(md);
        Latency(md);
        StageTime(md);
        Broker(md);
        DuplicateStage(md);
        Locks(md);
        Prefilled(md);
        Goals(md);
        return md.ToString();
    }

    double? AnalysisRate => throughput.FirstOrDefault(t => t.Scenario.Deployment == Deployment.AnalysisAlone)?.SteadyRate;

    void Method(StringBuilder md)
    {
        md.AppendLine("`bench/Pipeline.EndToEnd` runs the real `pipeline` executable (Release build) over generated articles in every");
        md.AppendLine("deployment shape, on the same files, and reports the rate of each as a ratio to the analysis alone (absolute figures move");
        md.AppendLine("from run to run on a shared machine; ratios taken in one run move less). Command:");
        md.AppendLine();
        md.AppendLine("```");
        md.AppendLine(settings.Command);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("**Method.** Articles: seeded, distinct, 4-6 KB, French and English half and half, built from a template grammar");
        md.AppendLine("(`bench/Pipeline.EndToEnd/Resources/grammar.{fr,en}.txt`, vocabulary after the seed articles) with figures,");
        md.AppendLine("attributions, quotes and named people, places and organisations; each has a `title:`, `url:` and `date:` line.");
        md.AppendLine("The benchmark starts its own RabbitMQ node and PostgreSQL cluster (the fixtures of `tests/Pipeline.Testing`;");
        md.AppendLine("PostgreSQL with `fsync`, `synchronous_commit` and `full_page_writes` turned back on), a virtual host and an empty store per");
        md.AppendLine("scenario, and stops them at the end.");
        md.AppendLine("- **Rate**: articles finished per second between the 10th and the 90th percent of the articles, so start-up, the");
        md.AppendLine("  first article's trip through the stages and shutdown are left out (\"whole\" = files / wall time of the command, all");
        md.AppendLine("  included). An article is finished when `pipeline analyze` prints its line, or when the sink logs `Stored …`.");
        md.AppendLine("  `ingest` publishes every file and waits for the store; split by role, the files arrive as one folder renamed into");
        md.AppendLine("  the inbox once every process is ready and a warm-up set (up to 50 other articles) has gone through.");
        md.AppendLine("- **CPU per article**: user + system time from `/proc/<pid>/stat` of each `pipeline` process (and of the RabbitMQ node's");
        md.AppendLine("  Erlang VM and the PostgreSQL postmaster with its live backends). `analyze` and `ingest`: the whole command's CPU less");
        md.AppendLine("  that of the same command over the warm-up set alone (start-up, JIT, those articles, shutdown), over the difference in");
        md.AppendLine("  articles. Split by role: each process's CPU from the moment the warm-up set was stored to the last article stored,");
        md.AppendLine("  over the articles; one process per stage, so each process's CPU is its stage's, MassTransit's share and its idle");
        md.AppendLine("  polling included. All stages in one process give one figure; the split by stage comes from the runs split by role,");
        md.AppendLine("  with the time each stage's consumer took (`pipeline_stage_duration_seconds` on `/metrics`, wall time, waits");
        md.AppendLine("  included) beside it.");
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- **Latency**: a fresh store and `pipeline run` (all stages, or split by role), then {settings.LatencyArticles:N0} other files dropped into the inbox at"));
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {settings.OfferedRate:0} a second (written beside it and renamed in); for each article with at least one claim, the time from its rename"));
        md.AppendLine("  to the first `ClaimExtracted` on a queue of our own bound to the `Pipeline.Contracts:ClaimExtracted` exchange");
        md.AppendLine("  (RabbitMQ.Client), or, embedded (no broker to listen on), to the sink's `Stored` line, logged right after the");
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  commit in the consumer that publishes the claims. The watcher's `Inbox:StableFor` is {settings.StableFor} in every run"));
        md.AppendLine("  (files arrive whole by rename; the default of 1 s would add a second to every latency). The files dropped in the");
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  first {settings.LatencyWarmup.TotalSeconds:0} s warm the new processes (JIT, caches) and are not measured: the percentiles are those of a"));
        md.AppendLine("  pipeline that has been running, as in production; the p99 of every file, warm-up included, is beside them.");
        md.AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"**This run**: {settings.StartedUtc:yyyy-MM-dd HH:mm} UTC, commit `{settings.Commit}`, {settings.Articles:N0} articles (seed {settings.Seed}), " +
            $"{MachineState.Cores} cores ({MachineState.CpuModel}), {MachineState.MemoryGigabytes:0.0} GB RAM, load average before the run {settings.LoadBefore} " +
            $"(1, 5, 15 min){(settings.PostgresVersion is null ? "" : $", PostgreSQL {settings.PostgresVersion}")}."));
        md.AppendLine();
        if (double.TryParse(settings.LoadBefore.Split(' ')[0], CultureInfo.InvariantCulture, out var load) && load > MachineState.Cores)
        {
            md.AppendLine("**Measured on a loaded machine** (load average above the number of cores): the absolute rates and latencies say");
            md.AppendLine("more about the other work on the machine than about the pipeline, and the goals cannot be judged from them. CPU per");
            md.AppendLine("article and comparisons within one run hold up better. Re-run on an idle machine for the goals.");
            md.AppendLine();
        }
    }

    void Throughput(StringBuilder md)
    {
        if (throughput.Count == 0)
        {
            return;
        }

        md.AppendLine("### Rate, all files at once");
        md.AppendLine();
        md.AppendLine("| path | store | articles/s | vs analysis alone | whole command, articles/s | CPU ms per article (process) | load before |");
        md.AppendLine("|---|---|---:|---:|---:|---|---|");
        foreach (var result in throughput)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Scenario.Description} | {StoreState(result)} | {Number(result.SteadyRate)} | {Ratio(result.SteadyRate)} | {result.WholeRate:0.0} | {Cpu(result.CpuPerArticle)} | {result.LoadBefore} |"));
        }

        md.AppendLine();
        foreach (var result in throughput.Where(r => r.Finished < r.Articles || r.Summary.Length > 0))
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"- {result.Scenario.Name}{(result.PrefilledArticles > 0 ? " (pre-filled)" : "")}: {result.Finished:N0} of {result.Articles:N0} finished{(result.Summary.Length > 0 ? $"; `{result.Summary}`" : "")}"));
        }

        md.AppendLine();
    }

    void CpuPerStage(StringBuilder md)
    {
        var split = throughput.Where(t => t.Scenario.Deployment == Deployment.RabbitMqSplitByRole && t.PrefilledArticles == 0).ToList();
        if (split.Count == 0)
        {
            return;
        }

        md.AppendLine("### CPU per article per stage (split by role, all files at once)");
        md.AppendLine();
        md.AppendLine("CPU ms per article of each process from the warm-up set stored to the last article stored; in brackets, ms per article spent in the");
        md.AppendLine("stage's consumer (wall time, waits for a core, the store or the broker included).");
        md.AppendLine();
        md.AppendLine("| store | watcher | language | duplicates | extraction | sink | RabbitMQ | PostgreSQL | total |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in split)
        {
            var cells = new[] { "watcher", "language", "duplicates", "extraction", "sink", "rabbitmq", "postgres" }
                .Select(name => result.CpuPerArticle.TryGetValue(name, out var cpu)
                    ? string.Create(CultureInfo.InvariantCulture, $"{cpu * 1000:0.00}{(result.StageDurations.TryGetValue(name, out var d) && d.Count > 0 ? $" ({d.Seconds / d.Count * 1000:0.0})" : "")}")
                    : "–");
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Scenario.Store}{(result.Scenario.QuorumQueues ? ", quorum queues" : "")} | {string.Join(" | ", cells)} | {result.CpuPerArticle.Values.Sum() * 1000:0.00} |"));
        }

        md.AppendLine();
    }

    void Latency(StringBuilder md)
    {
        if (latency.Count == 0)
        {
            return;
        }

        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"### Latency from file to ClaimExtracted at {settings.OfferedRate:0} articles/s offered"));
        md.AppendLine();
        md.AppendLine("| path | store | p50 ms | p99 ms | max ms | p99 ms, warm-up included | articles measured / stored / dropped | drops/s achieved | CPU ms per article (process) | observed at | load before |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---|---:|---|---|---|");
        foreach (var result in latency)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Scenario.Deployment}{(result.Scenario.QuorumQueues ? ", quorum queues" : "")} | {result.Scenario.Store} | {result.P50Milliseconds:0} | {result.P99Milliseconds:0} | {result.MaxMilliseconds:0} | {result.P99WithWarmupMilliseconds:0} | {result.Observed:N0} / {result.Stored:N0} / {result.Dropped:N0} | {result.AchievedRate:0.0} | {Cpu(result.CpuPerArticle)} | {result.Observation} | {result.LoadBefore} |"));
        }

        md.AppendLine();
        md.AppendLine("Articles measured = stored articles dropped after the warm-up, with at least one claim whose first `ClaimExtracted` (or `Stored` line) was seen.");
        md.AppendLine();
    }

    void StageTime(StringBuilder md)
    {
        var rows = latency.Where(l => l.StageDurations.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        md.AppendLine("### Time in each stage's consumer at the offered rate (ms per message, wall time, from `/metrics`)");
        md.AppendLine();
        md.AppendLine("| path | store | language | duplicates | extraction | sink |");
        md.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var result in rows)
        {
            var cells = new[] { "language", "duplicates", "extraction", "sink" }
                .Select(stage => result.StageDurations.TryGetValue(stage, out var d) && d.Count > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{d.Seconds / d.Count * 1000:0.00}")
                    : "–");
            md.AppendLine($"| {result.Scenario.Deployment}{(result.Scenario.QuorumQueues ? ", quorum queues" : "")} | {result.Scenario.Store} | {string.Join(" | ", cells)} |");
        }

        md.AppendLine();
    }

    void Broker(StringBuilder md)
    {
        var rows = throughput.Where(t => t.Broker is not null && t.PrefilledArticles == 0).Select(t => (Name: $"{t.Scenario.Name}, all at once", t.Broker!, t.Finished + t.WarmupArticles))
            .Concat(latency.Where(l => l.Broker is not null).Select(l => (Name: $"{l.Scenario.Name}, at the offered rate (with our subscriber)", l.Broker!, l.Stored)))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        md.AppendLine("### Broker traffic per article (management API counters of the scenario's virtual host)");
        md.AppendLine();
        md.AppendLine("Per article that crossed the virtual host, warm-up set included.");
        md.AppendLine();
        md.AppendLine("| run | published | delivered | KB in | KB out | published into each exchange, per article |");
        md.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var (name, broker, articles) in rows)
        {
            var n = Math.Max(1, articles);
            var exchanges = string.Join(", ", broker.PublishedByExchange.OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key.Replace("Pipeline.Contracts:", "", StringComparison.Ordinal)} {(double)e.Value / n:0.00}")));
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {(double)broker.Published / n:0.00} | {(double)broker.Delivered / n:0.00} | {broker.BytesIn / 1024.0 / n:0.0} | {broker.BytesOut / 1024.0 / n:0.0} | {exchanges} |"));
        }

        md.AppendLine();
    }

    void DuplicateStage(StringBuilder md)
    {
        if (duplicateStage.Count == 0)
        {
            return;
        }

        md.AppendLine("### The duplicate stage alone");
        md.AppendLine();
        md.AppendLine("The watcher and a language process fill `pipeline-duplicates` and stop; then 1 or 2 `pipeline run --roles duplicates`");
        md.AppendLine("processes (MassTransit's 4 messages in flight each) drain it. Rate between the 10th and 90th percent of the checks");
        md.AppendLine("(each logs `Duplicate check: …`); every check is a new article, so each one adds a row to the index.");
        md.AppendLine();
        md.AppendLine("| store | processes | checks/s | CPU ms per check (process) | consumer ms per check (wall) | load before |");
        md.AppendLine("|---|---:|---:|---|---:|---|");
        foreach (var result in duplicateStage)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Store} | {result.Workers} | {Number(result.SteadyRate)} | {Cpu(result.CpuPerCheck)} | {(result.ConsumerTime.Count > 0 ? result.ConsumerTime.Seconds / result.ConsumerTime.Count * 1000 : double.NaN):0.00} | {result.LoadBefore} |"));
        }

        md.AppendLine();
    }

    void Locks(StringBuilder md)
    {
        var waits = throughput.SelectMany(t => t.StoreTimings.Select(w => (Run: $"{t.Scenario.Name}, all at once", w)))
            .Concat(latency.SelectMany(l => l.StoreTimings.Select(w => (Run: $"{l.Scenario.Name}, offered rate", w))))
            .Concat(duplicateStage.SelectMany(d => d.StoreTimings.Select(w => (Run: $"duplicate stage alone, {d.Store}, {d.Workers} process(es)", w))))
            .ToList();
        md.AppendLine("### Store lock waits and transactions (meter `Pipeline.Storage` on `/metrics`)");
        md.AppendLine();
        if (waits.Count == 0)
        {
            md.AppendLine("No lock-wait or transaction histogram on `/metrics` in this build, so the goal \"no stage waits on a lock for more");
            md.AppendLine("than a few milliseconds\" is not checked by this run.");
            md.AppendLine();
            return;
        }

        md.AppendLine("Histogram buckets bound the percentiles: \"99 % under\" is the smallest bucket bound holding 99 % of the observations.");
        md.AppendLine();
        md.AppendLine("| run | histogram | labels | count | mean ms | 99 % under, ms | all under, ms |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var (run, wait) in waits)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run} | `{wait.Name}` | {wait.Labels} | {wait.Count:0} | {(wait.Count > 0 ? wait.Sum / wait.Count * 1000 : 0):0.###} | {wait.P99Bound * 1000:0.###} | {wait.MaxBound * 1000:0.###} |"));
        }

        md.AppendLine();
    }

    void Prefilled(StringBuilder md)
    {
        var pairs = throughput.Where(t => t.PrefilledArticles > 0)
            .Select(filled => (Filled: filled, Empty: throughput.FirstOrDefault(e => e.PrefilledArticles == 0 && e.Scenario == filled.Scenario)))
            .Where(p => p.Empty is not null)
            .ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"### Store pre-filled with {settings.Prefill:N0} articles"));
        md.AppendLine();
        md.AppendLine("Pre-filled by running embedded `pipeline ingest` (or `ingest --store postgres://…`) over that many other generated");
        md.AppendLine("articles, 10,000 per command; each scenario then starts from a copy (file copy, or `CREATE DATABASE … TEMPLATE`).");
        md.AppendLine();
        md.AppendLine("| path | empty store, articles/s | pre-filled, articles/s | pre-filled / empty |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var (filled, empty) in pairs)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {filled.Scenario.Name} | {Number(empty!.SteadyRate)} | {Number(filled.SteadyRate)} | {(filled.SteadyRate / empty.SteadyRate):0.00} |"));
        }

        md.AppendLine();
    }

    void Goals(StringBuilder md)
    {
        md.AppendLine("### Goals (issue 13, 2 cores, N = 10,000)");
        md.AppendLine();
        md.AppendLine("| goal | measured | met |");
        md.AppendLine("|---|---|---|");
        foreach (var result in throughput.Where(t => t.PrefilledArticles == 0 && t.Scenario.Deployment is Deployment.Embedded or Deployment.RabbitMqAllInOne))
        {
            var goal = result.Scenario.Deployment == Deployment.Embedded ? 1.0 : 0.6;
            var ratio = result.SteadyRate / AnalysisRate;
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Scenario.Name} ≥ {goal:0.0} × the analysis alone | {Ratio(result.SteadyRate)} | {Met(ratio >= goal)} |"));
        }

        foreach (var result in latency)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Scenario.Name}: p99 file → ClaimExtracted < 250 ms at {result.OfferedRate:0}/s | {result.P99Milliseconds:0} ms | {Met(result.P99Milliseconds < 250)} |"));
        }

        var waits = throughput.SelectMany(t => t.StoreTimings).Concat(latency.SelectMany(l => l.StoreTimings))
            .Concat(duplicateStage.SelectMany(d => d.StoreTimings))
            .Where(w => w.Name.Contains("lock", StringComparison.OrdinalIgnoreCase)).ToList();
        md.AppendLine(waits.Count == 0
            ? "| no stage waits on a lock for more than a few ms | not measured (no lock-wait histogram on `/metrics`) | – |"
            : string.Create(CultureInfo.InvariantCulture, $"| no stage waits on a lock for more than a few ms | 99 % of waits under {waits.Max(w => w.P99Bound) * 1000:0.#} ms in the worst run, all under {waits.Max(w => w.MaxBound) * 1000:0.#} ms | {Met(waits.Max(w => w.P99Bound) <= 0.005)} (99 % ≤ 5 ms) |"));
        foreach (var filled in throughput.Where(t => t.PrefilledArticles > 0))
        {
            var empty = throughput.FirstOrDefault(e => e.PrefilledArticles == 0 && e.Scenario == filled.Scenario);
            var ratio = filled.SteadyRate / empty?.SteadyRate;
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {filled.Scenario.Name}: rate at {filled.PrefilledArticles:N0} stored within 10 % of the empty store's | {ratio:0.00} | {Met(ratio >= 0.9)} |"));
        }

        md.AppendLine();
    }

    string Ratio(double? rate) => rate is { } r && AnalysisRate is { } a && a > 0 ? (r / a).ToString("0.00", CultureInfo.InvariantCulture) : "–";

    static string Met(bool? met) => met switch { true => "yes", false => "**no**", null => "–" };

    static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    static string StoreState(ThroughputResult result) =>
        result.Scenario.Store == StoreKind.None ? "–" : result.PrefilledArticles > 0 ? $"{result.Scenario.Store}, {result.PrefilledArticles:N0} stored" : $"{result.Scenario.Store}, empty";

    static string Cpu(IReadOnlyDictionary<string, double> cpu) =>
        string.Join(", ", cpu.OrderBy(p => Array.IndexOf(ProcessOrder, p.Key) is var i && i < 0 ? 99 : i)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value * 1000:0.00}")));
}
