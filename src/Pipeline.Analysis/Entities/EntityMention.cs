namespace Pipeline.Analysis.Entities;

/// <summary>One mention of a named entity in an article.</summary>
/// <param name="Text">The exact surface text.</param>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive).</param>
/// <param name="Type">Person, place, organisation or equipment model.</param>
/// <param name="Canonical">The canonical name all variants merge to ("Volodymyr Zelensky").</param>
/// <param name="Id">Stable identifier of the canonical entity ("person:volodymyr-zelensky").</param>
/// <param name="Role">A role given with the name ("vice-ministre ukrainienne de la Défense"), if any.</param>
public sealed record EntityMention(
    string Text,
    int Start,
    int End,
    EntityType Type,
    string Canonical,
    string Id,
    string? Role = null)
{
    /// <summary>
    /// True when the mention is a nationality adjective or demonym ("soldats nord-coréens", "les Russes") that names
    /// its country, rather than the country's name itself.
    /// </summary>
    public bool IsNationality { get; init; }
}
