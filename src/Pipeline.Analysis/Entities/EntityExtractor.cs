namespace Pipeline.Analysis.Entities;

/// <summary>
/// Finds people, places, organisations and equipment models in news, and merges the variants of each to one canonical
/// name and stable id. Known entities come from the shared gazetteers in Entities/Resources, in any language; names it
/// does not know are still found when they look like names where names stand (after a role, before a reporting verb,
/// before an apposition), and roles given with a name are kept with the person, by the knowledge of the text's
/// language in Entities/Resources/{language}.txt (French and English today). A language without that file gets the
/// gazetteers' names only.
/// </summary>
public sealed class EntityExtractor
{
    private readonly EntityLanguages languages;

    public EntityExtractor()
        : this(EntityLanguages.Default)
    {
    }

    internal EntityExtractor(EntityLanguages languages) => this.languages = languages;

    public IReadOnlyList<EntityMention> Extract(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var reading = new EntityReading(text, languages.For(language), languages.Knowledge);
        return reading.Read();
    }
}
