namespace Pipeline.Analysis.Entities;

/// <summary>
/// Finds people, places, organisations and equipment models in French or English news, and merges the variants of
/// each to one canonical name and stable id. Known entities come from the gazetteers in Entities/Resources; names
/// it does not know are still found when they look like names where names stand (after a role, before a reporting
/// verb, before an apposition), and roles given with a name are kept with the person.
/// </summary>
public sealed class EntityExtractor
{
    private readonly EntityKnowledge knowledge;

    public EntityExtractor()
        : this(EntityKnowledge.Default)
    {
    }

    internal EntityExtractor(EntityKnowledge knowledge) => this.knowledge = knowledge;

    public IReadOnlyList<EntityMention> Extract(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = new EntityReading(text, language is "en" ? "en" : "fr", knowledge);
        return reading.Read();
    }
}
