using Pipeline.Analysis.Entities;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// An article's entities ordered by where they start, built once per article, so a reader asking for the entities of one
/// sentence, or those that may cover one place of the text, walks those few instead of every entity for every figure
/// (a long article has hundreds). Each answer is a contiguous slice in text order, a superset of what the reader asks:
/// the reader keeps its own test, so it finds what the whole list gave it, in the same order.
/// </summary>
internal sealed class EntityIndex
{
    private readonly EntityMention[] entities;
    private readonly int[] starts;

    /// <summary>The longest entity's length: an entity covering an offset starts at most this far before it.</summary>
    private readonly int longest;

    public EntityIndex(IReadOnlyList<EntityMention> mentions)
    {
        entities = [.. mentions];
        // The entity reader gives them in text order already; any other list is put in it, ties kept as given.
        if (!InTextOrder(entities))
        {
            entities = [.. entities.OrderBy(e => e.Start)];
        }

        starts = new int[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            starts[i] = entities[i].Start;
            longest = Math.Max(longest, entities[i].End - entities[i].Start);
        }
    }

    public int Count => entities.Length;

    /// <summary>The entities starting within [<paramref name="start"/>, <paramref name="end"/>]: all those inside the span, and a few that start in it and run past.</summary>
    public ReadOnlySpan<EntityMention> Within(int start, int end) => Slice(start, end);

    /// <summary>The entities that may cover <paramref name="offset"/>: every one starting at or before it and not longer ago than the longest entity.</summary>
    public ReadOnlySpan<EntityMention> Around(int offset) => Slice(offset - longest, offset);

    /// <summary>Whether one entity of <paramref name="type"/> spans the whole of [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool Covers(int from, int to, EntityType type)
    {
        foreach (var entity in Around(from))
        {
            if (entity.Type == type && entity.Start <= from && to <= entity.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entities starting at <paramref name="offset"/>.</summary>
    public ReadOnlySpan<EntityMention> StartingAt(int offset) => Slice(offset, offset);

    /// <summary>The entities whose start lies in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private ReadOnlySpan<EntityMention> Slice(int from, int to)
    {
        var lo = FirstStartingAtOrAfter(from);
        var hi = to == int.MaxValue ? starts.Length : FirstStartingAtOrAfter(to + 1);
        return entities.AsSpan(lo, Math.Max(0, hi - lo));
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool InTextOrder(EntityMention[] entities)
    {
        for (var i = 1; i < entities.Length; i++)
        {
            if (entities[i].Start < entities[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }
}
