namespace Pipeline.Contracts;

/// <summary>One mention of a named entity.</summary>
public sealed record EntityData
{
    /// <summary>Exact surface text.</summary>
    public required string Text { get; init; }

    /// <summary>UTF-16 offset of the first character in <see cref="ArticleContent.Text"/>.</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset just past the last character (exclusive).</summary>
    public required int End { get; init; }

    /// <summary><c>person</c>, <c>place</c>, <c>organisation</c> or <c>equipment</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Canonical name all spelling variants merge to.</summary>
    public required string Canonical { get; init; }

    /// <summary>Stable id of the canonical entity, the same across articles and languages.</summary>
    public required string Id { get; init; }

    /// <summary>Role given with the name in the text, if any.</summary>
    public string? Role { get; init; }
}
