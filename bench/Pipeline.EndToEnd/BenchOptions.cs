using System.Globalization;

namespace Pipeline.EndToEnd;

/// <summary>The benchmark's command line.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        End-to-end benchmark of the pipeline executable (docs/benchmarks.md, "End to end").

          dotnet run -c Release --project bench/Pipeline.EndToEnd -- [options]

          --articles N          articles for the rate runs (default 10000; 1000 for a quick run)
          --latency-articles N  articles dropped at the offered rate per latency run (default: the smaller of N and 3000)
          --rate R              offered rate of the latency runs, articles/s (default 100)
          --latency-warmup T    the first T of each latency run's drops warm the process (JIT, caches) and are not
                                measured (default 00:00:10)
          --prefill N           also measure each store scenario with N other articles already stored (e.g. 100000)
          --seed S              seed of the generated articles (default 1)
          --only A,B            scenarios to run: analyze, embedded, rabbitmq-sqlite, rabbitmq-postgres, split-sqlite,
                                split-postgres, split-postgres-quorum (default all; analyze always runs, the ratios need it)
          --no-latency          skip the latency runs
          --duplicate-checks N  messages for the duplicate stage alone, drained by 1 then 2 processes, per store of the
                                RabbitMQ scenarios (default: the smaller of N and 2000; 0 skips it)
          --stable-for T        the watcher's Inbox:StableFor (default 00:00:00: files arrive by rename)
          --work DIR            where files, stores and logs go (default a new folder under the temp folder)
          --keep                keep the work folder
          --write FILE          put the results under "## End to end" in FILE (docs/benchmarks.md)
        """;

    public int Articles { get; init; } = 10_000;

    public int? LatencyArticles { get; init; }

    public double Rate { get; init; } = 100;

    public TimeSpan LatencyWarmup { get; init; } = TimeSpan.FromSeconds(10);

    public int Prefill { get; init; }

    public int Seed { get; init; } = 1;

    public IReadOnlySet<string> Only { get; init; } = Scenario.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    public bool Latency { get; init; } = true;

    public int? DuplicateChecks { get; init; }

    public int DuplicateCheckCount => DuplicateChecks ?? Math.Min(Articles, 2000);

    public string StableFor { get; init; } = "00:00:00";

    public string? Work { get; init; }

    public bool Keep { get; init; }

    public string? Write { get; init; }

    public bool Help { get; init; }

    public int LatencyCount => LatencyArticles ?? Math.Min(Articles, 3000);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--articles" => options with { Articles = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--latency-articles" => options with { LatencyArticles = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--latency-warmup" => options with { LatencyWarmup = TimeSpan.Parse(Value(), CultureInfo.InvariantCulture) },
                "--prefill" => options with { Prefill = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--only" => options with { Only = Names(Value()) },
                "--no-latency" => options with { Latency = false },
                "--duplicate-checks" => options with { DuplicateChecks = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--stable-for" => options with { StableFor = TimeSpan.Parse(Value(), CultureInfo.InvariantCulture).ToString("c", CultureInfo.InvariantCulture) },
                "--work" => options with { Work = Value() },
                "--keep" => options with { Keep = true },
                "--write" => options with { Write = Value() },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (options.Articles < 10 || options.LatencyCount < 1 || options.Rate <= 0 || options.Prefill < 0)
        {
            throw new ArgumentException("--articles must be at least 10, --latency-articles at least 1, --rate above 0, --prefill not negative");
        }

        return options;
    }

    static HashSet<string> Names(string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => Scenario.All.All(s => s.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"--only: unknown scenario(s) {string.Join(", ", unknown)}");
        }

        names.Add("analyze");
        return names;
    }
}
