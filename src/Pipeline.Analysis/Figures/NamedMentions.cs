using Pipeline.Analysis.Entities;

namespace Pipeline.Analysis.Figures;

/// <summary>
/// The entities the entity stage found in an article, as figure reading uses them: the equipment models ("Abrams",
/// "Leopard 2", "Su-35") by where they start, and the other names ("Washington", "la Pologne") by where they end.
/// </summary>
internal readonly struct NamedMentions
{
    private readonly EntityMention[]? models;
    private readonly int[]? nameEnds;

    private NamedMentions(EntityMention[] models, int[] nameEnds)
    {
        this.models = models;
        this.nameEnds = nameEnds;
    }

    public static NamedMentions From(IReadOnlyList<EntityMention>? entities)
    {
        if (entities is null || entities.Count == 0)
        {
            return default;
        }

        var models = entities.Where(e => e.Type == EntityType.Equipment).OrderBy(e => e.Start).ToArray();
        var nameEnds = entities.Where(e => e.Type != EntityType.Equipment).Select(e => e.End).Order().ToArray();
        return new NamedMentions(models, nameEnds);
    }

    /// <summary>The model whose mention starts at <paramref name="offset"/>, if any.</summary>
    public bool ModelAt(int offset, out EntityMention model)
    {
        model = null!;
        if (models is null)
        {
            return false;
        }

        var lo = 0;
        var hi = models.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (models[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else if (models[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                model = models[mid];
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a person, place or organisation's name ends at <paramref name="offset"/>: "Washington 16 Himars" is no model "Washington 16".</summary>
    public bool NameEndsAt(int offset) => nameEnds is not null && Array.BinarySearch(nameEnds, offset) >= 0;
}
