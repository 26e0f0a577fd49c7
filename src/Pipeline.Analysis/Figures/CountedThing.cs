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
public sealed record CountedThing(string Text, string Lemma);
