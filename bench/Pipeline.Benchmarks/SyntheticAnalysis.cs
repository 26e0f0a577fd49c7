using Pipeline.Contracts;
using Pipeline.Storage;

namespace Pipeline.Benchmarks;

/// <summary>
/// Analysed articles for the store's benchmarks, shaped like the analysis of our five seeds (on average 64 entities,
/// 11 figures and 9 claims per article, claim sentences of about 200 characters), with <see cref="SyntheticNews"/>'s
/// French text. Claim keys: half belong to their article alone, half to one of 20,000 groups drawn with Zipf(1)
/// popularity, so that a few groups hold thousands of claims (the largest about 5 % of all claims), as a claim
/// repeated across outlets would. Sources: 30 % of claims name none, the others one of 300, weighted the same way;
/// 50 outlets publish. Article <c>n</c> is always the same, and its id is a name-based UUID as the pipeline's are
/// (hashes, so that the store's indexes on ids are written at random places, not at their end).
/// </summary>
internal sealed class SyntheticAnalysis(SyntheticNews news)
{
    private const int Groups = 20_000;
    private static readonly string[] EntityTypes = ["person", "place", "organisation"];
    private static readonly string[] Units = ["soldier", "tank", "shell", "EUR", "USD", "km", "percent", "person"];
    private static readonly string[] Categories = ["personnel", "equipment", "money", "distance", "share", "casualties"];
    private readonly Zipf groups = new(Groups);
    private readonly Zipf sources = new(300);
    private readonly Zipf entities = new(5_000);

    public ArticleAnalyzed Article(int n)
    {
        var random = new Random(n);
        var text = news.Article(n);
        var figures = Enumerable.Range(0, random.Next(4, 19)).Select(_ => Figure(random, text)).ToList();
        var fileName = $"{n:D8}.txt";
        return new ArticleAnalyzed
        {
            ArticleId = StableId.From($"synthetic article {fileName}"),
            ReceivedAt = new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(n),
            Article = new ArticleContent
            {
                FileName = fileName,
                Title = text[..Math.Min(60, text.Length)],
                Text = text,
                Published = "2024-11",
                Source = $"outlet {random.Next(50)}",
                Format = "txt",
                Encoding = "utf-8",
            },
            Language = new LanguageData { Code = "fr", Confidence = 0.99 },
            Duplicate = new DuplicateData { Kind = DuplicateData.Unique, Fingerprint = $"{n:x16}" },
            Entities = Enumerable.Range(0, random.Next(30, 99)).Select(_ => Entity(random, text)).ToList(),
            Figures = figures,
            Claims = Enumerable.Range(0, random.Next(3, 16)).Select(i => Claim(random, n, i, text, figures[random.Next(figures.Count)])).ToList(),
        };
    }

    private EntityData Entity(Random random, string text)
    {
        var rank = entities.Next(random);
        var start = random.Next(text.Length - 12);
        var type = EntityTypes[rank % EntityTypes.Length];
        return new EntityData { Text = $"Entité {rank}", Start = start, End = start + 10, Type = type, Canonical = $"Entity {rank}", Id = $"{type}:entity-{rank}" };
    }

    private static FigureData Figure(Random random, string text)
    {
        var value = random.Next(1, 100_000);
        var start = random.Next(text.Length - 20);
        return new FigureData
        {
            Text = $"{value} unités",
            Start = start,
            End = start + 12,
            Value = value,
            Low = value,
            High = value,
            Approximate = random.Next(4) == 0,
            Unit = Units[random.Next(Units.Length)],
            Category = Categories[random.Next(Categories.Length)],
        };
    }

    private ClaimData Claim(Random random, int n, int ordinal, string text, FigureData figure)
    {
        var start = random.Next(Math.Max(1, text.Length - 200));
        return new ClaimData
        {
            Figure = figure,
            Subject = $"sujet {random.Next(500)}",
            Location = random.Next(3) == 0 ? null : $"lieu {random.Next(300)}",
            Source = random.Next(10) < 3 ? null : $"source {sources.Next(random)}",
            Modality = "reported",
            Sentence = text.Substring(start, Math.Min(200, text.Length - start)),
            Date = "2024-11",
            Key = random.Next(2) == 0 ? $"article {n} claim {ordinal}" : $"group {groups.Next(random)}",
        };
    }

    /// <summary>Ranks 0 to n-1 drawn with probability proportional to 1 / (rank + 1).</summary>
    private sealed class Zipf
    {
        private readonly double[] cumulative;

        public Zipf(int n)
        {
            cumulative = new double[n];
            var sum = 0.0;
            for (var rank = 0; rank < n; rank++)
            {
                cumulative[rank] = sum += 1.0 / (rank + 1);
            }
        }

        public int Next(Random random)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            return index >= 0 ? index : ~index;
        }
    }
}
