using BenchmarkDotNet.Attributes;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Benchmarks;

/// <summary>
/// Cost of computing an article's duplicate keys (fingerprint, signature, sketch, band keys) and of comparing two sketches.
/// Run: <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*DuplicateSignature*'</c>
/// </summary>
[MemoryDiagnoser]
public class DuplicateSignatureBenchmark
{
    private readonly NearDuplicateDetector detector = new();
    private string article = string.Empty;
    private DuplicateKeys a = null!;
    private DuplicateKeys b = null!;

    [Params(300)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var news = SyntheticNews.Load();
        article = string.Join(' ', news.Article(1).Split(' ').Concat(news.Article(2).Split(' ')).Take(Words));
        a = detector.Describe(article);
        b = detector.Describe(news.Republished(article, 3));
    }

    [Benchmark]
    public DuplicateKeys Describe() => detector.Describe(article);

    [Benchmark]
    public double CompareSketches() => a.Sketch.Similarity(b.Sketch);

    [Benchmark]
    public string Fingerprint() => TextFingerprint.Of(article);
}
