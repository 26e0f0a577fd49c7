namespace Pipeline.Analysis.Entities;

/// <summary>Finds people, places, organisations and equipment models. Placeholder until the entities issue lands.</summary>
public sealed class EntityExtractor
{
    public IReadOnlyList<EntityMention> Extract(string text, string language) => [];
}
