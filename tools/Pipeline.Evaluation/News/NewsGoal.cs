namespace Pipeline.Evaluation.News;

/// <summary>
/// A goal issue 14 sets for every language of a set's unseen test half ("recall ≥ 95 %"): the measure, its least
/// percentage, and the counts a score gives it.
/// </summary>
public sealed record NewsGoal(string Measure, double Percent, Func<NewsScore, (int Part, int Whole)> Counts)
{
    public static IReadOnlyList<NewsGoal> All { get; } =
    [
        new("recall", 95, s => (s.Matched, s.GoldFigures)),
        new("precision", 95, s => (s.Matched, s.ProgramFigures)),
        new("values", 97, s => (s.ValueRight, s.Matched)),
        new("counted thing", 90, s => (s.CountedRight, s.CountedJudged)),
        new("claims", 95, s => (s.ClaimsFound, s.GoldClaims)),
        new("source", 90, s => (s.SourceRight, s.ClaimsFound)),
        new("modality", 93, s => (s.ModalityRight, s.ClaimsFound)),
    ];

    /// <summary>Whether <paramref name="score"/> reaches the goal; a part with nothing to judge reaches none.</summary>
    public bool IsMet(NewsScore score)
    {
        var (part, whole) = Counts(score);
        return whole > 0 && 100.0 * part >= Percent * whole;
    }
}
