using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Pipeline.Analysis;
using Pipeline.Analysis.Claims;
using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Figures;

namespace Pipeline.Benchmarks;

/// <summary>
/// Figure (and claim) extraction throughput on article-sized text: the five seed articles concatenated (about 25 KB).
/// MB/s = UTF-8 bytes of the input / mean time per operation; one operation runs on one thread, in process.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FigureExtractionBenchmark
{
    private readonly FigureExtractor figures = new();
    private readonly ClaimExtractor claims = new();
    private readonly ArticleAnalyzer analyzer = new();
    private string text = "";
    private IReadOnlyList<Figure> found = [];
    private IReadOnlyList<EntityMention> entities = [];
    private IReadOnlyList<Figure> foundWithEntities = [];

    /// <summary>UTF-8 size of the benchmark text, printed once so MB/s can be read from the mean.</summary>
    public int Bytes { get; private set; }

    internal static string LoadSeeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        var seeds = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("seeds/ not found above the benchmark"), "seeds");
        return string.Join("\n\n", Directory.GetFiles(seeds, "*.txt").Order().Select(File.ReadAllText));
    }

    [GlobalSetup]
    public void Setup()
    {
        text = LoadSeeds();
        Bytes = Encoding.UTF8.GetByteCount(text);
        found = figures.Extract(text, "fr");
        entities = new EntityExtractor().Extract(text, "fr");
        foundWithEntities = figures.Extract(text, "fr", entities);
        Console.WriteLine($"// Input: {Bytes} UTF-8 bytes, {text.Length} chars, {found.Count} figures, {entities.Count} entities");
    }

    [Benchmark(Baseline = true)]
    public int ExtractFigures() => figures.Extract(text, "fr").Count;

    [Benchmark]
    public int ExtractClaims() => claims.Extract(text, "fr", found, [], "2023-02").Count;

    // ArticleAnalyzer hands both stages the entities it found first, which the two rows above leave out: these two time
    // figures and claims on the path the pipeline runs (the entity extraction itself is outside the timing).
    [Benchmark]
    public int ExtractFiguresWithEntities() => figures.Extract(text, "fr", entities).Count;

    [Benchmark]
    public int ExtractClaimsWithEntities() => claims.Extract(text, "fr", foundWithEntities, entities, "2023-02").Count;

    // The two rows above run one after the other in one operation, each reading the text itself: beside the sum of those
    // rows (each timed alone, with the caches warm for its own stage) this shows what running both stages in turn costs,
    // and beside the next row what the single tokenization saves.
    [Benchmark]
    public int FiguresThenClaimsApart() => claims.Extract(text, "fr", figures.Extract(text, "fr", entities), entities, "2023-02").Count;

    // The same two stages as ArticleAnalyzer runs them once it has the entities: one tokenization read by both (the two
    // rows above each read the text themselves), and repeated headlines dropped between them.
    [Benchmark]
    public int FiguresThenClaimsWithEntities() => analyzer.Analyze(text, "fr", "2023-02", entities).Claims.Count;

    [Benchmark]
    public int AnalyzeArticle() => analyzer.Analyze(text, "fr", "2023-02").Claims.Count;
}

/// <summary>Adds an MB/s column: input UTF-8 bytes over the mean time of one operation (wall clock, one thread).</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        // In-process: on a shared two-core machine, building the out-of-process boilerplate times out.
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new ThroughputColumn());
    }

    private sealed class ThroughputColumn : IColumn
    {
        private static readonly Lazy<int> InputBytes = new(() => Encoding.UTF8.GetByteCount(FigureExtractionBenchmark.LoadSeeds()));

        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of input per second (input bytes / mean)";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (InputBytes.Value / (mean.Value / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "–";
        }
    }
}
