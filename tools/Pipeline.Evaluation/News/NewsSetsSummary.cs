namespace Pipeline.Evaluation.News;

/// <summary>One language of one set's half: the set's folder name and the part's score.</summary>
public sealed record NewsSetPart(string Set, NewsPart Part);

/// <summary>
/// Every set's parts of one half side by side: the score pooled over them (every count summed, so each figure weighs the
/// same whatever its set), and for each goal how many parts reach it.
/// </summary>
public sealed class NewsSetsSummary
{
    public NewsSetsSummary(IReadOnlyList<NewsSetPart> parts)
    {
        Parts = parts;
        foreach (var part in parts)
        {
            Pooled.Add(part.Part.Score);
        }

        GoalsMet = NewsGoal.All.ToDictionary(g => g.Measure, g => parts.Count(p => g.IsMet(p.Part.Score)));
    }

    public IReadOnlyList<NewsSetPart> Parts { get; }

    public NewsScore Pooled { get; } = new();

    /// <summary>For each goal's measure, how many of <see cref="Parts"/> reach it.</summary>
    public IReadOnlyDictionary<string, int> GoalsMet { get; }
}
