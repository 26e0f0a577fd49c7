using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Analysis;
using Pipeline.Analysis.Duplicates;
using Pipeline.Analysis.Entities;
using Pipeline.Analysis.Languages;

namespace Pipeline.Benchmarks;

/// <summary>
/// Per-core cost on a shared machine, where BenchmarkDotNet's wall clock mostly measures the neighbours: each case
/// runs for a while after warm-up, and the process CPU time per operation is kept from the best of seven rounds
/// (contention only ever adds time). Same texts as the BenchmarkDotNet classes. Run with
/// <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- cpu [seconds per round] [case filter]</c>.
/// </summary>
internal static class CpuTimeMeasurement
{
    public static void Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        var filter = args.Length > 1 ? args[1] : "";
        var seeds = SeedTexts();
        var sentences = seeds.SelectMany(s => s.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length >= 40).ToArray();
        var article = FigureExtractionBenchmark.LoadSeeds();
        Cld2LanguageIdentifier.VerifyInstalled();
        var combined = new CombinedLanguageIdentifier();
        var eld = new EldLanguageIdentifier();
        var cld2 = new Cld2LanguageIdentifier();
        var entities = new EntityExtractor();
        var analyzer = new ArticleAnalyzer();
        var figures = new Pipeline.Analysis.Figures.FigureExtractor();
        var claims = new Pipeline.Analysis.Claims.ClaimExtractor();
        (string Name, string[] Texts, Action<string> Operation)[] cases =
        [
            ("language, Combined, sentences", sentences, t => combined.Identify(t)),
            ("language, Nito-ELD, sentences", sentences, t => eld.Identify(t)),
            ("language, CLD2, sentences", sentences, t => cld2.Identify(t)),
            ("language, Combined, articles", seeds, t => combined.Identify(t)),
            ("entities, seed articles", seeds, t => entities.Extract(t, "fr")),
            ("entities, seeds joined", [article], t => entities.Extract(t, "fr")),
            ("repeated passages, seeds joined", [article], t => RepeatedPassages.In(t)),
            ("analyze, seeds joined", [article], t => analyzer.Analyze(t, "fr", "2023-02")),
            ("figures, seeds joined", [article], t => figures.Extract(t, "fr")),
            ("figures then claims, seeds joined", [article], t => claims.Extract(t, "fr", figures.Extract(t, "fr"), [], "2023-02")),
        ];

        Console.WriteLine("| case | texts | UTF-8 bytes | CPU µs per operation (best of 7) | MB/s per core | allocated per operation |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, texts, operation) in cases.Where(c => c.Name.Contains(filter, StringComparison.Ordinal)))
        {
            var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
            void Once()
            {
                foreach (var text in texts)
                {
                    operation(text);
                }
            }

            for (var i = 0; i < 300; i++)
            {
                Once();
            }

            var best = double.MaxValue;
            var allocated = 0L;
            for (var round = 0; round < 7; round++)
            {
                using var process = Process.GetCurrentProcess();
                var operations = 0;
                var clock = Stopwatch.StartNew();
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = process.TotalProcessorTime;
                while (clock.Elapsed.TotalSeconds < seconds)
                {
                    Once();
                    operations++;
                }

                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / operations);
                allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / operations;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {texts.Length} | {bytes:N0} | {best:N0} | {bytes / best:0.0} | {allocated / 1024.0:N1} KB |"));
        }
    }

    private static string[] SeedTexts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        var seeds = dir ?? throw new DirectoryNotFoundException("seeds/ not found above the benchmark");
        return [.. new DirectoryInfo(Path.Combine(seeds.FullName, "seeds")).GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName))];
    }
}
