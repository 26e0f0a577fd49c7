using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Pipeline.Benchmarks;

/// <summary>
/// Figures then claims on the joined seeds, for two or more builds of Pipeline.Analysis in one process (each loaded in
/// its own load context), one operation of each build in turn. On a shared machine a neighbour's load then falls on
/// every build alike, and the ratios between builds hold where the absolute times do not. Prints the 10th percentile
/// and the median per operation of each build (figures then claims: the two added) and the ratios of the medians to
/// the first build.
/// Run: <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- compare-builds [seconds] [--entities] path/to/Pipeline.Analysis.dll ...</c>
/// (the Release output of each build, e.g. src/Pipeline.Analysis/bin/Release/net10.0/Pipeline.Analysis.dll of a worktree).
/// Without <c>--entities</c> figures and claims read no entities, as the benchmarks always have; with it, each build's
/// entity extractor reads the text once, before the timing, and figures and claims get its entities, as
/// <c>ArticleAnalyzer</c> gives them in the product. In that mode the first build listed runs its claims about 8 % faster
/// than a byte-identical copy listed after it (measured A/A, docs/benchmarks.md, eighth session): list a copy of the
/// baseline first and compare the builds after it. With <c>--whole</c> (after <c>--entities</c> or alone) each turn also
/// times <c>ArticleAnalyzer.Analyze</c>, the whole analysis the pipeline runs on an article: entities, then figures and
/// claims as the analyzer hands them over (from the tenth session on, one tokenization read by both).
/// </summary>
internal static class BuildComparison
{
    private const int WarmUp = 300;

    public static void Run(string[] args)
    {
        var seconds = double.Parse(args[0], CultureInfo.InvariantCulture);
        var options = args.Skip(1).TakeWhile(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var withEntities = options.Contains("--entities");
        var whole = options.Contains("--whole");
        var paths = args[(1 + options.Length)..];
        var text = FigureExtractionBenchmark.LoadSeeds();
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        var builds = paths.Select((path, i) => new Build(path, $"build {i + 1}", text, withEntities, whole)).ToArray();
        foreach (var build in builds)
        {
            for (var i = 0; i < WarmUp; i++)
            {
                build.Figures();
                build.Claims();
                build.Analyze();
            }
        }

        var clock = Stopwatch.StartNew();
        var turns = 0;
        for (; clock.Elapsed.TotalSeconds < seconds; turns++)
        {
            // Who goes first rotates, so no build always runs right after another's garbage.
            for (var k = 0; k < builds.Length; k++)
            {
                builds[(k + turns) % builds.Length].Time();
            }
        }

        Console.WriteLine($"{turns} operations per build, {bytes:N0} UTF-8 bytes, {(withEntities ? "with each build's entities" : "no entities")}; µs per operation (10th percentile / median), ratio to build 1");
        Console.WriteLine("| build | figures | claims | figures then claims | MB/s (10th percentile) | ratio, figures | ratio, claims | ratio, both |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var first = builds[0];
        foreach (var build in builds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {build.Name}: {build.Path} ({build.Counts}) | {build.FiguresTime(0.1):F1} / {build.FiguresTime(0.5):F1} | {build.ClaimsTime(0.1):F1} / {build.ClaimsTime(0.5):F1} | {build.BothTime(0.1):F1} / {build.BothTime(0.5):F1} | {bytes / build.BothTime(0.1):F1} | {build.FiguresTime(0.5) / first.FiguresTime(0.5):F3} | {build.ClaimsTime(0.5) / first.ClaimsTime(0.5):F3} | {build.BothTime(0.5) / first.BothTime(0.5):F3} |"));
        }

        if (whole)
        {
            Console.WriteLine();
            Console.WriteLine("Whole analysis (ArticleAnalyzer.Analyze: entities, figures, claims); µs per operation (10th percentile / median), ratio of medians to build 1");
            Console.WriteLine("| build | whole analysis | MB/s (10th percentile) | ratio |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var build in builds)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {build.Name} | {build.AnalysisTime(0.1):F1} / {build.AnalysisTime(0.5):F1} | {bytes / build.AnalysisTime(0.1):F1} | {build.AnalysisTime(0.5) / first.AnalysisTime(0.5):F3} |"));
            }
        }
    }

    private sealed class Build
    {
        private readonly object figureExtractor;
        private readonly object claimExtractor;
        private readonly object entities;
        private readonly object? figureEntities;
        private readonly MethodInfo extractFigures;
        private readonly MethodInfo extractClaims;
        private readonly string text;
        private readonly object found;
        private readonly List<double> figureTimes = [];
        private readonly List<double> claimTimes = [];
        private readonly List<double> analysisTimes = [];
        private readonly object? analyzer;
        private readonly MethodInfo? analyze;

        public Build(string path, string name, string text, bool withEntities, bool whole)
        {
            Path = path;
            Name = name;
            this.text = text;
            var assembly = new AssemblyLoadContext(name).LoadFromAssemblyPath(System.IO.Path.GetFullPath(path));
            var figureType = assembly.GetType("Pipeline.Analysis.Figures.FigureExtractor", throwOnError: true)!;
            var claimType = assembly.GetType("Pipeline.Analysis.Claims.ClaimExtractor", throwOnError: true)!;
            figureExtractor = Activator.CreateInstance(figureType)!;
            claimExtractor = Activator.CreateInstance(claimType)!;
            var entityType = assembly.GetType("Pipeline.Analysis.Entities.EntityExtractor", throwOnError: true)!;
            entities = withEntities
                ? entityType.GetMethod("Extract")!.Invoke(Activator.CreateInstance(entityType), [text, "fr"])!
                : Array.CreateInstance(assembly.GetType("Pipeline.Analysis.Entities.EntityMention", throwOnError: true)!, 0);
            figureEntities = withEntities ? entities : null;
            extractFigures = figureType.GetMethods().Single(m => m.Name == "Extract" && m.GetParameters().Length == 3);
            extractClaims = claimType.GetMethod("Extract")!;
            if (whole)
            {
                var analyzerType = assembly.GetType("Pipeline.Analysis.ArticleAnalyzer", throwOnError: true)!;
                analyzer = Activator.CreateInstance(analyzerType)!;
                analyze = analyzerType.GetMethods().Single(m => m.Name == "Analyze" && m.GetParameters().Length == 3);
            }

            found = Figures();
            Counts = $"{((ICollection)entities).Count} entities, {((ICollection)found).Count} figures, {((ICollection)Claims()).Count} claims";
        }

        public string Path { get; }

        public string Name { get; }

        public string Counts { get; }

        public object Figures() => extractFigures.Invoke(figureExtractor, [text, "fr", figureEntities])!;

        public object Claims() => extractClaims.Invoke(claimExtractor, [text, "fr", found, entities, "2023-02"])!;

        public void Analyze() => analyze?.Invoke(analyzer, [text, "fr", "2023-02"]);

        public void Time()
        {
            var start = Stopwatch.GetTimestamp();
            Figures();
            var middle = Stopwatch.GetTimestamp();
            Claims();
            var end = Stopwatch.GetTimestamp();
            figureTimes.Add(Stopwatch.GetElapsedTime(start, middle).TotalMicroseconds);
            claimTimes.Add(Stopwatch.GetElapsedTime(middle, end).TotalMicroseconds);
            if (analyze is not null)
            {
                Analyze();
                analysisTimes.Add(Stopwatch.GetElapsedTime(end).TotalMicroseconds);
            }
        }

        public double FiguresTime(double quantile) => Quantile(figureTimes, quantile);

        public double ClaimsTime(double quantile) => Quantile(claimTimes, quantile);

        public double AnalysisTime(double quantile) => Quantile(analysisTimes, quantile);

        /// <summary>The two quantiles added: the quantile of the sum would count a neighbour's pause in either half.</summary>
        public double BothTime(double quantile) => FiguresTime(quantile) + ClaimsTime(quantile);

        private static double Quantile(List<double> times, double quantile)
        {
            var sorted = times.Order().ToArray();
            return sorted[(int)(quantile * (sorted.Length - 1))];
        }
    }
}
