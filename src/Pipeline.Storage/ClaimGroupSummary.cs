namespace Pipeline.Storage;

/// <summary>Claims with the same key across articles, as <c>pipeline claims --grouped</c> lists them.</summary>
public sealed record ClaimGroupSummary(
    Guid GroupId,
    string Key,
    string Text,
    string? Unit,
    string Category,
    double? Value,
    double? Low,
    double? High,
    string? Subject,
    string? Location,
    int ClaimCount,
    int ArticleCount,
    IReadOnlyList<string> Sources,
    IReadOnlyList<Guid> ArticleIds)
{
    /// <summary>The canonical counted thing of the group's first claim ("howitzer"); null for a measure.</summary>
    public string? CountedLemma { get; init; }
}
