using System.Text;
using BenchmarkDotNet.Attributes;
using Pipeline.Analysis.Entities;

namespace Pipeline.Benchmarks;

/// <summary>Entity extraction over the five seed articles; one operation reads all five (24,650 UTF-8 bytes).</summary>
[MemoryDiagnoser]
public class EntityExtractionBenchmark
{
    private readonly EntityExtractor extractor = new();
    private string[] articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var seeds = FindSeeds();
        articles = [.. seeds.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName))];
        Console.WriteLine($"// {articles.Length} articles, {articles.Sum(a => Encoding.UTF8.GetByteCount(a))} UTF-8 bytes per operation");
        _ = extractor.Extract("Warm up with Kyiv.", "en");
    }

    [Benchmark]
    public int Extract()
    {
        var mentions = 0;
        foreach (var article in articles)
        {
            mentions += extractor.Extract(article, "fr").Count;
        }

        return mentions;
    }

    private static DirectoryInfo FindSeeds()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = new DirectoryInfo(Path.Combine(dir.FullName, "seeds"));
                if (seeds.Exists && seeds.GetFiles("*.txt").Length > 0)
                {
                    return seeds;
                }
            }
        }

        throw new DirectoryNotFoundException("No seeds/ folder above the working directory: run from the repository.");
    }
}
