namespace Pipeline.Evaluation.NewsQuant;

/// <summary>What became of one gold quantity of a sentence.</summary>
public enum CqeOutcome
{
    /// <summary>One of our quantities has its value and its unit.</summary>
    Found,

    /// <summary>One of ours has its value, none with its unit too.</summary>
    UnitDiffers,

    /// <summary>None of ours has its value.</summary>
    Missed,
}

/// <summary>
/// CQE's <c>calculate_metrics</c> (satya77/CQE_Evaluation, evaluate_models.py) for one sentence, step for step, so that
/// our scores and CQE's published ones are the same measure. Both lists are sorted by normalized unit (a stable sort);
/// each gold quantity walks our quantities in that order: every one with the same value adds to the value count, as long
/// as the sentence's value count stays under its number of gold quantities, and the first that also has the same unit
/// adds to the value+unit count and is taken out. So one gold quantity can add more than one value match (when two of
/// ours have its value and the first has another unit), and one of ours can give its value to several gold quantities;
/// <see cref="CqeScore.ValueMatchedOneToOne"/> counts without that, each of ours used once.
/// </summary>
public static class CqeScoring
{
    public static IReadOnlyList<CqeOutcome> Score(IReadOnlyList<CqeQuantity> gold, IReadOnlyList<CqeQuantity> ours, CqeScore score)
    {
        score.Sentences++;
        score.Gold += gold.Count;
        score.Reported += ours.Count;
        var sortedOurs = ours.OrderBy(q => q.NormalizedUnit, StringComparer.Ordinal).ToList();
        var tags = sortedOurs.ToList();
        var sortedGold = gold.Select((q, i) => (Quantity: q, Index: i)).OrderBy(g => g.Quantity.NormalizedUnit, StringComparer.Ordinal).ToList();
        var valueCountLeft = gold.Count;
        var usedForValue = new HashSet<CqeQuantity>(ReferenceEqualityComparer.Instance);
        var outcomes = new CqeOutcome[gold.Count];
        foreach (var (g, index) in sortedGold)
        {
            outcomes[index] = CqeOutcome.Missed;
            var free = sortedOurs.Where(o => g.Value.Matches(o.Value) && !usedForValue.Contains(o)).ToList();
            if ((free.FirstOrDefault(o => o.ComparedUnit == g.ComparedUnit) ?? free.FirstOrDefault()) is { } oneToOne)
            {
                usedForValue.Add(oneToOne);
                score.ValueMatchedOneToOne++;
            }

            foreach (var tag in tags)
            {
                if (!g.Value.Matches(tag.Value))
                {
                    continue;
                }

                outcomes[index] = CqeOutcome.UnitDiffers;
                if (valueCountLeft > 0)
                {
                    score.ValueMatched++;
                    valueCountLeft--;
                }

                if (tag.ComparedUnit == g.ComparedUnit)
                {
                    outcomes[index] = CqeOutcome.Found;
                    score.ValueUnitMatched++;

                    // Taking it out keeps the rest in unit order, as CQE's re-sort of the remaining list does.
                    tags.Remove(tag);
                    break;
                }
            }
        }

        return outcomes;
    }
}
