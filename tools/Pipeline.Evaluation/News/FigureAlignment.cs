using Pipeline.Analysis.Figures;

namespace Pipeline.Evaluation.News;

/// <summary>
/// Which figure the program found for which gold figure. A program figure matches a gold figure when their spans overlap;
/// each figure matches at most once, the pairs with the longest overlap first (then the closest starts), so "1,1
/// milliard" read as two figures matches one and leaves the other extra. Whether the numbers agree is judged afterwards
/// (value and bounds), not here.
/// </summary>
public sealed record FigureAlignment(
    IReadOnlyList<(GoldFigure Gold, Figure Program)> Pairs,
    IReadOnlyList<GoldFigure> Missed,
    IReadOnlyList<Figure> Extra)
{
    public static FigureAlignment Of(IReadOnlyList<GoldFigure> gold, IReadOnlyList<Figure> program)
    {
        var candidates =
            from g in gold
            from p in program
            let overlap = Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start)
            where overlap > 0
            orderby overlap descending, Math.Abs(g.Start - p.Start), g.Start
            select (g, p);

        var pairs = new List<(GoldFigure, Figure)>();
        var usedGold = new HashSet<GoldFigure>(ReferenceEqualityComparer.Instance);
        var usedProgram = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        foreach (var (g, p) in candidates)
        {
            if (usedGold.Add(g))
            {
                if (usedProgram.Add(p))
                {
                    pairs.Add((g, p));
                }
                else
                {
                    usedGold.Remove(g);
                }
            }
        }

        return new FigureAlignment(
            [.. pairs.OrderBy(pair => pair.Item1.Start)],
            [.. gold.Where(g => !usedGold.Contains(g))],
            [.. program.Where(p => !usedProgram.Contains(p))]);
    }
}
