namespace Pipeline.Contracts;

/// <summary>A figure with its meaning, as read from one sentence.</summary>
public sealed record ClaimData
{
    /// <summary>The figure the claim is built on.</summary>
    public required FigureData Figure { get; init; }

    /// <summary>Who or what the figure is about ("la Russie"), when the sentence says.</summary>
    public string? Subject { get; init; }

    /// <summary>Where, when the sentence says.</summary>
    public string? Location { get; init; }

    /// <summary>Who says so ("un responsable ukrainien"); null when the article asserts it itself.</summary>
    public string? Source { get; init; }

    /// <summary>Canonical entity id of the source ("org:new-york-times", "person:john-kirby"), when it names a person or an organisation.</summary>
    public string? SourceId { get; init; }

    /// <summary>The title or role the article gives the person in <see cref="Source"/> ("army spokesman Col.", "porte-parole de
    /// l'armée"), when it gives one; <see cref="Source"/> is then the name alone. Added in v1 as an optional field.</summary>
    public string? SourceRole { get; init; }

    /// <summary><c>asserted</c>, <c>reported</c> (attributed) or <c>hedged</c> (conditional, speculative).</summary>
    public required string Modality { get; init; }

    /// <summary>The sentence the claim was read from.</summary>
    public required string Sentence { get; init; }

    /// <summary>Article date (ISO 8601, possibly partial), when known.</summary>
    public string? Date { get; init; }

    /// <summary>Grouping key: equal for the same claim written differently in two articles.</summary>
    public required string Key { get; init; }
}
