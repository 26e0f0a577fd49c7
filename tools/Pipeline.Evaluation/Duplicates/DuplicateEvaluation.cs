using System.Diagnostics;
using Pipeline.Analysis.Duplicates;

namespace Pipeline.Evaluation.Duplicates;

/// <summary>Precision and recall of one threshold.</summary>
internal sealed record ThresholdScore(double Threshold, int TruePositives, int FalsePositives, int Positives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>What one lookup found: the exact original by fingerprint, or the LSH candidates with their similarity.</summary>
internal sealed record QueryOutcome(DuplicateQuery Query, int? ExactOrdinal, IReadOnlyList<(int Ordinal, double Similarity)> Candidates)
{
    /// <summary>The article the duplicate stage would link to at <paramref name="threshold"/>, as it decides: exact first, then the most similar candidate.</summary>
    public int? Decision(double threshold)
    {
        if (ExactOrdinal is not null)
        {
            return ExactOrdinal;
        }

        int? best = null;
        var bestSimilarity = double.MinValue;
        foreach (var (ordinal, similarity) in Candidates)
        {
            if (similarity >= threshold && similarity > bestSimilarity)
            {
                best = ordinal;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    public double? SimilarityToOriginal =>
        Query.OriginalOrdinal is { } o ? Candidates.Where(c => c.Ordinal == o).Select(c => (double?)c.Similarity).FirstOrDefault() : null;
}

/// <summary>Runs the labelled set through <see cref="NearDuplicateDetector"/> and <see cref="NearDuplicateIndex"/> exactly as the duplicate stage uses them.</summary>
internal static class DuplicateEvaluation
{
    public static (IReadOnlyList<QueryOutcome> Outcomes, TimeSpan Elapsed) Run(DuplicateEvaluationSet set, NearDuplicateOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var detector = new NearDuplicateDetector(options);
        var index = new NearDuplicateIndex(options, set.Originals.Count);
        var fingerprints = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < set.Originals.Count; i++)
        {
            var keys = detector.Describe(set.Originals[i].Text);
            fingerprints.TryAdd(keys.Fingerprint, i);
            index.Add(OrdinalId(i), keys);
        }

        var outcomes = new List<QueryOutcome>(set.Queries.Count);
        foreach (var query in set.Queries)
        {
            var keys = detector.Describe(query.Text);
            var exact = fingerprints.TryGetValue(keys.Fingerprint, out var o) ? o : (int?)null;
            var candidates = index.Candidates(keys.Sketch, keys.BandKeys).Select(m => (Ordinal(m.ArticleId), m.Similarity)).ToList();
            outcomes.Add(new QueryOutcome(query, exact, candidates));
        }

        return (outcomes, stopwatch.Elapsed);
    }

    /// <summary>
    /// How many chance candidates (sharing a band key but below the threshold) a lookup would meet in an index of a
    /// million articles of its own language, extrapolated from every same-language pair of originals.
    /// </summary>
    public static double ChanceCandidatesPerMillion(DuplicateEvaluationSet set, NearDuplicateOptions options)
    {
        var detector = new NearDuplicateDetector(options);
        var keys = set.Originals.Select(o => detector.Describe(o.Text)).ToList();
        var byKey = new Dictionary<long, List<int>>();
        for (var i = 0; i < keys.Count; i++)
        {
            foreach (var key in keys[i].BandKeys)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(i);
            }
        }

        var colliding = new HashSet<(int, int)>();
        foreach (var list in byKey.Values)
        {
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    if (set.Originals[list[a]].Language == set.Originals[list[b]].Language
                        && !detector.IsNearDuplicate(keys[list[a]].Sketch.Similarity(keys[list[b]].Sketch)))
                    {
                        colliding.Add((list[a], list[b]));
                    }
                }
            }
        }

        var pairs = set.Originals.GroupBy(o => o.Language).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        return pairs == 0 ? 0 : colliding.Count * 1_000_000.0 / pairs;
    }

    public static ThresholdScore Score(IReadOnlyList<QueryOutcome> outcomes, double threshold)
    {
        int truePositives = 0, falsePositives = 0, positives = 0;
        foreach (var outcome in outcomes)
        {
            var decision = outcome.Decision(threshold);
            positives += outcome.Query.OriginalOrdinal is null ? 0 : 1;
            if (decision is null)
            {
                continue;
            }

            if (decision == outcome.Query.OriginalOrdinal)
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }
        }

        return new ThresholdScore(threshold, truePositives, falsePositives, positives);
    }

    private static Guid OrdinalId(int ordinal) => new(ordinal, 0, 0, new byte[8]);

    private static int Ordinal(Guid id) => BitConverter.ToInt32(id.ToByteArray(), 0);
}
