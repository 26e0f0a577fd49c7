namespace Pipeline.Storage;

/// <summary>One stored claim, as <c>pipeline claims</c> lists it.</summary>
public sealed record ClaimSummary(
    Guid Id,
    Guid ArticleId,
    Guid GroupId,
    string Text,
    double? Value,
    double? Low,
    double? High,
    bool Approximate,
    string? Unit,
    string Category,
    string? Subject,
    string? Location,
    string? Source,
    string Modality,
    string Sentence,
    string? Date,
    string Key)
{
    /// <summary>What the figure counts, as written ("individual howitzers"); null for a measure or a bare number.</summary>
    public string? Counted { get; init; }

    /// <summary>The counted thing's canonical form in the article's language ("howitzer").</summary>
    public string? CountedLemma { get; init; }

    /// <summary>The title or role the article gives the person in <see cref="Source"/> ("army spokesman Col."), if any.</summary>
    public string? SourceRole { get; init; }
}
