namespace Pipeline.Contracts;

/// <summary>What a figure counts, read from the article's words (added to v1 as an optional field).</summary>
public sealed record CountedData
{
    /// <summary>The thing counted as the article writes it: "individual howitzers", "réfugiés", "Abrams" (a model names its kind).</summary>
    public required string Text { get; init; }

    /// <summary>
    /// Its canonical form in the article's language: singular, lower case, the head with the words that make the thing
    /// ("howitzer", "artillery round", "réfugié", "pays"; a model's kind: "tank", "char"). <see cref="FigureData.Unit"/> holds the
    /// language-neutral name when our knowledge has one, so group or compare across languages by the unit first.
    /// </summary>
    public required string Lemma { get; init; }
}
