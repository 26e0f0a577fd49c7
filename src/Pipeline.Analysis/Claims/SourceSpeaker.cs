using Pipeline.Analysis.Entities;

namespace Pipeline.Analysis.Claims;

/// <summary>
/// Who a source names and in what role. "army spokesman Col. John Smith" is John Smith, whose role is "army spokesman
/// Col."; a later "Smith said" keeps the role the article gave him first. Analysts read and group sources by the name,
/// the shortest form that names the speaker, so a role written with the name is kept beside it rather than inside it.
/// </summary>
/// <param name="Name">The source as the claim gives it: the person's name when the rest of the source is their role.</param>
/// <param name="Id">Canonical id of the person or organisation the source names, when one is recognised.</param>
/// <param name="Role">The title or role the article gives the person ("porte-parole de l'armée"), when it gives one.</param>
internal readonly record struct SourceSpeaker(string Name, string? Id, string? Role)
{
    public static SourceSpeaker Of(string source, int start, int end, IReadOnlyList<EntityMention> entities)
    {
        var named = entities.FirstOrDefault(e => e.Start >= start && e.End <= end && !e.IsNationality
                                                 && e.Type is EntityType.Organisation or EntityType.Person);
        if (named is null || named.Type != EntityType.Person)
        {
            return new SourceSpeaker(source, named?.Id, null);
        }

        var role = named.Role ?? entities.FirstOrDefault(e => e.Id == named.Id && e.Role is not null && e.Start < named.Start)?.Role;
        // "le porte-parole de l'armée, Jean Dupont": the words beside the name are its role, so the name alone is the source.
        var name = named.Role is { } given && source.Contains(given, StringComparison.Ordinal) ? named.Text : source;
        return new SourceSpeaker(name, named.Id, role);
    }
}
