using System.Text;
using BenchmarkDotNet.Attributes;
using Pipeline.Analysis.Languages;

namespace Pipeline.Benchmarks;

/// <summary>
/// Language identification throughput on whole articles (the five seeds) and on news-length sentences taken from
/// them. One operation identifies every text of the set once; MB/s = <see cref="Bytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class LanguageIdentificationBenchmark
{
    private readonly CombinedLanguageIdentifier combined = new();
    private readonly Cld2LanguageIdentifier cld2 = new();
    private readonly EldLanguageIdentifier eld = new();
    private string[] texts = [];

    [Params("articles", "sentences")]
    public string Texts { get; set; } = "articles";

    /// <summary>UTF-8 bytes in one operation, printed once so the MB/s can be worked out from the mean.</summary>
    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = SeedFolder().GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName)).ToArray();
        texts = Texts == "articles"
            ? seeds
            : [.. seeds.SelectMany(s => s.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Where(s => s.Length >= 40)];
        Bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"// {Texts}: {texts.Length} texts, {Bytes} UTF-8 bytes per operation");
        Cld2LanguageIdentifier.VerifyInstalled();
        _ = eld.Identify("warm the model up");
    }

    [Benchmark(Baseline = true)]
    public int Combined() => Run(combined);

    [Benchmark]
    public int Cld2() => Run(cld2);

    [Benchmark]
    public int Eld() => Run(eld);

    private int Run(ILanguageIdentifier identifier)
    {
        var french = 0;
        foreach (var text in texts)
        {
            if (identifier.Identify(text).Code == "fr")
            {
                french++;
            }
        }

        return french;
    }

    private static DirectoryInfo SeedFolder()
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
