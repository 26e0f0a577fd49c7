namespace Pipeline.Analysis.Figures;

/// <summary>What a figure counts, read from the article: "230 howitzers" counts howitzers, "les 31 Abrams" counts tanks.</summary>
/// <param name="Text">
/// The thing counted as written in the article: the noun phrase's head with the modifiers that make the thing
/// ("artillery rounds", "drone strikes", "battalion tactical groups", "réfugiés", "pays"), or a model's name
/// ("Abrams", "Leopard 2"). An elided noun ("the Germans send 14 tanks, the Poles 4") is the one written earlier.
/// </param>
/// <param name="Lemma">
/// Its canonical form in the article's language: singular, lower case ("artillery round", "réfugié", "pays"); for a
/// model's name, the kind of equipment it is ("tank", "char", "lance-roquettes").
/// </param>
public sealed record CountedThing(string Text, string Lemma)
{
    /// <summary>
    /// For a count per a unit of time or measure ("3,000 tests per day", "1,500 soldiers a day"), that unit's canonical
    /// name ("day"); null for a plain count.
    /// </summary>
    public string? Per { get; init; }
}
