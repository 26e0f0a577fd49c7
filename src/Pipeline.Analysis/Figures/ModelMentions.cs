using Pipeline.Analysis.Entities;

namespace Pipeline.Analysis.Figures;

/// <summary>The equipment models the entity stage found in an article ("Abrams", "Leopard 2", "Su-35"), by where they start.</summary>
internal readonly struct ModelMentions
{
    private readonly EntityMention[]? models;

    private ModelMentions(EntityMention[] models)
    {
        this.models = models;
    }

    public static ModelMentions From(IReadOnlyList<EntityMention>? entities)
    {
        if (entities is null || entities.Count == 0)
        {
            return default;
        }

        var models = entities.Where(e => e.Type == EntityType.Equipment).OrderBy(e => e.Start).ToArray();
        return models.Length == 0 ? default : new ModelMentions(models);
    }

    /// <summary>The model whose mention starts at <paramref name="offset"/>, if any.</summary>
    public bool StartsAt(int offset, out EntityMention model)
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
}
