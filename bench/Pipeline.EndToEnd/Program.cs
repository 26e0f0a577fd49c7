using System.Diagnostics;
using Pipeline.EndToEnd;
using Pipeline.Testing;

// The end-to-end benchmark: see BenchOptions.Usage and docs/benchmarks.md, "End to end".
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine($"pipeline-bench: {e.Message}\n\n{BenchOptions.Usage}");
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// A benchmark started in the background ignores Ctrl+C; SIGTERM too must stop the servers it started.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancel.Cancel();
});

var repository = RepositoryLayout.Find();
var executable = repository.PipelineExecutable;
if (!File.Exists(executable))
{
    Console.Error.WriteLine($"pipeline-bench: {executable} is missing: run me with `dotnet run -c Release --project bench/Pipeline.EndToEnd`, which builds it.");
    return 2;
}

var settings = new RunSettings(
    "dotnet run -c Release --project bench/Pipeline.EndToEnd -- " + string.Join(' ', args),
    options.Articles, options.LatencyCount, options.Rate, options.LatencyWarmup, options.Prefill, options.Seed, options.StableFor,
    await repository.CommitAsync(), DateTime.UtcNow, MachineState.LoadAverage, null);
var work = options.Work is { } chosen ? Directory.CreateDirectory(chosen).FullName : Scratch.CreateFolder("pipeline-e2e");
Console.Error.WriteLine($"pipeline-bench: {executable} at {settings.Commit}; work folder {work}; load {settings.LoadBefore}");

var scenarios = Scenario.All.Where(s => options.Only.Contains(s.Name)).ToList();
var environment = new Dictionary<string, string>
{
    ["MASSTRANSIT_USAGE_TELEMETRY"] = "false",
    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    ["DOTNET_NOLOGO"] = "1",
    ["MALLOC_TRIM_THRESHOLD_"] = "268435456",
    ["Inbox__StableFor"] = options.StableFor,
};

var throughput = new List<ThroughputResult>();
var latency = new List<LatencyResult>();
var duplicateStage = new List<DuplicateStageResult>();
await using var servers = new Servers();
using var launcher = new PipelineLauncher(executable, environment);
try
{
    var clock = Stopwatch.StartNew();
    var corpus = new ArticleCorpus(options.Seed);
    var articles = Path.Combine(work, "articles");
    corpus.Write(articles, "bench", 0, options.Articles);
    var warmup = Path.Combine(work, "warmup-articles");
    corpus.Write(warmup, "warmup", 0, Math.Min(50, Math.Max(1, options.Articles / 10)));
    var latencyArticles = corpus.Write(Path.Combine(work, "latency-articles"), "latency", 0, options.LatencyCount);
    Console.Error.WriteLine($"pipeline-bench: generated {options.Articles:N0} + {options.LatencyCount:N0} articles in {clock.Elapsed.TotalSeconds:0.0} s");

    await servers.StartAsync(
        rabbit: scenarios.Any(s => s.UsesRabbitMq),
        postgres: scenarios.Any(s => s.Store == StoreKind.Postgres),
        cancel.Token);
    if (scenarios.Any(s => s.Store == StoreKind.Postgres))
    {
        settings = settings with { PostgresVersion = servers.Postgres.Version };
    }

    var runner = new ScenarioRunner(launcher, servers, work, Console.Error);
    foreach (var scenario in scenarios)
    {
        Console.Error.WriteLine($"pipeline-bench: {scenario.Name}, {options.Articles:N0} articles at once (load {MachineState.LoadAverage})");
        var result = await runner.ThroughputAsync(scenario, articles, options.Articles, warmup, StoreStart.Empty, cancel.Token);
        Console.Error.WriteLine($"  {result.SteadyRate:0.0} articles/s steady, {result.WholeRate:0.0} whole; {result.Summary}");
        throughput.Add(result);
    }

    foreach (var scenario in options.Latency ? scenarios.Where(s => s.Deployment != Deployment.AnalysisAlone) : [])
    {
        Console.Error.WriteLine($"pipeline-bench: {scenario.Name}, {options.LatencyCount:N0} articles at {options.Rate:0}/s (load {MachineState.LoadAverage})");
        var result = await runner.LatencyAsync(scenario, latencyArticles, Path.Combine(work, "latency-articles"), options.Rate, options.LatencyWarmup, cancel.Token);
        Console.Error.WriteLine($"  p50 {result.P50Milliseconds:0} ms, p99 {result.P99Milliseconds:0} ms over {result.Observed} articles");
        latency.Add(result);
    }

    foreach (var store in options.DuplicateCheckCount > 0 ? scenarios.Where(s => s.UsesRabbitMq).Select(s => s.Store).Distinct() : [])
    {
        for (var workers = 1; workers <= 2; workers++)
        {
            var set = Path.Combine(work, $"duplicate-stage-{store}-{workers}");
            corpus.Write(set, $"checks{workers}", 0, options.DuplicateCheckCount);
            Console.Error.WriteLine($"pipeline-bench: duplicate stage alone, {store}, {workers} process(es), {options.DuplicateCheckCount:N0} messages (load {MachineState.LoadAverage})");
            var result = await runner.DuplicateStageAsync(store, set, options.DuplicateCheckCount, workers, cancel.Token);
            Console.Error.WriteLine($"  {result.SteadyRate:0.0} checks/s");
            duplicateStage.Add(result);
        }
    }

    if (options.Prefill > 0)
    {
        var start = await Prefill.CreateAsync(options, corpus, scenarios, runner, servers, work, cancel.Token);
        foreach (var scenario in scenarios.Where(s => s.Store != StoreKind.None))
        {
            Console.Error.WriteLine($"pipeline-bench: {scenario.Name}, {options.Articles:N0} articles at once, {options.Prefill:N0} already stored (load {MachineState.LoadAverage})");
            var result = await runner.ThroughputAsync(scenario, articles, options.Articles, warmup, start, cancel.Token);
            Console.Error.WriteLine($"  {result.SteadyRate:0.0} articles/s steady, {result.WholeRate:0.0} whole");
            throughput.Add(result);
        }
    }
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("pipeline-bench: interrupted; results so far follow");
}
finally
{
    if (!options.Keep && options.Work is null)
    {
        await Scratch.DeleteFolderAsync(work);
    }
}

var report = new BenchmarkReport(settings, throughput, latency, duplicateStage).Render();
Console.WriteLine(BenchmarkReport.Heading);
Console.WriteLine();
Console.WriteLine(report);
if (options.Write is { } document)
{
    await BenchmarkDocument.ReplaceSectionAsync(document, BenchmarkReport.Heading, report, CancellationToken.None);
    Console.Error.WriteLine($"pipeline-bench: wrote the \"{BenchmarkReport.Heading}\" section of {document}");
}

return 0;
