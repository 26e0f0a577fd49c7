using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Benchmarks;

/// <summary>
/// Insert and lookup latency of <see cref="NearDuplicateIndex"/> holding a million articles, and its bytes per article.
/// Each measured invocation is one operation, so BenchmarkDotNet's percentiles are per-operation latencies;
/// the setup and cleanup also print exact p50/p99 and the memory per article to the log.
/// Run: <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*DuplicateIndex*'</c>
/// (set PIPELINE_PEER_SPECS if the peer-specs folder is not /work/shared/peer-specs).
/// </summary>
[Config(typeof(OneOperationPerIteration))]
public class DuplicateIndexBenchmark
{
    private const int Operations = 5000;

    private NearDuplicateDetector detector = null!;
    private NearDuplicateIndex index = null!;
    private DuplicateKeys[] queries = null!;
    private DuplicateKeys[] newArticles = null!;
    private readonly List<double> microseconds = new(Operations * 2);
    private int next;

    [Params(1_000_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var news = SyntheticNews.Load();
        detector = new NearDuplicateDetector();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        // Headroom for the inserts measured later, so that no table growth lands inside a measurement.
        index = new NearDuplicateIndex(detector.Options, Articles + (4 * Operations));
        var stopwatch = Stopwatch.StartNew();
        const int batch = 20_000;
        for (var start = 0; start < Articles; start += batch)
        {
            var keys = new DuplicateKeys[Math.Min(batch, Articles - start)];
            Parallel.For(0, keys.Length, i => keys[i] = detector.Describe(news.Article(start + i)));
            for (var i = 0; i < keys.Length; i++)
            {
                index.Add(Id(start + i), keys[i]);
            }
        }

        var built = stopwatch.Elapsed;
        GC.Collect();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// duplicates: {Articles:N0} articles signed and indexed in {built.TotalSeconds:0.0} s");
        Console.WriteLine($"// duplicates: managed heap {(after - before) / (double)Articles:0.0} bytes/article; index arrays {index.ApproximateBytes / (double)Articles:0.0} bytes/article");

        // Half the lookups are republications of indexed articles (one word in ten misspelt), half are new articles.
        queries = new DuplicateKeys[Operations];
        Parallel.For(0, Operations, i => queries[i] = detector.Describe(i % 2 == 0
            ? news.Republished(news.Article(i * 97 % Articles), i)
            : news.Article(Articles + (4 * Operations) + i)));
        newArticles = new DuplicateKeys[Operations * 4];
        Parallel.For(0, newArticles.Length, i => newArticles[i] = detector.Describe(news.Article(Articles + i)));
        var found = queries.Where((_, i) => i % 2 == 0).Count(q => index.FindNearest(q) is not null);
        var falseMatches = queries.Where((_, i) => i % 2 == 1).Count(q => index.FindNearest(q) is not null);
        Console.WriteLine($"// duplicates: republications found {found} of {Operations / 2}; new articles matched to something {falseMatches} of {Operations / 2}; mean candidates per lookup {queries.Average(q => index.Candidates(q.Sketch, q.BandKeys).Count):0.00}");
    }

    [IterationSetup]
    public void NextOperation() => next++;

    [Benchmark]
    public NearDuplicateMatch? Lookup()
    {
        var start = Stopwatch.GetTimestamp();
        var match = index.FindNearest(queries[next % queries.Length]);
        microseconds.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        return match;
    }

    [Benchmark]
    public int Insert()
    {
        var start = Stopwatch.GetTimestamp();
        var keys = newArticles[next % newArticles.Length];
        index.Add(Guid.NewGuid(), keys);
        microseconds.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        return index.Count;
    }

    [GlobalCleanup]
    public void Report()
    {
        if (microseconds.Count == 0)
        {
            return;
        }

        // The last `Operations` values are the measured iterations (earlier ones were warm-up).
        var measured = microseconds.Skip(Math.Max(0, microseconds.Count - Operations)).Order().ToList();
        Console.WriteLine($"// duplicates: {measured.Count} operations, p50 {measured[measured.Count / 2]:0.0} µs, p99 {measured[(int)(measured.Count * 0.99)]:0.0} µs, max {measured[^1]:0.0} µs");
    }

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    internal sealed class OneOperationPerIteration : ManualConfig
    {
        public OneOperationPerIteration() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(200)
                .WithIterationCount(Operations).WithInvocationCount(1).WithUnrollFactor(1));
    }
}

/// <summary>
/// Articles for the benchmarks, made by a word-bigram (Markov) chain trained on French text: the Europeana
/// newspapers, the lingua-testdata French sentences and our seeds. Their two-word shingles are distributed like
/// French ("de la", "il y a" are everywhere), which is what fills LSH buckets with chance candidates at scale;
/// uniform random words would hide that. Article <c>n</c> is always the same text.
/// </summary>
internal sealed class SyntheticNews
{
    private readonly string[] vocabulary;
    private readonly int[][] successors;
    private readonly int[] stream;

    private SyntheticNews(string[] vocabulary, int[][] successors, int[] stream)
    {
        this.vocabulary = vocabulary;
        this.successors = successors;
        this.stream = stream;
    }

    public static SyntheticNews Load()
    {
        var specs = Environment.GetEnvironmentVariable("PIPELINE_PEER_SPECS") ?? "/work/shared/peer-specs";
        var texts = new List<string>();
        var bio = Path.Combine(specs, "europeana-ner-fr", "enp_FR.bnf.bio");
        if (File.Exists(bio))
        {
            texts.Add(string.Join(' ', File.ReadLines(bio).Select(l => l.Split(' ')[0])));
        }

        var sentences = Path.Combine(specs, "lingua-testdata", "sentences", "fr.txt");
        if (File.Exists(sentences))
        {
            texts.Add(File.ReadAllText(sentences));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                texts.AddRange(Directory.GetFiles(Path.Combine(dir.FullName, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
                break;
            }
        }

        if (texts.Count == 0)
        {
            throw new FileNotFoundException($"No French text found under {specs} nor a seeds folder; set PIPELINE_PEER_SPECS.");
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var stream = texts.SelectMany(DuplicateText.Words).Select(w => ids.TryGetValue(w, out var id) ? id : ids[w] = ids.Count).ToArray();
        var lists = Enumerable.Range(0, ids.Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i + 1 < stream.Length; i++)
        {
            lists[stream[i]].Add(stream[i + 1]);
        }

        return new SyntheticNews(ids.OrderBy(p => p.Value).Select(p => p.Key).ToArray(), lists.Select(l => l.ToArray()).ToArray(), stream);
    }

    /// <summary>Article <paramref name="n"/>: 150 to 600 words, paragraphs of about 60 words.</summary>
    public string Article(int n)
    {
        var random = new Random(n);
        var length = random.Next(150, 601);
        var words = new List<string>(length);
        var current = stream[random.Next(stream.Length)];
        for (var i = 0; i < length; i++)
        {
            words.Add(vocabulary[current]);
            var options = successors[current];
            current = options.Length == 0 || random.Next(20) == 0 ? stream[random.Next(stream.Length)] : options[random.Next(options.Length)];
        }

        return string.Join(' ', words.Select((w, i) => i > 0 && i % 60 == 0 ? "\n\n" + w : w));
    }

    /// <summary>A republication: one word in ten misspelt and a footer added.</summary>
    public string Republished(string article, int seed)
    {
        var random = new Random(seed);
        var words = article.Split(' ').Select(w => random.Next(10) == 0 && w.Length > 2 ? w[1..] + w[0] : w);
        return string.Join(' ', words) + "\n\nFor Latest Updates Follow us on Google News";
    }
}
